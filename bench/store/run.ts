/**
 * Store benchmark (issue: measurement through the services). Not part of `npm test`.
 *
 * Generates a province: 20 regions × 40 agencies × 25 indicators × 5 years ×
 * 4 quarters = 400.000 realisations, with targets, a signed PK per agency-year,
 * and 150 sub kegiatan per agency with a budget line per year and two
 * semester realisations each. Loads it with multi-row INSERTs (thousands of
 * rows per statement, ids made here so no row has to be read back), then
 * times, warm, the median of several runs of:
 *   1. measureAgencyYear for one agency-year   (goal ≤ 20 ms on PostgreSQL)
 *   2. recapRegionYear for one region-year      (goal ≤ 150 ms on PostgreSQL)
 *
 * Runs on PGlite in a temporary folder, and on PostgreSQL when DATABASE_URL is
 * set (a database `akuntabel_bench_<random>` is created there and dropped).
 * BENCH_SCALE=0.1 shrinks the number of regions for a quick try.
 * Run: npm run bench:store [-- --explain]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { ServiceContext } from '../../src/services/context.ts';
import { measureAgencyYear } from '../../src/services/measure/measure-agency-year.ts';
import { recapRegionYear } from '../../src/services/measure/recap-region-year.ts';
import { measureAgency } from '../../src/services/measure/measure-agencies.ts';
import { loadMeasurementData, type LoadOptions } from '../../src/services/measure/measurement-data.ts';
import { queryRows, type Database } from '../../src/store/database.ts';
import { openDatabase, type OpenedDatabase } from '../../src/store/db.ts';
import * as s from '../../src/store/schema/index.ts';

const SCALE = Number(process.env.BENCH_SCALE ?? '1');
const REGIONS = Math.max(1, Math.round(20 * SCALE));
const AGENCIES = 40;
const SASARAN = 5;
const INDICATORS_PER_SASARAN = 5;
const YEARS = [2020, 2021, 2022, 2023, 2024];
const YEAR = 2024;
const PROGRAMS = 5;
const KEGIATAN_PER_PROGRAM = 3;
const SUBS_PER_KEGIATAN = 10;
const BATCH = 2000;
const EXPLAIN = process.argv.includes('--explain');
const PROFILE = process.argv.includes('--profile');

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x * 1664525 + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Rows = Map<PgTable, Record<string, unknown>[]>;
type Signing = { versionId: string; kadis: string; bupati: string; year: number };
type Generated = {
  rows: Rows;
  order: PgTable[];
  regionIds: string[];
  agencyIds: string[][];
  pkSignings: Signing[];
};

/** The whole province, as rows per table, parents before children. */
function generate(): Generated {
  const random = rng(2024);
  // Parents before children (foreign keys).
  const order: PgTable[] = [
    s.region,
    s.measurementSetting,
    s.agency,
    s.orgUnit,
    s.position,
    s.signatory,
    s.renstraPeriod,
    s.program,
    s.kegiatan,
    s.subKegiatan,
    s.budgetLine,
    s.budgetRealisation,
    s.sasaranStrategis,
    s.sasaranProgramLink,
    s.indicator,
    s.indicatorTarget,
    s.realisation,
    s.perjanjianKinerja,
    s.pkVersion,
    s.pkTarget,
  ];
  const rows: Rows = new Map(order.map((table) => [table, []]));
  const add = (table: PgTable, row: Record<string, unknown>) => {
    const list = rows.get(table);
    if (!list) throw new Error(`${tableName(table)} is not in the load order`);
    list.push(row);
  };
  const provinceId = randomUUID();
  add(s.region, { id: provinceId, code: '91', name: 'Provinsi Bench', kind: 'provinsi' });
  const regionIds: string[] = [];
  const agencyIds: string[][] = [];
  const pkSignings: Signing[] = [];
  for (let r = 0; r < REGIONS; r++) {
    const regionId = randomUUID();
    regionIds.push(regionId);
    agencyIds.push([]);
    add(s.region, {
      id: regionId,
      code: `91.${pad(r + 1, 2)}`,
      name: `Kabupaten Bench ${r + 1}`,
      kind: 'kabupaten',
      parentRegionId: provinceId,
    });
    add(s.measurementSetting, { regionId, fromYear: 2020, scalePreset: 'permendagri_86_2017' });
    const bupatiPos = randomUUID();
    const bupati = randomUUID();
    add(s.position, { id: bupatiPos, regionId, title: 'Bupati' });
    add(s.signatory, { id: bupati, positionId: bupatiPos, name: `Bupati ${r + 1}` });
    for (let a = 0; a < AGENCIES; a++) {
      const agencyId = randomUUID();
      agencyIds[r]!.push(agencyId);
      add(s.agency, {
        id: agencyId,
        regionId,
        code: `1.${pad(a + 1, 2)}.0.00.0.00.01.0000`,
        name: `Dinas ${a + 1} Kab. ${r + 1}`,
      });
      const head = randomUUID();
      add(s.orgUnit, { id: head, agencyId, name: 'Kepala Dinas', echelon: 'II' });
      const kadisPos = randomUUID();
      const kadis = randomUUID();
      add(s.position, { id: kadisPos, regionId, agencyId, orgUnitId: head, title: 'Kepala Dinas' });
      add(s.signatory, { id: kadis, positionId: kadisPos, agencyId, name: `Kepala Dinas ${a + 1}` });
      const renstra = randomUUID();
      add(s.renstraPeriod, { id: renstra, agencyId, startYear: 2020, endYear: 2024, visi: 'Sejahtera' });

      const programs: string[] = [];
      for (let p = 0; p < PROGRAMS; p++) {
        const programId = randomUUID();
        programs.push(programId);
        const programCode = `1.06.${pad(p + 1, 2)}`;
        add(s.program, {
          id: programId,
          agencyId,
          renstraPeriodId: renstra,
          code: programCode,
          name: `Program ${p + 1}`,
        });
        for (let k = 0; k < KEGIATAN_PER_PROGRAM; k++) {
          const kegiatanId = randomUUID();
          const kegiatanCode = `${programCode}.2.${pad(k + 1, 2)}`;
          add(s.kegiatan, {
            id: kegiatanId,
            agencyId,
            programId,
            code: kegiatanCode,
            name: `Kegiatan ${k + 1}`,
          });
          for (let sk = 0; sk < SUBS_PER_KEGIATAN; sk++) {
            const subId = randomUUID();
            add(s.subKegiatan, {
              id: subId,
              agencyId,
              kegiatanId,
              code: `${kegiatanCode}.${pad(sk + 1, 4)}`,
              name: `Sub Kegiatan ${sk + 1}`,
            });
            for (const year of YEARS) {
              const lineId = randomUUID();
              const paguMurni = 1_000_000 * (10 + Math.floor(random() * 490));
              const revised = random() < 0.5;
              const pagu = revised ? paguMurni + 1_000_000 * Math.floor(random() * 50) : paguMurni;
              add(s.budgetLine, {
                id: lineId,
                agencyId,
                subKegiatanId: subId,
                year,
                spendingType: 'barang_jasa',
                paguMurni,
                paguPerubahan: revised ? pagu : null,
              });
              const spent = Math.floor((pagu * (0.6 + random() * 0.4)) / 1000) * 1000;
              const first = Math.floor(spent / 2000) * 1000;
              add(s.budgetRealisation, {
                agencyId,
                budgetLineId: lineId,
                periodKind: 'semester',
                periodNo: 1,
                amount: first,
              });
              add(s.budgetRealisation, {
                agencyId,
                budgetLineId: lineId,
                periodKind: 'semester',
                periodNo: 2,
                amount: spent - first,
              });
            }
          }
        }
      }

      const indicators: { id: string; negative: boolean; target: number }[] = [];
      for (let si = 0; si < SASARAN; si++) {
        const sasaranId = randomUUID();
        add(s.sasaranStrategis, {
          id: sasaranId,
          agencyId,
          renstraPeriodId: renstra,
          code: `S${si + 1}`,
          statement: `Sasaran ${si + 1}`,
          sortOrder: si,
        });
        add(s.sasaranProgramLink, {
          sasaranStrategisId: sasaranId,
          programId: programs[si % PROGRAMS]!,
          agencyId,
        });
        for (let ii = 0; ii < INDICATORS_PER_SASARAN; ii++) {
          const id = randomUUID();
          const negative = ii === 4;
          const cumulative = ii % 2 === 0;
          add(s.indicator, {
            id,
            agencyId,
            renstraPeriodId: renstra,
            sasaranStrategisId: sasaranId,
            code: `I${si + 1}.${ii + 1}`,
            name: `Indikator ${si + 1}.${ii + 1}`,
            unit: negative ? '%' : 'orang',
            polarity: negative ? 'negative' : 'positive',
            periodAggregation: cumulative ? 'cumulative' : 'last',
            reportingFrequency: 'quarterly',
            isIku: ii === 0,
            baselineValue: negative ? '12' : '50',
            endTargetValue: negative ? '8' : '150',
            sortOrder: ii,
          });
          indicators.push({ id, negative, target: negative ? 10 : 100 });
          for (const year of YEARS) {
            add(s.indicatorTarget, { agencyId, indicatorId: id, year, value: String(negative ? 10 : 100) });
            for (let q = 1; q <= 4; q++) {
              const missing = random() < 0.01;
              const perQuarter = cumulative ? 25 : 100;
              const value = negative ? 8 + random() * 5 : perQuarter * (0.7 + random() * 0.5);
              add(s.realisation, {
                agencyId,
                indicatorId: id,
                year,
                periodKind: 'quarter',
                periodNo: q,
                value: missing ? null : value.toFixed(2),
                status: random() < 0.03 ? 'draft' : 'submitted',
              });
            }
          }
        }
      }

      for (const year of YEARS) {
        const pkId = randomUUID();
        const versionId = randomUUID();
        add(s.perjanjianKinerja, { id: pkId, agencyId, orgUnitId: head, year });
        add(s.pkVersion, { id: versionId, agencyId, perjanjianKinerjaId: pkId, number: 1, kind: 'original' });
        indicators.forEach((ind, i) =>
          add(s.pkTarget, {
            agencyId,
            pkVersionId: versionId,
            indicatorId: ind.id,
            value: String(ind.target),
            sortOrder: i,
          }),
        );
        pkSignings.push({ versionId, kadis, bupati, year });
      }
    }
  }
  return { rows, order, regionIds, agencyIds, pkSignings };
}

async function load(db: Database, data: Generated): Promise<{ rows: number; ms: number }> {
  let total = 0;
  const start = process.hrtime.bigint();
  for (const table of data.order) {
    const rows = data.rows.get(table)!;
    const tableStart = process.hrtime.bigint();
    await db.transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await tx.insert(table).values(rows.slice(i, i + BATCH));
      }
    });
    total += rows.length;
    const ms = Number(process.hrtime.bigint() - tableStart) / 1e6;
    if (rows.length >= 10_000)
      console.log(
        `   ${String(rows.length).padStart(9)} rows  ${(ms / 1000).toFixed(1).padStart(6)} s  ${tableName(table)}`,
      );
  }
  // Sign every PK version (the trigger allows targets only while a version is a draft).
  const signings = data.pkSignings;
  await db.transaction(async (tx) => {
    for (let i = 0; i < signings.length; i += BATCH) {
      const batch = signings.slice(i, i + BATCH);
      const values = sql.join(
        batch.map(
          (b) => sql`(${b.versionId}::uuid, ${b.kadis}::uuid, ${b.bupati}::uuid, ${`${b.year}-01-20`}::date)`,
        ),
        sql`, `,
      );
      await tx.execute(sql`update pk_version v set status = 'signed', first_party_signatory_id = x.kadis,
          second_party_signatory_id = x.bupati, signed_on = x.signed_on, signed_at = x.signed_on::timestamptz
        from (values ${values}) as x(id, kadis, bupati, signed_on) where v.id = x.id`);
    }
  });
  await db.execute(sql`analyze`);
  return { rows: total, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function tableName(table: PgTable): string {
  return (table as unknown as Record<symbol, string>)[Symbol.for('drizzle:Name')] ?? '?';
}

async function time(
  fn: () => Promise<unknown>,
  runs: number,
): Promise<{ median: number; min: number; all: number[] }> {
  for (let i = 0; i < 3; i++) await fn(); // warm up
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    all.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(all), min: Math.min(...all), all };
}

async function explain(db: Database, regionId: string, agencyId: string): Promise<void> {
  const show = async (label: string, query: ReturnType<typeof sql>) => {
    const rows = await queryRows<{ 'QUERY PLAN': string }>(db, sql`explain (analyze, buffers off) ${query}`);
    console.log(`\n-- ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  };
  await show(
    'realisations of a region-year',
    sql`select id, indicator_id, year, period_kind, period_no, value::text, grade, status from realisation
        where agency_id = any(array(select id from agency where region_id = ${regionId})) and year between ${YEAR} and ${YEAR}
          and status in ('submitted', 'verified')`,
  );
  await show(
    'budget totals of a region-year',
    sql`with lines as (select id, agency_id, pagu_murni, coalesce(pagu_perubahan, pagu_murni) as pagu from budget_line
          where agency_id = any(array(select id from agency where region_id = ${regionId})) and year = ${YEAR}),
        spent as (select l.agency_id, sum(br.amount) as realisasi from budget_realisation br join lines l on l.id = br.budget_line_id
          where br.agency_id = any(array(select id from agency where region_id = ${regionId})) group by l.agency_id)
        select l.agency_id, sum(l.pagu), sum(l.pagu_murni), max(s.realisasi), count(*) from lines l left join spent s on s.agency_id = l.agency_id group by l.agency_id`,
  );
  await show(
    'budget tree of an agency-year',
    sql`select bl.id, (select coalesce(sum(br.amount), 0) from budget_realisation br where br.budget_line_id = bl.id)
        from budget_line bl join sub_kegiatan sk on sk.id = bl.sub_kegiatan_id join kegiatan k on k.id = sk.kegiatan_id
        join program p on p.id = k.program_id where bl.agency_id = ${agencyId} and bl.year = ${YEAR}`,
  );
}

/** Where the time goes: each query of the loader, then the measuring in JavaScript (median of 9 runs each). */
async function profile(
  db: Database,
  label: string,
  selection: { agencyId: string } | { regionId: string },
  options: LoadOptions,
  historyYears: number,
): Promise<void> {
  const perQuery = new Map<number, number[]>();
  const traced = Object.create(db) as Database;
  let index = 0;
  traced.execute = (async (query: Parameters<Database['execute']>[0]) => {
    const start = process.hrtime.bigint();
    const result = await db.execute(query);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    perQuery.set(index, [...(perQuery.get(index) ?? []), ms]);
    index++;
    return result;
  }) as Database['execute'];
  const measureMs: number[] = [];
  for (let run = 0; run < 12; run++) {
    index = 0;
    const data = await loadMeasurementData(traced, selection, options);
    const start = process.hrtime.bigint();
    for (const agency of data)
      measureAgency(agency, { year: YEAR, historyYears, efficiency: historyYears > 0 });
    measureMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const queries = [...perQuery.entries()].map(([i, ms]) => `q${i + 1} ${median(ms.slice(3)).toFixed(1)}`);
  console.log(
    `profile ${label}: ${queries.join(', ')} ms; measuring in JS ${median(measureMs.slice(3)).toFixed(1)} ms`,
  );
}

async function bench(label: string, opened: OpenedDatabase): Promise<void> {
  console.log(`\n== ${label}`);
  const data = generate();
  const generatedRows = [...data.rows.values()].reduce((n, r) => n + r.length, 0);
  console.log(`generated ${generatedRows.toLocaleString('id-ID')} rows`);
  const loaded = await load(opened.db, data);
  const [{ count }] = (await queryRows<{ count: number }>(
    opened.db,
    sql`select count(*)::int as count from realisation`,
  )) as [{ count: number }];
  console.log(
    `load: ${loaded.rows.toLocaleString('id-ID')} rows in ${(loaded.ms / 1000).toFixed(1)} s = ${Math.round(
      (loaded.rows / loaded.ms) * 1000,
    ).toLocaleString('id-ID')} rows/s (realisations: ${count.toLocaleString('id-ID')})`,
  );
  const regionId = data.regionIds[0]!;
  const agencyId = data.agencyIds[0]![0]!;
  const ctx: ServiceContext = {
    db: opened.db,
    actor: { userId: 'bench', label: 'bench', role: 'evaluator', regionId, agencyId: null },
    origin: 'cli',
    now: () => new Date('2025-02-01T00:00:00Z'),
  };
  const one = await measureAgencyYear(ctx, { agencyId, year: YEAR });
  const recap = await recapRegionYear(ctx, { regionId, year: YEAR });
  console.log(
    `check: agency ${one.indicatorCount} indicators, overall ${one.overall.capaian?.toFixed(2)} ${one.overall.predikat?.label}, ` +
      `budget ${one.budget?.persen?.toFixed(2)} %; region ${recap.agencies.length} agencies, ` +
      `${recap.agencies.reduce((n, a) => n + a.indicatorCount, 0)} indicators`,
  );
  const agencyTime = await time(() => measureAgencyYear(ctx, { agencyId, year: YEAR }), 15);
  const regionTime = await time(() => recapRegionYear(ctx, { regionId, year: YEAR }), 9);
  console.log(
    `measureAgencyYear (1 agency-year): median ${agencyTime.median.toFixed(1)} ms (min ${agencyTime.min.toFixed(1)}, 15 runs)`,
  );
  console.log(
    `recapRegionYear (1 region-year, ${AGENCIES} agencies): median ${regionTime.median.toFixed(1)} ms (min ${regionTime.min.toFixed(1)}, 9 runs)`,
  );
  if (PROFILE) {
    await profile(
      opened.db,
      'agency-year',
      { agencyId },
      { year: YEAR, historyYears: 4, statuses: ['submitted', 'verified'], budget: 'tree' },
      4,
    );
    await profile(
      opened.db,
      'region-year',
      { regionId },
      { year: YEAR, historyYears: 0, statuses: ['submitted', 'verified'], budget: 'totals' },
      0,
    );
  }
  if (EXPLAIN) await explain(opened.db, regionId, agencyId);
}

async function main(): Promise<void> {
  console.log(
    `Store benchmark: ${REGIONS} regions × ${AGENCIES} agencies × ${SASARAN * INDICATORS_PER_SASARAN} indicators × ${YEARS.length} years × 4 quarters; ` +
      `${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
  );
  if (process.env.BENCH_SKIP_PGLITE === '1') console.log('\n(PGlite skipped: BENCH_SKIP_PGLITE=1)');
  else {
    const folder = mkdtempSync(join(tmpdir(), 'akuntabel-bench-store-'));
    try {
      const opened = await openDatabase({ dataDir: folder });
      try {
        await bench('PGlite (temporary folder)', opened);
      } finally {
        await opened.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl === undefined || adminUrl === '') {
    console.log('\n(PostgreSQL skipped: DATABASE_URL is not set)');
    return;
  }
  const name = `akuntabel_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const opened = await openDatabase({ databaseUrl: url.toString() });
    try {
      const [row] = await queryRows<{ server_version: string }>(opened.db, sql`show server_version`);
      await bench(`PostgreSQL ${row?.server_version ?? '?'}`, opened);
    } finally {
      await opened.close();
    }
  } finally {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    await dropper.query(`drop database if exists "${name}" with (force)`);
    await dropper.end();
  }
}

await main().catch((error: unknown) => {
  // Drizzle's errors carry every parameter of a multi-row insert: print the cause only.
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  console.error(cause instanceof Error ? cause.message : cause);
  process.exitCode = 1;
});
