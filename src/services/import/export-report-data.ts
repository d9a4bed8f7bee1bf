/**
 * Exporting one agency-year as an `akuntabel/report-data@1` file
 * (/work/shared/formats/report-data.md): the agency, the year, the
 * measurement settings (scale, aggregation, policy), every sasaran with its
 * indicators (ids are the codes: SS1, SS1.1), each with its unit, polarity
 * (and grades), the year's target as measurement chooses it (signed PK, else
 * Renstra), the year's realisation as measured (periods rolled up), the end
 * target, the baseline and earlier years as history, and the budget tree
 * (program → kegiatan → sub kegiatan with pagu and realisasi).
 *
 * The object is built by the measurement's own builder
 * (measure-agencies-report-data.ts `agencyReportData`), so `akuntabel
 * measure` on the file gives the figures the dashboard shows. No `printed`
 * blocks: those hold what a published report printed.
 *
 * Who: whoever may read the agency (`agency.read`: its own users, the
 * region's admin, evaluators and viewers). Which realisations count is the
 * measurement's rule (measure-agency-year.ts): drafts are counted for the
 * agency's own users and not for others, who may not ask for them.
 */
import { z } from 'zod';
import type { IndikatorData, ReportData } from '../../domain/report-data/schema.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { agencyReportData } from '../measure/measure-agencies-report-data.ts';
import { ALL_STATUSES, HISTORY_YEARS, SUBMITTED_STATUSES } from '../measure/measure-agency-year.ts';
import { loadMeasurementData } from '../measure/measurement-data.ts';
import { yearInput } from '../record/record-inputs.ts';
import { parseInput } from '../validate.ts';

export const exportReportDataInput = z.object({
  agencyId: z.uuid(),
  year: yearInput,
  /** Count draft and returned realisations (the agency's own users only; their default). */
  includeDrafts: z.boolean().optional(),
});
export type ExportReportDataInput = z.input<typeof exportReportDataInput>;

export type ExportedReportData = {
  data: ReportData;
  /** `report-data-<agency-slug>-<year>.json` */
  fileName: string;
  /** The file's text: the object as indented JSON with a final newline. */
  text: string;
  includesDrafts: boolean;
};

export const REPORT_DATA_MIME_TYPE = 'application/json';

/** "Dinas Sosial Kabupaten Lima Puluh Kota" → "dinas-sosial-kabupaten-lima-puluh-kota". */
export function agencySlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'perangkat-daerah' : slug;
}

/** Leaves out what is unknown and says nothing (no end target, no baseline, no history). */
function tidy(indicator: IndikatorData): IndikatorData {
  const { endTarget, baseline, history, ...rest } = indicator;
  return {
    ...rest,
    ...(endTarget !== null && endTarget !== undefined ? { endTarget } : {}),
    ...(baseline !== null && baseline !== undefined ? { baseline } : {}),
    ...(history && history.length > 0 ? { history } : {}),
  };
}

export async function exportReportData(ctx: ServiceContext, input: unknown): Promise<ExportedReportData> {
  const { agencyId, year, includeDrafts } = parseInput(exportReportDataInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', agencyId);
    const own = ctx.actor.agencyId === agencyId;
    if (includeDrafts === true && !own) throw forbidden();
    const withDrafts = includeDrafts ?? own;
    const [agency] = await loadMeasurementData(
      tx,
      { agencyId },
      {
        year,
        historyYears: HISTORY_YEARS,
        statuses: withDrafts ? ALL_STATUSES : SUBMITTED_STATUSES,
        budget: 'tree',
      },
    );
    if (!agency) throw notFound({ id: 'Perangkat daerah', en: 'Agency' });
    const built = agencyReportData(agency, { year, historyYears: HISTORY_YEARS, ids: 'code' }).data;
    const data: ReportData = {
      ...built,
      sasaran: built.sasaran.map((s) => ({ ...s, indikator: s.indikator.map(tidy) })),
    };
    return {
      data,
      fileName: `report-data-${agencySlug(agency.name)}-${year}.json`,
      text: `${JSON.stringify(data, null, 2)}\n`,
      includesDrafts: withDrafts,
    };
  });
}
