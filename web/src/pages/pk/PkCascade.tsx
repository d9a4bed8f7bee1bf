/** The agency's units as a tree, each with its PK of the year (latest version and status); one is chosen. */
import { Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { useTexts } from '../../i18n/i18n.ts';
import type { PkUnit } from './pk-api.ts';
import { PK_STATUS_COLOUR, useVersionLabel } from './pk-labels.ts';
import { texts } from './texts.ts';

export function PkCascade({
  units,
  selected,
  onSelect,
}: {
  units: PkUnit[];
  selected: string;
  onSelect: (orgUnitId: string) => void;
}) {
  const { t } = useTexts('pk', texts);
  const versionLabel = useVersionLabel();
  return (
    <Stack gap={2} role="group" aria-label={t('cascade.title')}>
      {units.map((unit) => {
        const latest = unit.pk?.latest;
        return (
          <NavLink
            key={unit.orgUnitId}
            component="button"
            active={unit.orgUnitId === selected}
            onClick={() => onSelect(unit.orgUnitId)}
            aria-current={unit.orgUnitId === selected ? 'true' : undefined}
            data-testid="cascade-unit"
            pl={`calc(var(--mantine-spacing-sm) + ${unit.depth * 16}px)`}
            label={
              <Text size="sm" fw={unit.depth === 0 ? 600 : 400} lineClamp={2}>
                {unit.depth > 0 ? '↳ ' : ''}
                {unit.name}
              </Text>
            }
            description={
              <Group gap={6} mt={2} wrap="wrap">
                <Text span size="xs" c="dimmed">
                  {unit.echelon === 'non_eselon'
                    ? t('cascade.nonEchelon')
                    : t('cascade.echelon', { echelon: unit.echelon })}
                </Text>
                {latest ? (
                  <>
                    <Badge size="xs" variant="light" color={PK_STATUS_COLOUR[latest.status]}>
                      {t(`common:status.${latest.status}`)}
                    </Badge>
                    <Text span size="xs" c="dimmed">
                      {versionLabel(latest)} · {t('cascade.targets', { count: latest.targetCount })}
                    </Text>
                  </>
                ) : (
                  <Text span size="xs" c="dimmed" fs="italic">
                    {t('cascade.none')}
                  </Text>
                )}
              </Group>
            }
          />
        );
      })}
    </Stack>
  );
}
