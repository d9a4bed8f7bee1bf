/**
 * The renderer process (started by render-process.ts, never run by hand): it
 * receives a document model and a format over the IPC channel, renders it
 * with the in-process renderers (render.ts) and sends the bytes back, one
 * request at a time.
 *
 * It reports its peak resident memory with each answer (the bench reads it),
 * and exits when the parent goes away (the channel closes). Its memory is
 * bounded by the V8 flags it is started with (render-process.ts), not by
 * forced collections: a full collection after each render halved the peak's
 * distance to the loaded modules but doubled the next render's time.
 */
import { readFileSync } from 'node:fs';
import type { RenderableDocument } from './model.ts';
import { loadRenderers, REPORT_FORMATS, renderFormat, type ReportFormat } from './render.ts';

export type RenderRequest =
  | { type: 'render'; id: number; doc: RenderableDocument; format: ReportFormat }
  | { type: 'load'; formats: ReportFormat[] };

export type RenderReply =
  | { type: 'ready' }
  | { type: 'done'; id: number; bytes: Uint8Array; peakRss: number }
  | { type: 'failed'; id: number; message: string; peakRss: number };

/** Peak resident set size of this process in bytes (Linux: VmHWM; elsewhere getrusage's maxRSS). */
export function peakRssBytes(): number {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

function send(reply: RenderReply): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(reply, undefined, undefined, () => resolve());
  });
}

let queue: Promise<void> = Promise.resolve();

async function handle(request: RenderRequest): Promise<void> {
  if (request.type === 'load') {
    // Loading ahead is an optimisation: a failure shows again when the format is rendered.
    await loadRenderers(request.formats).catch(() => undefined);
    return;
  }
  let reply: RenderReply;
  try {
    if (!REPORT_FORMATS.includes(request.format)) throw new Error(`format tidak dikenal: ${request.format}`);
    const bytes = await renderFormat(request.doc, request.format);
    reply = { type: 'done', id: request.id, bytes, peakRss: peakRssBytes() };
  } catch (error) {
    const message = error instanceof Error && error.message !== '' ? error.message : String(error);
    reply = { type: 'failed', id: request.id, message, peakRss: peakRssBytes() };
  }
  await send(reply);
}

if (process.send) {
  process.on('message', (request: RenderRequest) => {
    queue = queue.then(() => handle(request));
  });
  process.on('disconnect', () => process.exit(0));
  void send({ type: 'ready' });
}
