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
 * BENCH_ROWS=5000 shrinks it for a quick try.
 * Run: node --import tsx bench/import/run.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceContext } from '../../src/services/context.ts';
import { runImport } from '../../src/services/import/run-import.ts';
import {
  writeRealisationWorkbook,
  type TemplateRow,
} from '../../src/services/import/realisation-template.ts';
import { MONTHS } from '../../src/services/import/realisation-sheet.ts';
import { openDatabase } from '../../src/store/db.ts';
import * as s from '../../src/store/schema/index.ts';
import { seedSmallAgency } from '../../test/support/store-fixtures.ts';

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
      t = performance.now();
      const outcome = await runImport(ctx, { ...input, mode }, progress);
      const ms = performance.now() - t;
      const counts =
        outcome.status === 'refused' ? `refused: ${outcome.problemCount}` : JSON.stringify(outcome.counts);
      console.log(`${label.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s   ${counts}`);
      console.log(`${''.padEnd(28)} progress: ${steps.map((x) => x.split(' ')[0]).join(' → ')}`);
      return ms;
    };
    console.log(
      `Import benchmark: ${rows.length} rows (${INDICATORS} monthly indicators), ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB .xlsx, ${opened.engine}, ${cpus().length} cores, Node ${process.version}`,
    );
    console.log(`${'write the workbook (exceljs)'.padEnd(28)} ${(writeMs / 1000).toFixed(2).padStart(6)} s`);
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
