/**
 * The scales a region may choose, as the domain defines them
 * (@domain/scale-presets.ts): each level with its interval and, for the
 * group-mean method, its mean value, and the rules for edges and gaps.
 */
import { Badge, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { SCALE_PRESETS, type ScalePresetId } from '@domain/scale-presets.ts';
import { describeLevels } from '@domain/scales.ts';
import { predikatColour } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useAdminTexts } from './admin-texts.ts';

/** The presets a measurement setting may name, by their stored name. */
export const SETTING_PRESETS: Readonly<
  Record<'permendagri_86_2017' | 'baik_4' | 'lan_239_2003', ScalePresetId>
> = {
  permendagri_86_2017: 'permendagri-86-2017',
  baik_4: 'baik-4',
  lan_239_2003: 'lan-239-2003',
};

function PresetCard({ stored, id }: { stored: string; id: ScalePresetId }) {
  const { t, i18n } = useAdminTexts();
  const scale = SCALE_PRESETS[id];
  const intervals = describeLevels(scale.levels);
  const rules = scale.notes.slice(0, scale.notes.length - scale.levels.length);
  const hasMeans = scale.levels.some((level) => level.meanValue !== undefined);
  return (
    <Paper withBorder p="sm" radius="md" data-preset={stored}>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t(`scales.presets.${stored}`)}
        </Title>
        <Text size="xs" c="dimmed">
          {t('scales.source', { source: scale.source })}
        </Text>
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('scales.level')}</Table.Th>
              <Table.Th>{t('scales.range')}</Table.Th>
              {hasMeans && <Table.Th className="num">{t('scales.meanValue')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {scale.levels.map((level, i) => (
              <Table.Tr key={level.label}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={predikatColour(level.label, scale.levels)} variant="filled" miw="max-content">
                    {i18n.language === 'en' ? level.labelEn : level.label}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" ff="monospace">
                    {(intervals[i] ?? '').slice(level.label.length + 2)}
                  </Text>
                </Table.Td>
                {hasMeans && (
                  <Table.Td className="num">
                    {level.meanValue === undefined ? '—' : show.number(level.meanValue, 1)}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <details>
          <summary>
            <Text span size="sm" c="teal.8">
              {t('scales.rules')}
            </Text>
          </summary>
          <Stack gap={4} mt={4}>
            {rules.map((rule) => (
              <Text key={rule} size="xs">
                {rule}
              </Text>
            ))}
          </Stack>
        </details>
      </Stack>
    </Paper>
  );
}

export function ScalePresets() {
  const { t } = useAdminTexts();
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('scales.available')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('scales.availableHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {Object.entries(SETTING_PRESETS).map(([stored, id]) => (
          <PresetCard key={stored} stored={stored} id={id} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
