/** The year's totals at a glance: pagu, realisasi, serapan (with its bar) and sisa. */
import { Paper, Progress, SimpleGrid, Text } from '@mantine/core';
import type { BudgetTotal } from '@domain/budget-rollup.ts';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import { absorptionColour } from './AbsorptionBar.tsx';

function Figure({
  label,
  value,
  note,
  testId,
}: {
  label: string;
  value: React.ReactNode;
  note?: string;
  testId: string;
}) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={700} size="lg" className="num" ta="left" data-testid={testId}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

export function BudgetSummary({ total, unsaved }: { total: BudgetTotal | null; unsaved: boolean }) {
  const { t } = useTranslation('budget');
  const note = unsaved ? t('summary.unsaved') : undefined;
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mb="md">
      <Figure
        label={t('summary.pagu')}
        value={show.rupiah(total?.pagu)}
        note={
          total?.paguMurni != null && total.paguMurni !== total.pagu
            ? t('summary.paguMurni', { value: show.rupiah(total.paguMurni) })
            : note
        }
        testId="total-pagu"
      />
      <Figure
        label={t('summary.realisasi')}
        value={show.rupiah(total?.realisasi)}
        note={note}
        testId="total-realisasi"
      />
      <Paper withBorder p="sm" radius="sm">
        <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
          {t('summary.serapan')}
        </Text>
        <Text fw={700} size="lg" className="num" ta="left" data-testid="total-serapan">
          {show.percent(total?.persen)}
        </Text>
        <Progress
          mt={6}
          value={total?.persen == null ? 0 : Math.min(total.persen, 100)}
          color={absorptionColour(total?.persen)}
          aria-label={`${t('summary.serapan')}: ${show.percent(total?.persen)}`}
        />
      </Paper>
      <Figure label={t('summary.sisa')} value={show.rupiah(total?.sisa)} note={note} testId="total-sisa" />
    </SimpleGrid>
  );
}
