/**
 * Report benchmark (issue: LKjIP generator). Not part of `npm test`.
 *
 * 1. Warm renderer: the demo LKjIP's model built once in this process, each
 *    format rendered in the renderer process (src/report/render-process.ts,
 *    decision 0013) as the CLI and the report jobs do: the first render
 *    (process start, module loading), then the median of 5. Goals: .docx ≤ 1 s,
 *    .pdf ≤ 2 s, .xlsx ≤ 0,5 s; peak RSS of the process that renders ≤ 300 MB.
 *    Peak RSS is the kernel's high-water mark (VmHWM), of the renderer and of
 *    this process. `--in-process` renders here instead (the design before 0013).
 * 2. The server: `akuntabel start` on the demo data (a temporary PGlite folder,
 *    or DATABASE_URL), report jobs through the API (POST …/reports, poll the
 *    job), the server's and the renderer's peak RSS; then the same server with
 *    AKUNTABEL_RENDER_IN_PROCESS=1 for comparison. `--no-server` skips it.
 * 3. Cold CLI: `akuntabel report --demo --format F` in a new process, wall
 *    time. `--no-cold` skips it.
 *
 * Run: npm run bench:report   (DATABASE_URL=postgres://… for the server on PostgreSQL)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLkjipFromBundle, readDemoBundle } from '../../src/report/build-from-bundle.ts';
import { RenderProcess } from '../../src/report/render-process.ts';
import { renderFormat, type ReportFormat } from '../../src/report/render.ts';

const FORMATS = ['docx', 'pdf', 'xlsx'] as const;
const GOALS: Record<ReportFormat, number> = { docx: 1000, pdf: 2000, xlsx: 500 };
const RSS_GOAL_MB = 300;
const RUNS = 5;
const JOB_RUNS = 3;
/** How often the bench polls a job (the HTTP test polls every 100 ms too). */
const POLL_MS = 100;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'akuntabel.mjs');
const args = new Set(process.argv.slice(2));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** A field of /proc/<pid>/status in MB (VmHWM: peak resident set; VmRSS: now); NaN when unavailable. */
function statusMb(pid: number | 'self', field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(
      readFileSync(`/proc/${pid}/status`, 'utf8'),
    );
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

const mb = (value: number) => (Number.isNaN(value) ? '?' : `${value.toFixed(0)} MB`);
const verdict = (value: number) => (value <= RSS_GOAL_MB ? 'ok' : 'OVER');
const rows: string[] = [`load average before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`];

// 1. Warm renderer
const inProcess = args.has('--in-process');
const bundle = await readDemoBundle();
const t0 = performance.now();
const model = buildLkjipFromBundle(bundle, { locale: 'id' });
rows.push(`model (build + measure)  ${(performance.now() - t0).toFixed(1)} ms (first build in the process)`);
const renderer = new RenderProcess();
const render = (format: ReportFormat) =>
  inProcess ? renderFormat(model, format) : renderer.render(model, format);
rows.push(inProcess ? 'rendering in this process (--in-process)' : 'rendering in the renderer process');
for (const format of FORMATS) {
  let start = performance.now();
  await render(format); // first render: process start (once), module loading, font parsing
  const first = performance.now() - start;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    start = performance.now();
    bytes = (await render(format)).length;
    times.push(performance.now() - start);
  }
  const m = median(times);
  rows.push(
    `warm .${format.padEnd(4)}  median ${m.toFixed(0).padStart(5)} ms  (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; first ${first.toFixed(0)})  goal ≤ ${GOALS[format]} ms  ${m <= GOALS[format] ? 'ok' : 'OVER'}  ${(bytes / 1024).toFixed(0)} KiB`,
  );
}
if (!inProcess) {
  const peak = renderer.pid ? statusMb(renderer.pid, 'VmHWM') : renderer.lastPeakRss / 1024 / 1024;
  rows.push(`peak RSS, renderer process  ${mb(peak)}  goal ≤ ${RSS_GOAL_MB} MB  ${verdict(peak)}`);
  await renderer.close();
}
const self = statusMb('self', 'VmHWM');
rows.push(
  `peak RSS, this process  ${mb(self)}${inProcess ? `  goal ≤ ${RSS_GOAL_MB} MB  ${verdict(self)}` : ' (model, IPC; renders nothing)'}`,
);
console.log(rows.join('\n'));
rows.length = 0;

// 2. The server
type Session = { url: string; headers: Record<string, string>; agencyId: string };

async function login(url: string): Promise<Session> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'operator.dinsos', password: 'demo-operator-2024' }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const body = (await response.json()) as { csrfToken: string; agencyId: string };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return {
    url,
    agencyId: body.agencyId,
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': body.csrfToken },
  };
}

/** One report job through the API, from POST to done; milliseconds. */
async function job(session: Session, format: ReportFormat): Promise<number> {
  const start = performance.now();
  const started = await fetch(`${session.url}/api/agencies/${session.agencyId}/reports`, {
    method: 'POST',
    headers: session.headers,
    body: JSON.stringify({ year: 2023, kind: 'lkjip', format }),
  });
  const { jobId } = (await started.json()) as { jobId: string };
  for (;;) {
    const polled = await fetch(`${session.url}/api/jobs/${jobId}`, { headers: session.headers });
    const state = (await polled.json()) as { status: string; error: string | null };
    if (state.status === 'failed') throw new Error(`job failed: ${state.error}`);
    if (state.status === 'done') return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Child processes of `parent` whose command line mentions `text`. */
function childrenOf(parent: number, text: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent && readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(text))
        found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}

function startServer(
  dataDir: string | null,
  env: NodeJS.ProcessEnv,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [CLI, 'start', '--port', '0', ...(dataDir ? ['--data', dataDir] : [])],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      out += chunk;
      const match = /berjalan di (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function benchServer(): Promise<void> {
  const postgres = Boolean(process.env.DATABASE_URL);
  const dir = mkdtempSync(join(tmpdir(), 'akuntabel-bench-report-server-'));
  const dataDir = postgres ? null : join(dir, 'data');
  try {
    // The demo is loaded by its own command, so the server's peak is not the demo load's.
    execFileSync(process.execPath, [CLI, 'demo', ...(dataDir ? ['--data', dataDir] : [])], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    for (const mode of ['renderer process', 'in process'] as const) {
      const env = { ...process.env, AKUNTABEL_RENDER_IN_PROCESS: mode === 'in process' ? '1' : '0' };
      const { child, url } = await startServer(dataDir, env);
      const pid = child.pid!;
      try {
        const idle = statusMb(pid, 'VmRSS');
        const idlePeak = statusMb(pid, 'VmHWM');
        const session = await login(url);
        const times: string[] = [];
        const rendererPeaks: string[] = [];
        let rendererPeak = NaN;
        for (const format of FORMATS) {
          const first = await job(session, format);
          const rest: number[] = [];
          for (let i = 0; i < JOB_RUNS; i++) rest.push(await job(session, format));
          times.push(`.${format} ${median(rest).toFixed(0)} ms (first ${first.toFixed(0)})`);
          for (const r of childrenOf(pid, 'render-process-main')) {
            rendererPeak = Math.max(Number.isNaN(rendererPeak) ? 0 : rendererPeak, statusMb(r, 'VmHWM'));
            rendererPeaks.push(`${mb(rendererPeak)} after .${format}`);
          }
        }
        rows.push(
          `server (${postgres ? 'PostgreSQL' : 'PGlite'}), rendering ${mode}: jobs ${times.join(', ')} (median of ${JOB_RUNS} after the first; polled every ${POLL_MS} ms)`,
          `  server RSS idle ${mb(idle)} (peak so far ${mb(idlePeak)}), after the jobs ${mb(statusMb(pid, 'VmRSS'))}, peak ${mb(statusMb(pid, 'VmHWM'))}` +
            (mode === 'renderer process'
              ? `; renderer peak ${mb(rendererPeak)} (${rendererPeaks.join(', ')})  ${verdict(rendererPeak)}`
              : ''),
        );
      } finally {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!args.has('--no-server')) {
  await benchServer();
  console.log(rows.join('\n'));
  rows.length = 0;
}

// 3. Cold CLI
if (!args.has('--no-cold')) {
  const out = mkdtempSync(join(tmpdir(), 'akuntabel-bench-report-'));
  try {
    for (const format of FORMATS) {
      const start = performance.now();
      execFileSync(process.execPath, [CLI, 'report', '--demo', '--format', format, '--out', out], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'ignore'],
      });
      rows.push(
        `cold CLI .${format.padEnd(4)}  ${(performance.now() - start).toFixed(0)} ms (akuntabel report in a new process: load, build, render, write)`,
      );
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  console.log(rows.join('\n'));
}
