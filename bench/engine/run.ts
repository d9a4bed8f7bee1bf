/**
 * Engine benchmark (issue: measurement engine). Not part of `npm test`.
 *   1. 1.000.000 indicator-years through capaian + predikat   (goal ≤ 200 ms)
 *   2. `check` on a generated 10.000-indicator report-data file (goal ≤ 1 s)
 * Run: npm run bench:engine
 */
import { computeCapaian, type Polarity } from '../../src/domain/capaian.ts';
import { checkReport } from '../../src/domain/report-data/check-report.ts';
import { parseReportData } from '../../src/domain/report-data/schema.ts';
import { SCALE_PRESETS } from '../../src/domain/scale-presets.ts';
import { classify } from '../../src/domain/scales.ts';

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Deterministic pseudo-random numbers, so every run measures the same work.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function benchCapaian(n: number): number {
  const random = rng(42);
  const polarities: Polarity[] = ['positive', 'negative'];
  const inputs = Array.from({ length: n }, () => ({
    polarity: polarities[random() < 0.8 ? 0 : 1]!,
    target: { kind: 'value' as const, value: 1 + Math.round(random() * 1000) },
    realisasi: Math.round(random() * 1200),
  }));
  const scale = SCALE_PRESETS['permendagri-86-2017'];
  const runs: number[] = [];
  for (let r = 0; r < 7; r++) {
    const { ms, result } = time(() => {
      let counted = 0;
      for (const input of inputs) {
        const c = computeCapaian(input);
        if (c.value !== null && classify(c.value, scale).label.length > 0) counted++;
      }
      return counted;
    });
    if (result === 0) throw new Error('nothing measured');
    runs.push(ms);
  }
  return median(runs);
}

function generatedReport(indicators: number): unknown {
  const random = rng(7);
  const perSasaran = 10;
  const sasaran = Array.from({ length: indicators / perSasaran }, (_, s) => ({
    id: `SS${s + 1}`,
    name: `Sasaran ${s + 1}`,
    indikator: Array.from({ length: perSasaran }, (_, i) => {
      const target = 50 + Math.round(random() * 50);
      const realisasi = Math.round(random() * 10000) / 100;
      const capaian = ((realisasi / target) * 100).toFixed(2).replace('.', ',');
      return {
        id: `SS${s + 1}.${i + 1}`,
        name: `Indikator ${s + 1}.${i + 1}`,
        unit: '%',
        polarity: 'positive',
        target: String(target),
        realisasi: String(realisasi).replace('.', ','),
        history: [{ year: 2023, target: String(target), realisasi: String(realisasi) }],
        printed: { capaian },
      };
    }),
  }));
  const items = Array.from({ length: 100 }, (_, p) => ({
    code: `1.06.${String(p + 1).padStart(2, '0')}`,
    level: 'program',
    name: `Program ${p + 1}`,
    pagu: 1_000_000,
    realisasi: 900_000,
    printed: { persen: '90,00' },
    children: [],
  }));
  return {
    format: 'akuntabel/report-data@1',
    agency: { name: 'Dinas Bench' },
    year: 2024,
    scale: 'permendagri-86-2017',
    aggregation: 'mean',
    sasaran,
    budget: { items },
  };
}

function benchCheck(indicators: number): { ms: number; findings: number } {
  const text = JSON.stringify(generatedReport(indicators));
  const runs: number[] = [];
  let findings = 0;
  for (let r = 0; r < 5; r++) {
    const { ms, result } = time(() => {
      const parsed = parseReportData(JSON.parse(text));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
      return checkReport(parsed.data);
    });
    findings = result.length;
    runs.push(ms);
  }
  return { ms: median(runs), findings };
}

const capaianMs = benchCapaian(1_000_000);
const check = benchCheck(10_000);
console.log(
  `capaian + predikat, 1.000.000 indicator-years: ${capaianMs.toFixed(1)} ms (median of 7; goal ≤ 200 ms)`,
);
console.log(
  `parse + check, 10.000-indicator file: ${check.ms.toFixed(1)} ms (median of 5; goal ≤ 1000 ms; ${check.findings} findings)`,
);
