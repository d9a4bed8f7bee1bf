/**
 * Demo loading, agency profile and evaluations: SDM, social welfare (PPKS,
 * PSKS, assistance delivered), IKM surveys and Evaluasi AKIP.
 */
import { randomUUID } from 'node:crypto';
import * as s from '../../store/schema/index.ts';
import { byId, decimal, type DemoLoad } from './demo-writer.ts';

const FUNDING: Readonly<Record<'apbd' | 'apbn' | 'tidak_dicetak', string | null>> = {
  apbd: 'APBD Kabupaten/Kota',
  apbn: 'APBN',
  tidak_dicetak: null,
};

/** SDM: one snapshot with its counts. */
export async function loadSdm({ w, bundle }: DemoLoad, agencyId: string): Promise<void> {
  const sdm = bundle.sdm;
  const snapshotId = randomUUID();
  await w.insert(
    s.sdmSnapshot,
    'sdm_snapshot',
    [{ id: snapshotId, agencyId, year: sdm.year, note: sdm.totals.note ?? null }],
    byId,
  );
  const counts: { dimension: (typeof s.SDM_DIMENSIONS)[number]; category: string; count: number }[] = [
    { dimension: 'status_kepegawaian', category: 'PNS', count: sdm.totals.pns },
    { dimension: 'status_kepegawaian', category: 'Tenaga kontrak', count: sdm.totals.kontrak },
    ...sdm.byPosition
      .filter((p) => p.group === 'eselon')
      .map((p) => ({ dimension: 'eselon' as const, category: p.category, count: p.count })),
    { dimension: 'jabatan', category: 'Kepala Dinas', count: sdm.structural.kepalaDinas },
    { dimension: 'jabatan', category: 'Sekretaris', count: sdm.structural.sekretaris },
    { dimension: 'jabatan', category: 'Kepala Bidang', count: sdm.structural.kepalaBidang },
    { dimension: 'jabatan', category: 'Kepala Sub Bagian', count: sdm.structural.kasubag },
    ...sdm.byPosition
      .filter((p) => p.group !== 'eselon')
      .map((p) => ({
        dimension: 'jabatan' as const,
        category:
          p.group === 'pelaksana' && p.category.startsWith('Gol.') ? `Pelaksana ${p.category}` : p.category,
        count: p.count,
      })),
    ...sdm.byEducation.pns.map((e) => ({
      dimension: 'pendidikan' as const,
      category: `PNS: ${e.category}`,
      count: e.count,
    })),
    ...sdm.byEducation.kontrak.map((e) => ({
      dimension: 'pendidikan' as const,
      category: `Tenaga kontrak: ${e.category}`,
      count: e.count,
    })),
    ...(sdm.byRank ?? []).map((e) => ({
      dimension: 'golongan' as const,
      category: e.category,
      count: e.count,
    })),
    ...(sdm.byGender
      ? [
          { dimension: 'jenis_kelamin' as const, category: 'L', count: sdm.byGender.L },
          { dimension: 'jenis_kelamin' as const, category: 'P', count: sdm.byGender.P },
        ]
      : []),
  ];
  await w.insert(
    s.sdmCount,
    'sdm_count',
    counts.map((c, i) => ({ agencyId, sdmSnapshotId: snapshotId, ...c, sortOrder: i })),
    byId,
  );
}

/** Social welfare: PPKS by category (when printed), PSKS, assistance delivered. */
export async function loadSocialWelfare(
  { w, bundle }: DemoLoad,
  { agencyId, kecamatanIds }: { agencyId: string; kecamatanIds: Map<string, string> },
): Promise<void> {
  const year = bundle.year;
  const sw = bundle.socialWelfare;
  await w.insert(
    s.ppksCount,
    'ppks_count',
    (sw.ppks.byCategory ?? []).map((c) => ({
      agencyId,
      year: sw.ppks.year,
      category: c.category,
      count: c.count,
      dataSource: sw.ppks.source.text,
    })),
    byId,
  );
  await w.insert(
    s.psksCount,
    'psks_count',
    sw.psks.byType.map((p) => ({
      agencyId,
      year: sw.psks.year,
      type: p.type,
      count: p.count,
      dataSource: `LKjIP ${String(year)}: ${p.label} (satuan: ${p.unit})`,
    })),
    byId,
  );
  const assistanceRows: (typeof s.assistanceDelivery.$inferInsert)[] = [];
  for (const a of sw.assistance) {
    const base = {
      agencyId,
      year: a.year,
      program: a.program,
      programLabel: a.label,
      unitName: a.unit,
      fundingSource: FUNDING[a.funding],
    };
    // The whole region (kecamatan null) carries the total; named kecamatan their own rows.
    // Recipients the report does not place in a kecamatan stay only in the total.
    assistanceRows.push({ ...base, recipients: a.recipients, value: a.value });
    const perKecamatan = new Map<string, number>();
    for (const row of a.byKecamatan ?? [])
      if (row.kecamatan !== null)
        perKecamatan.set(row.kecamatan, (perKecamatan.get(row.kecamatan) ?? 0) + row.recipients);
    for (const [name, recipients] of perKecamatan) {
      const kecamatanId = kecamatanIds.get(name);
      if (kecamatanId === undefined) throw new Error(`kecamatan "${name}" tidak ada di region.kecamatan`);
      assistanceRows.push({ ...base, kecamatanId, recipients });
    }
  }
  await w.insert(s.assistanceDelivery, 'assistance_delivery', assistanceRows, byId);
}

/** IKM surveys (the index itself is derived from element data; only the survey is stored when none). */
export async function loadIkm({ w, bundle }: DemoLoad, agencyId: string): Promise<void> {
  const surveyRows: (typeof s.ikmSurvey.$inferInsert)[] = [];
  const elementRows: (typeof s.ikmElementTotal.$inferInsert)[] = [];
  for (const survey of bundle.ikm.surveys) {
    const id = randomUUID();
    surveyRows.push({
      id,
      agencyId,
      year: survey.year,
      method: 'element_totals',
      startedOn: survey.period?.start ?? null,
      endedOn: survey.period?.end ?? null,
    });
    if (survey.elements && survey.respondents)
      for (const e of survey.elements)
        elementRows.push({
          agencyId,
          ikmSurveyId: id,
          element: e.element,
          scoreSum: Math.round(e.average * survey.respondents),
          respondents: survey.respondents,
        });
  }
  await w.insert(s.ikmSurvey, 'ikm_survey', surveyRows, byId);
  await w.insert(s.ikmElementTotal, 'ikm_element_total', elementRows, byId);
}

/** Evaluasi AKIP: only evaluations with something the schema holds (evaluator, grade, components, recommendations). */
export async function loadAkip({ w, bundle }: DemoLoad, agencyId: string): Promise<void> {
  const evaluationRows: (typeof s.akipEvaluation.$inferInsert)[] = [];
  const componentRows: (typeof s.akipComponentScore.$inferInsert)[] = [];
  const recommendationRows: (typeof s.akipRecommendation.$inferInsert)[] = [];
  for (const e of bundle.akip.evaluations) {
    if (e.evaluator === null && e.grade === null && !e.components && e.recommendations.length === 0) continue;
    const id = randomUUID();
    evaluationRows.push({
      id,
      agencyId,
      year: e.evaluatedYear,
      evaluator: e.evaluator ?? '(penilai tidak dicetak)',
      publishedGrade: e.grade,
    });
    for (const c of e.components ?? [])
      componentRows.push({
        agencyId,
        akipEvaluationId: id,
        component: c.component,
        weight: decimal(c.weight),
        score: decimal(c.score),
      });
    for (const r of e.recommendations)
      recommendationRows.push({
        agencyId,
        akipEvaluationId: id,
        number: r.no,
        recommendation: r.text,
        followUpStatus: r.followUp?.status ?? 'belum',
        followUpNote:
          r.followUp === null
            ? null
            : r.followUp.status === null
              ? `${r.followUp.text} (status tindak lanjut tidak dicetak)`
              : r.followUp.text,
      });
  }
  await w.insert(s.akipEvaluation, 'akip_evaluation', evaluationRows, byId);
  await w.insert(s.akipComponentScore, 'akip_component_score', componentRows, byId);
  await w.insert(s.akipRecommendation, 'akip_recommendation', recommendationRows, byId);
}
