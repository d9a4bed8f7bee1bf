/** The region's agencies side by side, sortable by any column; each name opens the agency's dashboard. */
import { Anchor, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { Link } from 'react-router';
import { agencyPath } from '../../app/nav.ts';
import { CapaianText, PredikatBadge } from '../../components/Predikat.tsx';
import { show } from '../../format.ts';
import { useTexts } from '../../i18n/i18n.ts';
import { sortRows, type Column, type Row, type Sort } from './region-sort.ts';
import { texts } from './texts.ts';

function SortHeader({
  column,
  label,
  sort,
  onSort,
  numeric = false,
}: {
  column: Column;
  label: string;
  sort: Sort;
  onSort: (column: Column) => void;
  numeric?: boolean;
}) {
  const { t } = useTexts('dashboard', texts);
  const active = sort.column === column;
  const arrow = active ? (sort.descending ? '▼' : '▲') : '↕';
  return (
    <Table.Th
      aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}
      className={numeric ? 'num' : undefined}
    >
      <UnstyledButton onClick={() => onSort(column)} aria-label={t('region.sortBy', { column: label })}>
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          <Text size="sm" fw={700}>
            {label}
          </Text>
          <Text size="xs" c={active ? 'teal.8' : 'dimmed'} aria-hidden>
            {arrow}
          </Text>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function RegionTable({
  rows,
  year,
  sort,
  onSort,
}: {
  rows: Row[];
  year: number;
  sort: Sort;
  onSort: (column: Column) => void;
}) {
  const { t } = useTexts('dashboard', texts);
  const sorted = sortRows(rows, sort);
  const header = (column: Column, label: string, numeric = true) => (
    <SortHeader column={column} label={label} sort={sort} onSort={onSort} numeric={numeric} />
  );
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" fz="sm" striped highlightOnHover data-testid="region-table">
        <Table.Thead>
          <Table.Tr>
            {header('agency', t('region.agency'), false)}
            {header('capaian', t('region.capaian'))}
            {header('measured', t('region.measured'))}
            {header('missing', t('region.missing'))}
            {header('serapan', t('region.serapan'))}
            {header('late', t('region.late'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((row) => (
            <Table.Tr key={row.agency.id}>
              <Table.Td>
                <Anchor component={Link} to={agencyPath(row.agency.id, '', year)} fw={600}>
                  {row.agency.shortName ?? row.agency.name}
                </Anchor>
                {row.agency.shortName && (
                  <Text size="xs" c="dimmed">
                    {row.agency.name}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num">
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <CapaianText value={row.overall.capaian} />
                  {row.overall.predikat && (
                    <PredikatBadge predikat={row.overall.predikat} levels={row.settings.scale.levels} />
                  )}
                </Group>
              </Table.Td>
              <Table.Td className="num">
                {row.indicatorCount - row.unmeasured} / {row.indicatorCount}
              </Table.Td>
              <Table.Td className="num">
                <Text span size="sm" c={row.missingRealisasi > 0 ? 'orange.8' : undefined} fw={500}>
                  {row.missingRealisasi}
                </Text>
              </Table.Td>
              <Table.Td className="num">
                {row.budget ? (
                  <>
                    {show.percent(row.budget.persen)}
                    <Text size="xs" c="dimmed">
                      {show.rupiah(row.budget.realisasi)} / {show.rupiah(row.budget.pagu)}
                    </Text>
                  </>
                ) : (
                  <Text span size="sm" c="dimmed">
                    {t('region.noBudget')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td className="num">
                {row.lateCount === null ? (
                  '—'
                ) : (
                  <Text
                    span
                    size="sm"
                    c={row.lateCount > 0 ? 'red.8' : undefined}
                    fw={row.lateCount > 0 ? 700 : 400}
                  >
                    {row.lateCount > 0 ? t('region.lateItems', { count: row.lateCount }) : '0'}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
