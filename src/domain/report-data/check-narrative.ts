/**
 * Checks what a report says in words against its own tables: counts and sums
 * quoted in the narrative (`narrative[]` of report-data@1). Reports get these
 * wrong as often as the tables (DOMAIN.md §6: "text contradicting tables").
 *
 * Each rule recognises one kind of claim and reports it only when it is
 * checkable and contradicts every reading the tables allow, so that correct
 * text gives no finding (tested on the LKjIP 2023 of Dinas Sosial Kabupaten
 * Lima Puluh Kota):
 *
 * - counts: "3 (tiga) Indikator", "3 Sasaran Strategis", "4 Program, 10
 *   kegiatan dan 25 Sub Kegiatan" (all rows, or the rows that still have a
 *   budget after the revision), "dari 5 indikator, 4 tercapai", "semua
 *   indikator … dapat diwujudkan 100 %";
 * - the average: "rata-rata capaian … 104,07 %" (the overall average or one
 *   sasaran's);
 * - amounts: an amount in Rupiah that is one typing slip away from an amount
 *   of the budget table (and equal to none) — the table or the text is wrong;
 * - percentages of spending: "realisasi keuangan sebesar Rp R … persentase
 *   sebesar P %" must be R ÷ (an allocation quoted beside it) × 100; a
 *   "serapan anggaran sebesar P %" without amounts must be the absorption of
 *   the total or of a row;
 * - history in a sasaran's analysis: "tahun 2022 target 72 % dan realisasi
 *   78 %" must match the indicator's target and realisation of that year.
 *
 * Numbers are compared at the precision the text prints (half-up).
 *
 * This file runs the rules over every paragraph of every passage; the text
 * is read in narrative-text.ts, what the budget table allows is gathered in
 * narrative-budget-facts.ts, and the rules themselves are narrative-claims.ts.
 */
import type { FindingCollector } from './check-context.ts';
import type { Finding } from './findings.ts';
import type { ReportMeasurement } from './measure-report.ts';
import { budgetFacts } from './narrative-budget-facts.ts';
import { checkAmounts, checkAverage, checkCounts, checkHistory, type Context } from './narrative-claims.ts';
import { paragraphsOf } from './narrative-text.ts';
import type { ReportData } from './schema.ts';

export type NarrativePassage = NonNullable<ReportData['narrative']>[number];

/** Path of a passage: by its id when it has one, else by position. */
export function narrativePath(passage: NarrativePassage, index: number): string {
  return `narrative[${passage.id ?? index}]`;
}

export function checkNarrative(
  c: FindingCollector,
  data: ReportData,
  measurement: ReportMeasurement,
  earlier: readonly Finding[],
): void {
  const passages = data.narrative ?? [];
  if (passages.length === 0) return;
  const budget = budgetFacts(data, measurement, earlier);
  passages.forEach((passage, index) => {
    const ctx: Context = {
      c,
      data,
      m: measurement,
      passage,
      path: narrativePath(passage, index),
      lines: passage.source?.lines,
    };
    for (const paragraph of paragraphsOf(passage.text)) {
      checkCounts(ctx, paragraph.text, budget);
      checkAverage(ctx, paragraph.text);
      if (data.budget) checkAmounts(ctx, paragraph.text, budget);
      checkHistory(ctx, paragraph.text);
    }
  });
}
