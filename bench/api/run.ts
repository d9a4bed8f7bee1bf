/**
 * API benchmark (issue: HTTP API). Not part of `npm test`.
 * A real server on loopback over the demo data (embedded PGlite in a temp
 * folder, or PostgreSQL when DATABASE_URL is set), driven by autocannon:
 *   - the agency dashboard recap: GET /api/agencies/:id/measurement?year=2023
 *     (goal ≥ 1.000 requests/s, p99 ≤ 50 ms)
 *   - the realisation-entry write: POST /api/realisations, each request a new
 *     period of one of 400 extra indicators (goal ≥ 300 writes/s, p99 ≤ 100 ms)
 * Run: npm run bench:api   (DATABASE_URL=postgres://… npm run bench:api)
 * BENCH_ONLY=writes (or recap, region) runs one of the three.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { eq } from 'drizzle-orm';
import { startServer } from '../../src/http/server.ts';
import { indicator, sasaranStrategis } from '../../src/store/schema/index.ts';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const EXTRA_INDICATORS = 400;
const ONLY = process.env.BENCH_ONLY;
const runs = (name: 'recap' | 'region' | 'writes'): boolean => ONLY === undefined || ONLY === name;

async function login(
  url: string,
  username: string,
  password: string,
): Promise<{ cookie: string; csrf: string; agencyId: string; regionId: string }> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const body = (await response.json()) as { csrfToken: string; agencyId: string; regionId: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, csrf: body.csrfToken, agencyId: body.agencyId, regionId: body.regionId };
}

type Run = { result: autocannon.Result; cpuMs: number };

/**
 * Runs autocannon and the process's CPU time meanwhile (server and client share
 * the process): CPU per request varies far less than req/s on a shared machine.
 */
async function run(options: autocannon.Options): Promise<Run> {
  const before = process.cpuUsage();
  const result = await autocannon(options);
  const used = process.cpuUsage(before);
  return { result, cpuMs: (used.user + used.system) / 1000 };
}

function summary(name: string, { result, cpuMs }: Run): string {
  const ok = result.requests.total - result.non2xx - result.errors;
  return (
    `${name}: ${result.requests.average.toFixed(0)} req/s (total ${result.requests.total}, ${ok} ok, ` +
    `${result.non2xx} non-2xx, ${result.errors} errors), latency p50 ${result.latency.p50} ms, ` +
    `p99 ${result.latency.p99} ms, max ${result.latency.max} ms; ` +
    `${(cpuMs / Math.max(1, result.requests.total)).toFixed(2)} ms CPU per request`
  );
}

const dir = await mkdtemp(join(tmpdir(), 'akuntabel-bench-api-'));
const engine = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
const server = await startServer({
  dataDir: process.env.DATABASE_URL ? undefined : join(dir, 'data'),
  port: 0,
  host: '127.0.0.1',
});
try {
  const operator = await login(server.url, 'operator.dinsos', 'demo-operator-2024');
  const evaluator = await login(server.url, 'evaluator.inspektorat', 'demo-evaluator-2024');

  // Extra indicators for the write benchmark: each write records a new period, like real data entry.
  const [sasaran] = await server.opened.db
    .select()
    .from(sasaranStrategis)
    .where(eq(sasaranStrategis.agencyId, operator.agencyId))
    .limit(1);
  if (!sasaran) throw new Error('demo sasaran missing');
  const rows = Array.from({ length: EXTRA_INDICATORS }, (_, i) => ({
    agencyId: operator.agencyId,
    renstraPeriodId: sasaran.renstraPeriodId,
    sasaranStrategisId: sasaran.id,
    code: `BENCH.${i + 1}`,
    name: `Indikator uji beban ${i + 1}`,
    unit: 'orang',
    polarity: 'positive' as const,
    periodAggregation: 'cumulative' as const,
  }));
  const extra = await server.opened.db.insert(indicator).values(rows).returning({ id: indicator.id });
  const keys = extra.flatMap((ind) =>
    [2021, 2022, 2023, 2024, 2025, 2026].flatMap((year) =>
      [1, 2, 3, 4].map((periodNo) => ({ indicatorId: ind.id, year, periodNo })),
    ),
  );

  const recap = !runs('recap')
    ? null
    : await run({
        url: `${server.url}/api/agencies/${operator.agencyId}/measurement?year=2023`,
        headers: { cookie: operator.cookie },
        connections: CONNECTIONS,
        duration: DURATION_S,
      });
  const region = !runs('region')
    ? null
    : await run({
        url: `${server.url}/api/regions/${evaluator.regionId}/recap?year=2023`,
        headers: { cookie: evaluator.cookie },
        connections: CONNECTIONS,
        duration: DURATION_S,
      });
  let next = 0;
  const writes = !runs('writes')
    ? null
    : await run({
        url: `${server.url}/api/realisations`,
        connections: CONNECTIONS,
        amount: Math.min(keys.length, 3000),
        requests: [
          {
            method: 'POST',
            headers: {
              cookie: operator.cookie,
              'x-csrf-token': operator.csrf,
              'content-type': 'application/json',
            },
            setupRequest: (request) => {
              const key = keys[next++ % keys.length]!;
              return {
                ...request,
                body: JSON.stringify({
                  ...key,
                  periodKind: 'quarter',
                  value: String(100 + (next % 50)).replace('.', ','),
                }),
              };
            },
          },
        ],
      });
  console.log(`engine: ${engine}; ${CONNECTIONS} connections; ${DURATION_S} s per read run`);
  if (recap) console.log(summary('agency recap (GET measurement)', recap));
  if (region) console.log(summary('region recap (GET recap, evaluator)', region));
  if (writes) console.log(summary('realisation writes (POST realisations)', writes));
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
