/**
 * The narratives and the agency's other records in an LKjIP source
 * (load-lkjip-source.ts): the year's narratives (report-labels.ts maps the
 * report's keys to the `narrative` table), SDM, PPKS/PSKS/assistance, IKM and
 * AKIP where their scores can be derived (domain `ikmFromTotals`,
 * `computeAkip`), and the pagu by spending type. What the database does not
 * hold (decision 0006-demo-loader) is left out.
 */
import { and, asc, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import { computeAkip, type AkipComponentKey } from '../../domain/akip.ts';
import { ikmFromTotals } from '../../domain/ikm.ts';
import type { LkjipSource } from '../../report/build-lkjip.ts';
import type { Database } from '../../store/database.ts';
import { IKM_ELEMENTS, type SpendingType } from '../../store/schema/enums.ts';
import {
  akipComponentScore,
  akipEvaluation,
  akipRecommendation,
  assistanceDelivery,
  budgetLine,
  ikmElementTotal,
  ikmSurvey,
  narrative,
  ppksCount,
  psksCount,
  sdmCount,
  sdmSnapshot,
} from '../../store/schema/index.ts';
import type { StoredLkjipSource } from './load-lkjip-source.ts';
import {
  LIST_SECTIONS,
  listItems,
  NARRATIVE_SECTIONS,
  paragraphs,
  PSKS_LABELS,
  SASARAN_NARRATIVE_SECTION,
  SPENDING_LABELS,
} from './report-labels.ts';
import { socialReportDetail } from './social-report-detail.ts';

export async function narrativesOf(
  tx: Database,
  agencyId: string,
  year: number,
  sasaranKey: Map<string, string>,
): Promise<{ texts: Record<string, string[]>; lists: Record<string, string[]> }> {
  const rows = await tx
    .select()
    .from(narrative)
    .where(and(eq(narrative.agencyId, agencyId), eq(narrative.year, year)))
    .orderBy(asc(narrative.section), asc(narrative.topic));
  const texts: Record<string, string[]> = {};
  const lists: Record<string, string[]> = {};
  for (const [key, where] of Object.entries(NARRATIVE_SECTIONS)) {
    const row = rows.find(
      (r) => r.section === where.section && r.topic === where.topic && r.sasaranStrategisId === null,
    );
    if (!row || row.body.trim() === '') continue;
    if (LIST_SECTIONS.has(key)) lists[key] = listItems(row.body);
    else texts[key] = paragraphs(row.body);
  }
  // BAB IV's steps are printed as a list; the isu strategis go to the source's own list.
  if (lists.langkahKeDepan) texts.langkahKeDepan = lists.langkahKeDepan;
  for (const [sasaranId, key] of sasaranKey) {
    const body = (topic: string) =>
      rows.find(
        (r) =>
          r.section === SASARAN_NARRATIVE_SECTION && r.sasaranStrategisId === sasaranId && r.topic === topic,
      )?.body;
    const analysis = body('analisis');
    if (analysis) texts[`sasaran.${key}.analysis`] = paragraphs(analysis);
    const causes = [
      body('penyebab_keberhasilan'),
      body('penyebab_kegagalan'),
      body('solusi'),
      body('langkah_ke_depan'),
    ].filter((b): b is string => b !== undefined && b.trim() !== '');
    if (causes.length > 0) texts[`sasaran.${key}.causes`] = causes.flatMap(paragraphs);
  }
  return { texts, lists };
}

export async function sdmOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['sdm']> {
  const [snap] = await tx
    .select()
    .from(sdmSnapshot)
    .where(and(eq(sdmSnapshot.agencyId, agencyId), lte(sdmSnapshot.year, year)))
    .orderBy(desc(sdmSnapshot.year))
    .limit(1);
  if (!snap) return null;
  const counts = await tx
    .select()
    .from(sdmCount)
    .where(eq(sdmCount.sdmSnapshotId, snap.id))
    .orderBy(asc(sdmCount.sortOrder), asc(sdmCount.category));
  const of = (dimension: string) => counts.filter((c) => c.dimension === dimension);
  const status = of('status_kepegawaian');
  const isPns = (category: string) => /^(pns|asn)\b/i.test(category.trim());
  const pns = status.filter((c) => isPns(c.category)).reduce((a, c) => a + c.count, 0);
  const kontrak = status.filter((c) => !isPns(c.category)).reduce((a, c) => a + c.count, 0);
  // Positions: the jabatan breakdown (it names every civil servant once); else the eselon one.
  const positions = of('jabatan').length > 0 ? of('jabatan') : of('eselon');
  const education = new Map<string, { pns: number; kontrak: number }>();
  for (const c of of('pendidikan')) {
    // "PNS: S1 (Sarjana)" / "Tenaga kontrak: SLTA"; a category without a prefix counts as PNS.
    const m = /^([^:]+):\s*(.+)$/.exec(c.category);
    const category = m ? m[2]!.trim() : c.category;
    const row = education.get(category) ?? { pns: 0, kontrak: 0 };
    if (!m || isPns(m[1]!)) row.pns += c.count;
    else row.kontrak += c.count;
    education.set(category, row);
  }
  if (status.length === 0 && positions.length === 0 && education.size === 0) return null;
  return {
    totals: {
      pns: status.length > 0 ? pns : positions.reduce((a, c) => a + c.count, 0),
      kontrak,
    },
    byPosition: positions.map((c) => ({ group: c.dimension, category: c.category, count: c.count })),
    byEducation: [...education].map(([category, v]) => ({ category, ...v })),
  };
}

export async function socialOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['social']> {
  const latestYear = async (rows: { year: number }[]) => rows.reduce((a, r) => Math.max(a, r.year), 0);
  const ppksRows = await tx
    .select({
      year: ppksCount.year,
      category: ppksCount.category,
      count: ppksCount.count,
      kecamatanId: ppksCount.kecamatanId,
    })
    .from(ppksCount)
    .where(and(eq(ppksCount.agencyId, agencyId), lte(ppksCount.year, year)));
  const ppksYear = await latestYear(ppksRows);
  const ppksOfYear = ppksRows.filter((r) => r.year === ppksYear);
  // Region-wide rows when there are any (kecamatan rows then only break them down).
  const ppksTotals = ppksOfYear.some((r) => r.kecamatanId === null)
    ? ppksOfYear.filter((r) => r.kecamatanId === null)
    : ppksOfYear;
  const psksRows = await tx
    .select()
    .from(psksCount)
    .where(and(eq(psksCount.agencyId, agencyId), lte(psksCount.year, year)));
  const psksYear = await latestYear(psksRows);
  const psksOfYear = psksRows.filter((r) => r.year === psksYear);
  const psksTotals = psksOfYear.some((r) => r.kecamatanId === null)
    ? psksOfYear.filter((r) => r.kecamatanId === null)
    : psksOfYear;
  const psks = new Map<string, { label: string; count: number; unit: string }>();
  for (const r of psksTotals) {
    const known = PSKS_LABELS[r.type];
    // The demo loader keeps the printed unit in the data source: "... (satuan: nagari)".
    const unit = /\(satuan: ([^)]+)\)/.exec(r.dataSource ?? '')?.[1] ?? known.unit;
    const entry = psks.get(r.type) ?? { label: known.label, count: 0, unit };
    entry.count += r.count;
    psks.set(r.type, entry);
  }
  const assistance = await tx
    .select()
    .from(assistanceDelivery)
    .where(
      and(
        eq(assistanceDelivery.agencyId, agencyId),
        eq(assistanceDelivery.year, year),
        isNull(assistanceDelivery.kecamatanId),
      ),
    )
    .orderBy(asc(assistanceDelivery.program), asc(assistanceDelivery.programLabel));
  const social: NonNullable<LkjipSource['social']> = {
    ppks:
      ppksTotals.length > 0
        ? {
            year: ppksYear,
            total: ppksTotals.reduce((a, r) => a + r.count, 0),
            categories: [...new Set(ppksTotals.map((r) => r.category))],
          }
        : null,
    psks: [...psks.values()],
    assistance: assistance
      .filter((a) => a.recipients !== null)
      .map((a) => ({
        label: a.programLabel !== '' ? a.programLabel : a.program.toUpperCase(),
        year: a.year,
        funding: a.fundingSource ?? '-',
        // targets are not stored (decision 0006-demo-loader)
        target: null,
        recipients: a.recipients!,
        unit: a.unitName === null ? '-' : a.unitName.toUpperCase() === 'KPM' ? 'KPM' : a.unitName,
      })),
  };
  social.detail = await socialReportDetail(tx, agencyId, year);
  return social.ppks || social.psks.length > 0 || social.assistance.length > 0 || social.detail
    ? social
    : null;
}

/** IKM surveys whose element totals give the index (domain ikmFromTotals); surveys without them are left out. */
export async function ikmOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['ikm']> {
  const surveys = await tx
    .select()
    .from(ikmSurvey)
    .where(and(eq(ikmSurvey.agencyId, agencyId), lte(ikmSurvey.year, year)))
    .orderBy(asc(ikmSurvey.year));
  if (surveys.length === 0) return null;
  const totals = await tx
    .select()
    .from(ikmElementTotal)
    .where(
      inArray(
        ikmElementTotal.ikmSurveyId,
        surveys.map((s) => s.id),
      ),
    );
  const result: NonNullable<LkjipSource['ikm']>['surveys'] = [];
  for (const s of surveys) {
    const rows = totals.filter((t) => t.ikmSurveyId === s.id);
    const byElement = IKM_ELEMENTS.map((e) => rows.find((r) => r.element === e));
    if (byElement.some((r) => r === undefined)) continue;
    const respondents = byElement[0]!.respondents;
    if (byElement.some((r) => r!.respondents !== respondents)) continue;
    const ikm = ikmFromTotals(
      byElement.map((r) => r!.scoreSum),
      respondents,
    );
    result.push({ year: s.year, respondents, nilai: ikm.nilai });
  }
  return result.length > 0 ? { surveys: result, related: [] } : null;
}

const AKIP_KEYS: Readonly<Record<string, AkipComponentKey>> = {
  perencanaan: 'perencanaan',
  pengukuran: 'pengukuran',
  pelaporan: 'pelaporan',
  evaluasi: 'evaluasi',
};

/** AKIP evaluations whose four component scores give the total (domain computeAkip); others are left out. */
export async function akipOf(tx: Database, agencyId: string, year: number): Promise<LkjipSource['akip']> {
  const evaluations = await tx
    .select()
    .from(akipEvaluation)
    .where(and(eq(akipEvaluation.agencyId, agencyId), lte(akipEvaluation.year, year)))
    .orderBy(asc(akipEvaluation.year), asc(akipEvaluation.evaluator));
  if (evaluations.length === 0) return null;
  const ids = evaluations.map((e) => e.id);
  const scores = await tx
    .select()
    .from(akipComponentScore)
    .where(inArray(akipComponentScore.akipEvaluationId, ids));
  const recommendations = await tx
    .select()
    .from(akipRecommendation)
    .where(inArray(akipRecommendation.akipEvaluationId, ids))
    .orderBy(asc(akipRecommendation.number));
  const result: NonNullable<LkjipSource['akip']>['evaluations'] = [];
  for (const e of evaluations) {
    const input: Partial<Record<AkipComponentKey, { score: number }>> = {};
    for (const s of scores.filter((x) => x.akipEvaluationId === e.id)) {
      const key = AKIP_KEYS[s.component];
      if (key) input[key] = { score: Number(s.score) };
    }
    if (Object.keys(input).length !== 4) continue;
    const computed = computeAkip(input as Record<AkipComponentKey, { score: number }>);
    result.push({
      year: e.year,
      score: computed.score,
      evaluator: e.evaluator,
      recommendations: recommendations
        .filter((r) => r.akipEvaluationId === e.id)
        .map((r) => ({ text: r.recommendation, followUp: r.followUpNote })),
    });
  }
  return result.length > 0 ? { evaluations: result } : null;
}

/** Pagu of the year by spending type; null when every line is `lainnya` (the type was not recorded). */
export async function spendingOf(
  tx: Database,
  agencyId: string,
  year: number,
): Promise<StoredLkjipSource['spendingByType']> {
  const lines = await tx
    .select({
      type: budgetLine.spendingType,
      murni: budgetLine.paguMurni,
      perubahan: budgetLine.paguPerubahan,
    })
    .from(budgetLine)
    .where(and(eq(budgetLine.agencyId, agencyId), eq(budgetLine.year, year)));
  if (lines.length === 0 || lines.every((l) => l.type === 'lainnya')) return null;
  const sums = new Map<SpendingType, number>();
  for (const l of lines) sums.set(l.type, (sums.get(l.type) ?? 0) + (l.perubahan ?? l.murni));
  return [...sums]
    .filter(([, amount]) => amount > 0)
    .sort(([a], [b]) => SPENDING_ORDER.indexOf(a) - SPENDING_ORDER.indexOf(b))
    .map(([type, amount]) => ({ type, amount }));
}

const SPENDING_ORDER = Object.keys(SPENDING_LABELS) as SpendingType[];
