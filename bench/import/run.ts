/**
 * Import benchmark (issue 7: "50.000 rows import in ≤ 10 s with a progress
 * bar"). Not part of `npm test`.
 *
 * Builds an agency whose Renstra has 4.200 monthly indicators, writes a
 * realisations workbook of 4.200 × 12 = 50.400 filled rows with the template
 * writer, then times on PGlite (a temporary folder; on PostgreSQL when
 * DATABASE_URL is set):
 *   1. preview: check the file, read it, validate every row, count the changes
 *   2. confirm: the same, then write the 50.400 realisations (multi-row
 *      inserts) and their audit events in one transaction
 *   3. re-import of the same file: 50.400 unchanged, nothing written
 * and prints the progress reported along the way.
 * BENCH_ROWS=5000 shrinks it for a quick try; BENCH_PROFILE=folder writes a
 * CPU profile of each step (preview, confirm, re-import).
 * Run: node --import tsx bench/import/run.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceContext } from '../../src/services/context.ts';
import { checkImportFile } from '../../src/services/import/import-file.ts';
import { importKind } from '../../src/services/import/import-kinds.ts';
import { runImport } from '../../src/services/import/run-import.ts';
import { loadWorkbook } from '../../src/services/import/workbook-cells.ts';
import {
  writeRealisationWorkbook,
  type TemplateRow,
} from '../../src/services/import/realisation-template.ts';
import { MONTHS } from '../../src/services/import/realisation-sheet.ts';
import { openDatabase } from '../../src/store/db.ts';
import * as s from '../../src/store/schema/index.ts';
import { seedSmallAgency } from '../../test/support/store-fixtures.ts';

/** Wall and process CPU time (user + system) of each phase, summed over a run. */
type Phase = { wallMs: number; cpuMs: number };
const phases = new Map<string, Phase>();

async function timed<T>(name: string, work: () => Promise<T>): Promise<T> {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    const phase = phases.get(name) ?? { wallMs: 0, cpuMs: 0 };
    phase.wallMs += performance.now() - wall;
    phase.cpuMs += (used.user + used.system) / 1000;
    phases.set(name, phase);
  }
}

/** Times the realisations kind's own phases inside runImport (the run itself is unchanged). */
function timeKindPhases(): void {
  const kind = importKind('realisasi');
  if (kind.file !== 'xlsx') return;
  const { loadFacts, plan, write } = kind;
  kind.loadFacts = (...args) => timed('facts (queries)', () => loadFacts(...args));
  kind.plan = (...args) => timed('plan (read + check rows)', () => plan(...args));
  kind.write = (...args) => timed('write (rows + audit)', () => write(...args));
}

/** BENCH_PROFILE=folder: a CPU profile of each timed step (open in Chrome DevTools). */
const PROFILE_DIR = process.env.BENCH_PROFILE;
let session: Session | null = null;

async function profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  if (!session) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
  }
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(join(PROFILE_DIR, `import-${name}.cpuprofile`), JSON.stringify(profile));
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2).padStart(6);

const ROWS = Number(process.env.BENCH_ROWS ?? '50400');
const INDICATORS = Math.ceil(ROWS / 12);
const YEAR = 2024;

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'akuntabel-bench-import-'));
  const opened = process.env.DATABASE_URL
    ? await openDatabase({ databaseUrl: process.env.DATABASE_URL })
    : await openDatabase({ dataDir: folder });
  try {
    const db = opened.db;
    const seed = await seedSmallAgency(db, String(Date.now() % 100000));
    const indicators = Array.from({ length: INDICATORS }, (_, i) => ({
      agencyId: seed.agency.id,
      renstraPeriodId: seed.renstra.id,
      sasaranStrategisId: seed.sasaran.id,
      code: `B${String(i + 1).padStart(5, '0')}`,
      name: `Indikator uji ${i + 1}`,
      unit: 'orang',
      polarity: 'positive' as const,
      periodAggregation: 'cumulative' as const,
      reportingFrequency: 'monthly' as const,
      sortOrder: 1000 + i,
    }));
    for (let i = 0; i < indicators.length; i += 2000)
      await db.insert(s.indicator).values(indicators.slice(i, i + 2000));
    const rows: TemplateRow[] = [];
    for (const ind of indicators)
      for (let m = 0; m < 12 && rows.length < ROWS; m++)
        rows.push({
          code: ind.code,
          name: ind.name,
          unit: ind.unit,
          period: MONTHS[m]!,
          component: null,
          // half as Excel numbers, half as Indonesian text
          value:
            m % 2 === 0
              ? 100 + m + rows.length / 1000
              : `${m + 1}.${String(rows.length % 1000).padStart(3, '0')},5`,
          note: null,
        });
    let t = performance.now();
    const bytes = await writeRealisationWorkbook(rows, {
      agencyName: seed.agency.name,
      year: YEAR,
      components: [],
    });
    const writeMs = performance.now() - t;
    const ctx: ServiceContext = {
      db,
      actor: {
        userId: seed.user.id,
        label: seed.user.username,
        role: 'operator',
        regionId: seed.region.id,
        agencyId: seed.agency.id,
      },
      origin: 'web',
      now: () => new Date(),
    };
    const input = { agencyId: seed.agency.id, kind: 'realisasi', year: YEAR, bytes };
    const steps: string[] = [];
    const progress = (p: number, message?: string) => {
      const line = `${Math.round(p)}% ${message ?? ''}`;
      if (steps.at(-1) !== line) steps.push(line);
    };
    const time = async (label: string, mode: 'preview' | 'confirm') => {
      steps.length = 0;
      phases.clear();
      t = performance.now();
      const cpu = process.cpuUsage();
      const outcome = await profiled(label.split(' ')[0]!, () =>
        runImport(ctx, { ...input, mode }, progress),
      );
      const ms = performance.now() - t;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      const counts =
        outcome.status === 'refused' ? `refused: ${outcome.problemCount}` : JSON.stringify(outcome.counts);
      console.log(
        `${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s wall ${(cpuMs / 1000).toFixed(2).padStart(6)} s CPU   load ${loadavg()
          .map((x) => x.toFixed(1))
          .join(' ')}   ${counts}`,
      );
      const known = [...phases.values()].reduce(
        (sum, p) => ({ wallMs: sum.wallMs + p.wallMs, cpuMs: sum.cpuMs + p.cpuMs }),
        { wallMs: 0, cpuMs: 0 },
      );
      phases.set('rest (file checks, exceljs load, commit)', {
        wallMs: ms - known.wallMs,
        cpuMs: cpuMs - known.cpuMs,
      });
      for (const [name, p] of phases)
        console.log(
          `${''.padEnd(4)}${name.padEnd(40)} ${seconds(p.wallMs)} s wall ${seconds(p.cpuMs)} s CPU`,
        );
      console.log(`${''.padEnd(4)}progress: ${steps.map((x) => x.split(' ')[0]).join(' → ')}`);
      return ms;
    };
    console.log(
      `Import benchmark: ${rows.length} rows (${INDICATORS} monthly indicators), ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB .xlsx, ${opened.engine}, ${cpus().length} cores, Node ${process.version}`,
    );
    console.log(`${'write the workbook (exceljs)'.padEnd(28)} ${(writeMs / 1000).toFixed(2).padStart(6)} s`);
    await timed('file checks (size, zip)', () => checkImportFile(bytes));
    await timed('exceljs load (loadWorkbook)', () => loadWorkbook(bytes));
    for (const [name, p] of phases)
      console.log(`${name.padEnd(28)} ${seconds(p.wallMs)} s wall ${seconds(p.cpuMs)} s CPU   (alone, once)`);
    timeKindPhases();
    await time('preview', 'preview');
    const confirm = await time('confirm (write all)', 'confirm');
    await time('re-import (all unchanged)', 'confirm');
    console.log(confirm <= 10_000 ? 'goal met: confirm ≤ 10 s' : 'GOAL MISSED: confirm > 10 s');
  } finally {
    await opened.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
