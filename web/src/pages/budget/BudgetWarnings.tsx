/** The things a reviewer would flag in the budget as it stands, and the notes the server gave on the last save. */
import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { show } from '../../format.ts';
import type { BudgetWarningItem } from './live-warnings.ts';

export function BudgetWarnings({
  warnings,
  serverNotes,
  periodLabel,
}: {
  warnings: readonly BudgetWarningItem[];
  serverNotes: readonly { id: string; en: string }[];
  periodLabel: (kind: string, no: number) => string;
}) {
  const { t, i18n } = useTranslation('budget');
  const notes = [...new Set(serverNotes.map((n) => (i18n.language === 'en' ? n.en : n.id)))];
  if (warnings.length === 0 && notes.length === 0) return null;
  const itemOf = (w: BudgetWarningItem) =>
    `${w.code} ${w.name}${'spendingType' in w && w.spendingType ? ` (${t(`spending.${w.spendingType}`)})` : ''}`;
  return (
    <Alert
      color="orange"
      title={t('warnings.title', { count: warnings.length + notes.length })}
      mb="md"
      data-testid="budget-warnings"
    >
      <List size="sm" spacing={2}>
        {warnings.map((w, i) => (
          <List.Item key={`${w.kind}:${w.code}:${i}`}>
            {w.kind === 'overPagu'
              ? t('warnings.overPagu', {
                  item: itemOf(w),
                  realisasi: show.rupiah(w.realisasi),
                  pagu: show.rupiah(w.pagu),
                  persen: show.percent(w.persen),
                })
              : w.kind === 'spentWithoutPagu'
                ? t('warnings.spentWithoutPagu', { item: itemOf(w), realisasi: show.rupiah(w.realisasi) })
                : t('warnings.progressFell', {
                    item: itemOf(w),
                    period: periodLabel(w.periodKind, w.periodNo),
                    from: show.percent(w.from),
                    to: show.percent(w.to),
                  })}
          </List.Item>
        ))}
        {notes.map((note) => (
          <List.Item key={note}>
            {t('warnings.fromServer')}: {note}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
