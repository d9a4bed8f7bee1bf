/** A reporting period named as people say it: "Realisasi TW II 2024", "Perjanjian Kinerja 2024". */
import { useAdminTexts } from './admin-texts.ts';

const ROMAN = ['I', 'II', 'III', 'IV'];

export function useDeadlineLabel(): (period: {
  kind: string;
  year: number;
  periodNo: number | null;
}) => string {
  const { t } = useAdminTexts();
  return ({ kind, year, periodNo }) =>
    t(`deadlines.label.${kind}`, {
      year,
      tw: ROMAN[(periodNo ?? 1) - 1] ?? String(periodNo),
      quarter: periodNo ?? '',
    });
}
