/** The region recap on a phone: one card per agency, sorted by a chosen column. */
import { Anchor, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { agencyPath } from '../../app/nav.ts';
import { CapaianText } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { Badged } from './CapaianTable.tsx';
import { sortRows, type Column, type Row, type Sort } from './region-sort.ts';
import { texts } from './texts.ts';

const COLUMNS: Column[] = ['capaian', 'agency', 'measured', 'missing', 'serapan', 'late'];

function Figure({ label, value, warn = false }: { label: string; value: string; warn?: boolean }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600} c={warn ? 'orange.8' : undefined}>
        {value}
      </Text>
    </Stack>
  );
}

export function RegionCards({
  rows,
  year,
  sort,
  onSort,
}: {
  rows: Row[];
  year: number;
  sort: Sort;
  onSort: (sort: Sort) => void;
}) {
  const { t } = useTexts('dashboard', texts);
  return (
    <Stack gap="sm">
      <Select
        label={t('region.sortLabel')}
        data={COLUMNS.map((c) => ({ value: c, label: t(`region.${c}`) }))}
        value={sort.column}
        onChange={(value) => value && onSort({ column: value as Column, descending: value !== 'agency' })}
        allowDeselect={false}
      />
      {sortRows(rows, sort).map((row) => (
        <Card key={row.agency.id} withBorder padding="sm">
          <Anchor component={Link} to={agencyPath(row.agency.id, '', year)} fw={600}>
            {row.agency.shortName ?? row.agency.name}
          </Anchor>
          <Group gap="xs" my={6}>
            <CapaianText value={row.overall.capaian} />
            {row.overall.predikat && (
              <Badged predikat={row.overall.predikat} levels={row.settings.scale.levels} />
            )}
          </Group>
          <SimpleGrid cols={2} spacing="xs">
            <Figure
              label={t('region.measured')}
              value={`${row.indicatorCount - row.unmeasured} / ${row.indicatorCount}`}
            />
            <Figure
              label={t('region.missing')}
              value={String(row.missingRealisasi)}
              warn={row.missingRealisasi > 0}
            />
            <Figure
              label={t('region.serapan')}
              value={row.budget ? show.percent(row.budget.persen) : t('region.noBudget')}
            />
            <Figure
              label={t('region.late')}
              value={row.lateCount === null ? '—' : String(row.lateCount)}
              warn={(row.lateCount ?? 0) > 0}
            />
          </SimpleGrid>
        </Card>
      ))}
    </Stack>
  );
}
