/**
 * Report benchmark (issue: LKjIP generator). Not part of `npm test`.
 *   Warm (one process, model built once, median of 5 after a warm-up), charts included:
 *     .docx ≤ 1 s, .pdf ≤ 2 s, .xlsx ≤ 0,5 s; peak RSS ≤ 300 MB.
 *   Cold: a fresh `node` running the report command for one format, wall time.
 * Run: npm run bench:report
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLkjipFromBundle, readDemoBundle } from '../../src/report/build-from-bundle.ts';
import { renderFormat, type ReportFormat } from '../../src/report/render.ts';

const GOALS: Record<ReportFormat, number> = { docx: 1000, pdf: 2000, xlsx: 500 };
const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 5);

const bundle = await readDemoBundle();
const t0 = performance.now();
const model = buildLkjipFromBundle(bundle, { locale: 'id' });
const buildMs = performance.now() - t0;

const rows: string[] = [];
rows.push(`model (build + measure)  ${buildMs.toFixed(1)} ms (first build in the process)`);
for (const format of ['docx', 'pdf', 'xlsx'] as const) {
  await renderFormat(model, format); // warm-up: module initialisation, font parsing
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    bytes = (await renderFormat(model, format)).length;
    times.push(performance.now() - start);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const m = median(times);
  rows.push(
    `warm .${format.padEnd(4)}  median ${m.toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})  goal ≤ ${GOALS[format]} ms  ${m <= GOALS[format] ? 'ok' : 'OVER'}  ${(bytes / 1024).toFixed(0)} KiB`,
  );
}
clearInterval(sampler);
rows.push(
  `peak RSS (warm process)  ${(peakRss / 1024 / 1024).toFixed(0)} MB  goal ≤ 300 MB  ${peakRss <= 300 * 1024 * 1024 ? 'ok' : 'OVER'}`,
);

const out = mkdtempSync(join(tmpdir(), 'akuntabel-bench-report-'));
try {
  for (const format of ['docx', 'pdf', 'xlsx'] as const) {
    const start = performance.now();
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'bench/report/cli.ts', 'report', '--demo', '--format', format, '--out', out],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    rows.push(
      `cold CLI .${format.padEnd(4)}  ${(performance.now() - start).toFixed(0)} ms (new node process: load, build, render, write)`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log(rows.join('\n'));
