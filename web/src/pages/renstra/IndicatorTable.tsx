/** The indicators of one node (sasaran, tujuan, program …): code, name, unit, the chosen year's target and the end target. */
import { Anchor, Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTexts } from '../../i18n/i18n.ts';
import type { TreeIndicator } from './renstra-api.ts';
import { useRenstraView } from './renstra-context.ts';
import { showTarget } from './stored-values.ts';
import { texts } from './texts.ts';

export function IndicatorTable({ indicators }: { indicators: readonly TreeIndicator[] }) {
  const { t } = useTexts('renstra', texts);
  const { year, tree, openIndicator } = useRenstraView();
  const phone = useMediaQuery('(max-width: 36em)');
  if (indicators.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('empty.indicators')}
      </Text>
    );
  }
  if (phone) {
    // a phone reads a list: name, then the chosen year's and the end target
    return (
      <Stack gap="xs">
        {indicators.map((indicator) => (
          <Stack key={indicator.id} gap={0} data-indicator={indicator.code}>
            <Group gap={6} wrap="nowrap" align="flex-start">
              <Text size="sm" ff="monospace" c="dimmed" style={{ flexShrink: 0 }}>
                {indicator.code}
              </Text>
              <Anchor
                component="button"
                type="button"
                ta="left"
                size="sm"
                onClick={() => openIndicator(indicator.id)}
              >
                {indicator.name}
              </Anchor>
              {indicator.isIku && (
                <Badge size="xs" color="teal" variant="light" style={{ flexShrink: 0 }}>
                  IKU
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t('targets.targetOf', { year })}: {showTarget(indicator.targets.find((x) => x.year === year))}{' '}
              {indicator.unit} · {t('targets.endShort', { year: tree.period.endYear })}:{' '}
              {showTarget(indicator.endTarget)}
            </Text>
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table fz="sm" verticalSpacing={4} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('form.code')}</Table.Th>
            <Table.Th>{t('indicator.name')}</Table.Th>
            <Table.Th w={80}>{t('field.unit')}</Table.Th>
            <Table.Th w={100} className="num">
              {t('targets.targetOf', { year })}
            </Table.Th>
            <Table.Th w={100} className="num">
              {t('targets.endShort', { year: tree.period.endYear })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.id} data-indicator={indicator.code}>
              <Table.Td ff="monospace">{indicator.code}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Anchor
                    component="button"
                    type="button"
                    ta="left"
                    size="sm"
                    onClick={() => openIndicator(indicator.id)}
                  >
                    {indicator.name}
                  </Anchor>
                  {indicator.isIku && (
                    <Badge size="xs" color="teal" variant="light" style={{ flexShrink: 0 }}>
                      IKU
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{indicator.unit}</Table.Td>
              <Table.Td className="num">
                {showTarget(indicator.targets.find((x) => x.year === year))}
              </Table.Td>
              <Table.Td className="num">{showTarget(indicator.endTarget)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
