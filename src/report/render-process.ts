/**
 * Reports are rendered in a separate Node process (render-process-main.ts),
 * not in the server or the CLI process: a render needs ~100 MB of modules
 * (docx, pdfmake, exceljs, ECharts) and ~100 MB of heap, and V8 lets a busy
 * heap grow well past that before collecting. In the renderer process that
 * memory is bounded (V8 flags below) and given back to the system when the
 * process exits after a quiet spell; the server's own memory never grows by
 * a render (decision 0013).
 *
 * One renderer process serves the whole parent, one render at a time, in the
 * order asked (concurrent report jobs queue). It starts on the first render
 * (or `prepare`), stays while renders keep coming, and exits after
 * `idleMs` without any. It never keeps the parent alive: an idle CLI exits
 * as if it did not exist.
 *
 * Failures: an error thrown by a renderer comes back as that error; if the
 * process dies (out of memory, killed) or a render takes longer than
 * `timeoutMs`, the render rejects with a RenderProcessError saying so in
 * Indonesian, the process is discarded and the next render starts a new one.
 * A job therefore always ends, done or failed.
 *
 * AKUNTABEL_RENDER_IN_PROCESS=1 renders in the calling process instead (for
 * debugging, or where a process may not start another).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RenderableDocument } from './model.ts';
import type { RenderReply, RenderRequest } from './render-process-main.ts';
import { renderFormat, type ReportFormat } from './render.ts';

export type RenderProcessOptions = {
  /** V8 old-generation limit of the renderer, MB. */
  maxOldSpaceMb?: number;
  /** V8 young-generation semi-space limit of the renderer, MB. */
  maxSemiSpaceMb?: number;
  /** The renderer exits after this long without a render. */
  idleMs?: number;
  /** A render (including starting the process) taking longer fails and the process is killed. */
  timeoutMs?: number;
  /** The renderer's entry module (tests start one that misbehaves). */
  entry?: string;
};

/**
 * The renderer's V8 limits, measured on the demo LKjIP rendered 6 times in each format (bench/report,
 * decision 0013). V8 lets the old generation grow to a multiple of what survived the last
 * collection: 4× when the limit is 2 GB or more (the default on this machine), ~1,6× at 1 GB.
 * With V8's defaults the renderer peaked at ~440 MB; with a 1 GB limit ~310 MB; with semi-spaces
 * of 2 MB instead of 16 as well ~255–280 MB (4 MB: ~10 MB more), for ~20–40 % more CPU per
 * render than V8's defaults. The limit still leaves room for big reports (20 times the demo's
 * table rows: ~640 MB for the .docx).
 */
export const RENDER_PROCESS_DEFAULTS = {
  maxOldSpaceMb: 1024,
  maxSemiSpaceMb: 2,
  idleMs: 5 * 60_000,
  timeoutMs: 120_000,
} as const;

/** The renderer process died or hung; the message is the user's (Indonesian). */
export class RenderProcessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderProcessError';
  }
}

const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const MAIN = fileURLToPath(new URL('./render-process-main.ts', import.meta.url));
const STDERR_TAIL = 4096;

type Pending = {
  id: number;
  format: ReportFormat;
  resolve: (bytes: Buffer) => void;
  reject: (error: Error) => void;
};

type Running = { child: ChildProcess; ready: Promise<void>; stderr: string };

function exitReason(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  if (/heap out of memory|Reached heap limit/i.test(stderr)) return 'kehabisan memori';
  if (signal) return `dihentikan dengan sinyal ${signal}`;
  return `kode keluar ${code ?? '?'}`;
}

export class RenderProcess {
  readonly options: Required<Omit<RenderProcessOptions, 'entry'>> & { entry: string };
  private running: Running | null = null;
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  /** The renderer's peak resident memory (bytes) as it last reported it; 0 before any render. */
  lastPeakRss = 0;

  constructor(options: RenderProcessOptions = {}) {
    this.options = { ...RENDER_PROCESS_DEFAULTS, entry: MAIN, ...options };
  }

  /** The process id of the running renderer, if one runs. */
  get pid(): number | undefined {
    return this.running?.child.pid;
  }

  /** Starts the renderer (if needed) and has it load these formats' renderers, without waiting. */
  prepare(formats: readonly ReportFormat[]): void {
    try {
      const running = this.start();
      running.ready.then(
        () => this.post(running, { type: 'load', formats: [...formats] }),
        () => undefined,
      );
      if (!this.pending && this.waiting === 0) this.idle(running);
    } catch {
      // the render itself will report it
    }
  }

  /** Renders in the renderer process; renders queue one after another. */
  render(doc: RenderableDocument, format: ReportFormat): Promise<Buffer> {
    this.waiting++;
    const result = this.queue.then(() => this.renderNow(doc, format));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops the renderer (after the render in progress, if any, has been answered or failed). */
  async close(): Promise<void> {
    await this.queue;
    this.stop();
  }

  private renderNow(doc: RenderableDocument, format: ReportFormat): Promise<Buffer> {
    this.waiting--;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    return new Promise<Buffer>((resolve, reject) => {
      const id = this.nextId++;
      let running: Running | undefined;
      const timer = setTimeout(() => {
        this.kill(running);
        fail(
          new RenderProcessError(
            `Pembuatan berkas ${format} melebihi ${Math.round(this.options.timeoutMs / 1000)} detik dan dihentikan; berkas tidak dibuat.`,
          ),
        );
      }, this.options.timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        this.pending = null;
        if (this.running) this.idle(this.running);
      };
      const fail = (error: Error) => {
        if (this.pending?.id !== id) return;
        settle();
        reject(error);
      };
      this.pending = {
        id,
        format,
        resolve: (bytes) => {
          settle();
          resolve(bytes);
        },
        reject: fail,
      };
      try {
        running = this.start();
      } catch (error) {
        return fail(this.startError(error));
      }
      running.child.ref();
      running.child.channel?.ref();
      running.ready.then(
        () => this.post(running, { type: 'render', id, doc, format }),
        (error: unknown) => fail(this.startError(error)),
      );
    });
  }

  private startError(error: unknown): RenderProcessError {
    if (error instanceof RenderProcessError) return error;
    const why = error instanceof Error ? error.message : String(error);
    return new RenderProcessError(`Proses pembuat laporan tidak dapat dijalankan: ${why}`);
  }

  private post(running: Running, request: RenderRequest): void {
    if (this.running !== running || !running.child.connected) return;
    running.child.send(request, (error) => {
      // a lost 'load' costs nothing (the render loads what it needs); a lost render fails its request
      if (error && request.type === 'render' && this.pending?.id === request.id)
        this.pending.reject(this.startError(error));
    });
  }

  private start(): Running {
    if (this.running) return this.running;
    const { maxOldSpaceMb, maxSemiSpaceMb } = this.options;
    const child = fork(this.options.entry, [], {
      execArgv: [
        '--import',
        TSX_LOADER,
        `--max-old-space-size=${maxOldSpaceMb}`,
        `--max-semi-space-size=${maxSemiSpaceMb}`,
      ],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const running: Running = { child, ready, stderr: '' };
    this.running = running;
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      // what the renderer says (warnings, V8's out-of-memory report) goes where this process's goes
      process.stderr.write(chunk);
      running.stderr = (running.stderr + chunk).slice(-STDERR_TAIL);
    });
    child.on('message', (reply: RenderReply) => {
      if (reply.type === 'ready') return markReady();
      this.lastPeakRss = reply.peakRss;
      const pending = this.pending;
      if (!pending || pending.id !== reply.id) return;
      if (reply.type === 'done')
        pending.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      else pending.reject(new Error(reply.message));
    });
    const gone = (error: Error) => {
      if (this.running === running) this.running = null;
      markFailed(error);
      this.pending?.reject(error);
    };
    child.on('error', (error) => gone(this.startError(error)));
    child.on('exit', (code, signal) => {
      const format = this.pending?.format;
      gone(
        new RenderProcessError(
          `Proses pembuat laporan berhenti tiba-tiba (${exitReason(code, signal, running.stderr)})` +
            `${format ? ` saat membuat berkas ${format}` : ''}; berkas tidak dibuat. Coba lagi; bila berulang, laporkan ke administrator.`,
        ),
      );
    });
    return running;
  }

  /** Nothing to render: let the parent exit freely, and stop the renderer after a quiet spell. */
  private idle(running: Running): void {
    if (this.waiting > 0 || this.pending) return;
    running.child.unref();
    running.child.channel?.unref();
    const stderr = running.child.stderr as { unref?: () => void } | null;
    stderr?.unref?.();
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.running === running && !this.pending && this.waiting === 0) this.stop();
    }, this.options.idleMs);
    this.idleTimer.unref();
  }

  private stop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const running = this.running;
    if (!running) return;
    this.running = null;
    // Closing the channel makes the renderer exit by itself (render-process-main.ts).
    if (running.child.connected) running.child.disconnect();
    else this.kill(running);
  }

  private kill(running: Running | undefined): void {
    if (!running) return;
    if (this.running === running) this.running = null;
    running.child.kill('SIGKILL');
  }
}

let shared: RenderProcess | null = null;

/** The renderer process of this process (created on first use). */
export function sharedRenderProcess(): RenderProcess {
  shared ??= new RenderProcess();
  return shared;
}

function inProcess(): boolean {
  return process.env['AKUNTABEL_RENDER_IN_PROCESS'] === '1';
}

/** Renders a report file: in the renderer process, or here with AKUNTABEL_RENDER_IN_PROCESS=1. */
export function renderReport(doc: RenderableDocument, format: ReportFormat): Promise<Buffer> {
  return inProcess() ? renderFormat(doc, format) : sharedRenderProcess().render(doc, format);
}

/** Starts the renderer process and loads these formats' renderers while the caller builds the model. */
export function prepareRenderer(formats: readonly ReportFormat[]): void {
  if (!inProcess()) sharedRenderProcess().prepare(formats);
}

/** Writes `<dir>/<baseName>.<format>` for each format; returns the paths written. */
export async function writeDocument(
  doc: RenderableDocument,
  formats: readonly ReportFormat[],
  dir: string,
  baseName: string,
): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    const bytes = await renderReport(doc, format);
    const path = join(dir, `${baseName}.${format}`);
    await writeFile(path, bytes);
    written.push(path);
  }
  return written;
}
