/**
 * The numbers of an LKjIP (load-lkjip-source.ts): the agency-year measurement
 * turned back into the report-data@1 object the builder measures — values as
 * measured, never a formula recomputed here; the scale (a preset by id, or the
 * custom bands of the setting the measurement used) and the budget tree as
 * input again. Indicators without a target for the year are left out (they
 * have no capaian and no place in Tabel 3.2).
 */
import type { BudgetItemMeasurement } from '../../domain/report-data/measure-report.ts';
import { SCALE_PRESET_IDS, type BudgetItemInput, type ReportData } from '../../domain/report-data/schema.ts';
import type { Database } from '../../store/database.ts';
import { loadMeasurementData } from '../measure/measurement-data.ts';
import type { AgencyYearMeasurement } from '../measure/measure-agency-year.ts';
import type { RenstraTree } from '../plan/get-renstra-tree.ts';
import { allSasaran } from './lkjip-renstra-pk-organisation.ts';

const num = (text: string | null | undefined): number | null =>
  text === null || text === undefined ? null : Number(text);

export async function reportDataOf(
  tx: Database,
  m: AgencyYearMeasurement,
  tree: RenstraTree | null,
  agencyRow: { name: string; regionName: string; regionKind: 'provinsi' | 'kabupaten' | 'kota' },
  province: string | null,
  keys: { sasaranKey: Map<string, string>; indicatorKey: Map<string, string> },
): Promise<ReportData> {
  const plans = new Map(
    (tree ? allSasaran(tree) : []).flatMap((s) => s.indicators.map((i) => [i.id, i] as const)),
  );
  const sasaran = m.sasaran
    .map((s) => ({
      id: keys.sasaranKey.get(s.id)!,
      name: s.statement,
      indikator: s.indicators
        // Only indicators with a target for the year are reported (the others have no capaian).
        .filter((i) => i.targetSource !== null)
        .map((i) => {
          const plan = plans.get(i.id);
          const target =
            i.target === null
              ? null
              : i.target.kind === 'value'
                ? i.target.value
                : i.target.kind === 'range'
                  ? { min: i.target.min, max: i.target.max }
                  : i.target.grade;
          const endTarget = num(plan?.endTarget.value);
          const baseline = num(plan?.baseline.value);
          return {
            id: keys.indicatorKey.get(i.id)!,
            name: i.name,
            ...(i.unit !== null ? { unit: i.unit } : {}),
            polarity: i.polarity,
            ...(plan?.ordinalScale && i.polarity === 'ordinal'
              ? { grades: [...plan.ordinalScale.grades].reverse() }
              : {}),
            target,
            realisasi: i.realisasi,
            ...(endTarget !== null ? { endTarget } : {}),
            ...(baseline !== null ? { baseline } : {}),
            ...(plan?.formula ? { formula: plan.formula } : {}),
            ...(plan?.dataSource ? { dataSource: plan.dataSource } : {}),
            history: i.history.map((h) => ({ year: h.year, target: h.target, realisasi: h.realisasi })),
          };
        }),
    }))
    .filter((s) => s.indikator.length > 0);
  const scale = await scaleOf(tx, m);
  return {
    format: 'akuntabel/report-data@1',
    agency: {
      name: agencyRow.name,
      region: agencyRow.regionName,
      level: agencyRow.regionKind,
      ...(province ? { province } : {}),
    },
    year: m.year,
    scale,
    aggregation: m.settings.aggregation,
    policy: { negativeFormula: m.settings.negativeFormula, cap: m.settings.cap },
    sasaran,
    ...(m.budget ? { budget: { items: m.budget.items.map(budgetInput) } } : {}),
  } as ReportData;
}

/** The measured budget tree as input again: amounts on the leaves (sub kegiatan), rolled up by the domain. */
function budgetInput(item: BudgetItemMeasurement): BudgetItemInput {
  const leaf = item.children.length === 0;
  return {
    code: item.code,
    level: item.level,
    name: item.name,
    ...(leaf ? { pagu: item.pagu, paguMurni: item.paguMurni, realisasi: item.realisasi } : {}),
    children: item.children.map(budgetInput),
  };
}

/** A preset scale by id; a custom one with its bands (read from the setting the measurement used). */
async function scaleOf(tx: Database, m: AgencyYearMeasurement): Promise<ReportData['scale']> {
  const id = m.settings.scale.id;
  if ((SCALE_PRESET_IDS as readonly string[]).includes(id)) return id as ReportData['scale'];
  const [loaded] = await loadMeasurementData(
    tx,
    { agencyId: m.agency.id },
    { year: m.year, historyYears: 0, statuses: [], budget: 'none' },
  );
  const bands = [...(loaded?.setting.customScale ?? [])].sort(
    (a, b) => (b.min === null ? -Infinity : Number(b.min)) - (a.min === null ? -Infinity : Number(a.min)),
  );
  return {
    name: m.settings.scale.name,
    levels: bands.map((band) => ({
      label: band.label,
      min: band.min === null ? null : Number(band.min),
      minInclusive: band.minInclusive,
      max: band.max === null ? null : Number(band.max),
      maxInclusive: band.maxInclusive,
    })),
  };
}
