/**
 * Demo loading, plan: the Renstra (misi, tujuan, sasaran strategis and their
 * RPJMD links) and the indicators with their targets and realisations.
 */
import { randomUUID } from 'node:crypto';
import * as s from '../../store/schema/index.ts';
import type { PeriodAggregation, PeriodKind } from '../../store/schema/enums.ts';
import { byId, decimal, type DemoLoad } from './demo-writer.ts';

const PERIOD_AGGREGATION: Readonly<Record<'stock' | 'cumulative' | 'average', PeriodAggregation>> = {
  stock: 'last',
  cumulative: 'cumulative',
  average: 'average',
};

/** Renstra period, misi, tujuan, sasaran strategis and their links to the RPJMD sasaran. */
export async function loadRenstra(
  { w, bundle }: DemoLoad,
  {
    agencyId,
    rpjmdId,
    rpjmdSasaranIds,
  }: { agencyId: string; rpjmdId: string; rpjmdSasaranIds: Map<string, string> },
) {
  const renstra = bundle.renstra;
  const renstraId = randomUUID();
  await w.insert(
    s.renstraPeriod,
    'renstra_period',
    [
      {
        id: renstraId,
        agencyId,
        rpjmdPeriodId: rpjmdId,
        startYear: renstra.period.start,
        endYear: renstra.period.end,
        visi: renstra.visi.text,
      },
    ],
    byId,
  );
  await w.insert(
    s.renstraMisi,
    'renstra_misi',
    renstra.misi.map((m, i) => ({
      agencyId,
      renstraPeriodId: renstraId,
      number: i + 1,
      statement: m.text,
    })),
    byId,
  );
  await w.insert(
    s.renstraTujuan,
    'renstra_tujuan',
    renstra.tujuan.map((t) => ({ agencyId, renstraPeriodId: renstraId, code: t.id, statement: t.text })),
    byId,
  );
  const sasaranIds = new Map(renstra.sasaran.map((x) => [x.id, randomUUID()]));
  await w.insert(
    s.sasaranStrategis,
    'sasaran_strategis',
    renstra.sasaran.map((x, i) => ({
      id: sasaranIds.get(x.id)!,
      agencyId,
      renstraPeriodId: renstraId,
      code: x.id,
      statement: x.name,
      sortOrder: i,
    })),
    byId,
  );
  await w.insert(
    s.sasaranRpjmdLink,
    'sasaran_rpjmd_link',
    renstra.sasaran.flatMap((x) =>
      x.rpjmdSasaranIds.map((r) => ({
        sasaranStrategisId: sasaranIds.get(x.id)!,
        rpjmdSasaranId: rpjmdSasaranIds.get(r)!,
        agencyId,
      })),
    ),
    (row) => ({ entityId: `${row.sasaranStrategisId}:${row.rpjmdSasaranId}`, agencyId: row.agencyId }),
  );
  return { renstraId, sasaranIds };
}

/**
 * Indicators whose realisation the IKM surveys and the evaluasi AKIP feed
 * (docs/decisions/0011-indicator-feeds.md): the bundle's data sources say so —
 * SS3.1 "dinilai oleh Inspektorat" (L1064), SS3.2 "hasil SKM" (L1107).
 */
const DEMO_FEEDS: Readonly<Record<string, 'ikm' | 'akip'>> = { 'SS3.1': 'akip', 'SS3.2': 'ikm' };

/** Indicators of the sasaran (with targets), output indicators of sub kegiatan, realisations. */
export async function loadIndicators(
  { w, bundle, at }: DemoLoad,
  {
    agencyId,
    renstraId,
    sasaranIds,
    subKegiatanIds,
  }: {
    agencyId: string;
    renstraId: string;
    sasaranIds: Map<string, string>;
    subKegiatanIds: Map<string, string>;
  },
): Promise<Map<string, string>> {
  const renstra = bundle.renstra;
  const year = bundle.year;
  const indicatorIds = new Map<string, string>();
  const indicatorRows: (typeof s.indicator.$inferInsert)[] = [];
  const targetRows: (typeof s.indicatorTarget.$inferInsert)[] = [];
  const realisationRows: (typeof s.realisation.$inferInsert)[] = [];
  const verified = { status: 'verified' as const, submittedAt: at, verifiedAt: at };
  for (const x of renstra.sasaran) {
    x.indikator.forEach((ind, i) => {
      if (ind.polarity === 'ordinal' || ind.polarity === 'range')
        throw new Error(`indikator ${ind.id}: polaritas ${ind.polarity} belum didukung pemuat demo`);
      const id = randomUUID();
      indicatorIds.set(ind.id, id);
      indicatorRows.push({
        id,
        agencyId,
        renstraPeriodId: renstraId,
        sasaranStrategisId: sasaranIds.get(x.id)!,
        code: ind.id,
        name: ind.name,
        definition: ind.definition?.text ?? null,
        formula: ind.formula,
        unit: ind.unit,
        polarity: ind.polarity,
        periodAggregation: PERIOD_AGGREGATION[ind.periodAggregation],
        // The report gives one value a year.
        reportingFrequency: 'yearly',
        resultKind: 'outcome',
        dataSource: ind.dataSource?.text ?? null,
        feed: DEMO_FEEDS[ind.id] ?? null,
        isIku: ind.iku,
        baselineYear: ind.baseline?.year ?? null,
        baselineValue: ind.baseline ? decimal(ind.baseline.value) : null,
        endTargetValue: ind.endTarget === null ? null : decimal(ind.endTarget),
        sortOrder: i,
      });
      // Targets of the previous plan's years too: the report compares with them.
      for (const t of [...ind.historicalTargets, ...ind.targets])
        targetRows.push({ agencyId, indicatorId: id, year: t.year, value: decimal(t.value) });
    });
  }
  let outputNo = 0;
  for (const p of bundle.budgetTree.programs)
    for (const k of p.kegiatan)
      for (const sk of k.subKegiatan)
        sk.outputIndicators?.forEach((o, i) => {
          const id = randomUUID();
          indicatorRows.push({
            id,
            agencyId,
            renstraPeriodId: renstraId,
            subKegiatanId: subKegiatanIds.get(sk.code)!,
            code: `${sk.code}.IK${String(i + 1)}`,
            name: o.name,
            unit: o.unit,
            polarity: 'positive',
            periodAggregation: 'cumulative',
            reportingFrequency: 'yearly',
            resultKind: 'output',
            sortOrder: outputNo++,
          });
          if (o.target !== null)
            targetRows.push({ agencyId, indicatorId: id, year, value: decimal(o.target) });
          if (o.realisasi !== null)
            realisationRows.push({
              agencyId,
              indicatorId: id,
              year,
              periodKind: 'year',
              periodNo: 1,
              value: decimal(o.realisasi),
              note: o.note ?? null,
              ...verified,
            });
        });
  await w.insert(s.indicator, 'indicator', indicatorRows, byId);
  await w.insert(s.indicatorTarget, 'indicator_target', targetRows, byId);

  for (const r of bundle.realisations) {
    const [periodKind, periodNo]: [PeriodKind, number] =
      r.period === 'year' ? ['year', 1] : ['quarter', r.period];
    realisationRows.push({
      agencyId,
      indicatorId: indicatorIds.get(r.indikatorId)!,
      year: r.year,
      periodKind,
      periodNo,
      value: decimal(r.value),
      note: r.note ?? null,
      ...verified,
    });
  }
  await w.insert(s.realisation, 'realisation', realisationRows, byId);
  return indicatorIds;
}
