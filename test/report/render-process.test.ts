/**
 * The renderer process (src/report/render-process.ts): the demo LKjIP comes
 * back byte for byte as rendered in process; a renderer's error comes back as
 * that error; a renderer that dies (exits, runs out of memory) or hangs fails
 * the render with a clear Indonesian message instead of leaving it waiting,
 * and the next render gets a new process; concurrent renders queue; the
 * `akuntabel report` command exits once its files are written.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLkjipFromBundle, readDemoBundle } from '../../src/report/build-from-bundle.ts';
import type { LkjipReportModel, RenderableDocument } from '../../src/report/model.ts';
import { RenderProcess, RenderProcessError } from '../../src/report/render-process.ts';
import { renderFormat } from '../../src/report/render.ts';

const MISBEHAVING = fileURLToPath(new URL('./fixtures/misbehaving-renderer.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A stand-in document whose title tells the misbehaving renderer what to do. */
const asking = (how: string) => ({ meta: { title: how }, parts: [] }) as unknown as RenderableDocument;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

let model: LkjipReportModel;
const renderers: RenderProcess[] = [];
const renderer = (options: ConstructorParameters<typeof RenderProcess>[0] = {}) => {
  const r = new RenderProcess(options);
  renderers.push(r);
  return r;
};

beforeAll(async () => {
  model = buildLkjipFromBundle(await readDemoBundle(), { locale: 'id' });
});
afterAll(async () => {
  await Promise.all(renderers.map((r) => r.close()));
});

describe('the renderer process', () => {
  it('renders the demo LKjIP exactly as in process, and reports its peak memory', async () => {
    const r = renderer();
    const [docx, xlsx] = await Promise.all([r.render(model, 'docx'), r.render(model, 'xlsx')]);
    expect(docx.equals(await renderFormat(model, 'docx'))).toBe(true);
    expect(xlsx.equals(await renderFormat(model, 'xlsx'))).toBe(true);
    expect(r.lastPeakRss).toBeGreaterThan(0);
    expect(r.pid).toBeGreaterThan(0);
  }, 120_000);

  it("passes a renderer's error on and keeps the process", async () => {
    const r = renderer({ entry: MISBEHAVING });
    expect(new TextDecoder().decode(await r.render(asking('ok'), 'docx'))).toBe('ok');
    const pid = r.pid;
    const error = await rejection(r.render(asking('throw'), 'pdf'));
    expect(error).not.toBeInstanceOf(RenderProcessError);
    expect(error.message).toBe('rusak');
    expect(r.pid).toBe(pid);
  }, 60_000);

  it('fails a render whose process exits, and starts a new process for the next', async () => {
    const r = renderer({ entry: MISBEHAVING });
    const queued = [r.render(asking('crash'), 'docx'), r.render(asking('after'), 'xlsx')];
    const error = await rejection(queued[0]!);
    expect(error).toBeInstanceOf(RenderProcessError);
    expect(error.message).toBe(
      'Proses pembuat laporan berhenti tiba-tiba (kode keluar 3) saat membuat berkas docx; berkas tidak dibuat. Coba lagi; bila berulang, laporkan ke administrator.',
    );
    expect(new TextDecoder().decode(await queued[1]!)).toBe('after');
  }, 60_000);

  it('says the renderer ran out of memory when its heap limit is reached', async () => {
    const r = renderer({ entry: MISBEHAVING, maxOldSpaceMb: 32 });
    const error = await rejection(r.render(asking('oom'), 'pdf'));
    expect(error).toBeInstanceOf(RenderProcessError);
    expect(error.message).toContain('(kehabisan memori) saat membuat berkas pdf');
    expect(r.pid).toBeUndefined();
  }, 60_000);

  it('stops a render that takes longer than the time limit, and kills the process', async () => {
    const r = renderer({ entry: MISBEHAVING, timeoutMs: 3_000 });
    await r.render(asking('ok'), 'docx');
    const pid = r.pid!;
    const error = await rejection(r.render(asking('hang'), 'xlsx'));
    expect(error.message).toBe('Pembuatan berkas xlsx melebihi 3 detik dan dihentikan; berkas tidak dibuat.');
    await expect.poll(() => isAlive(pid), { timeout: 5_000 }).toBe(false);
  }, 60_000);

  it('`akuntabel report` writes its file and exits (the idle renderer does not keep it alive)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'akuntabel-render-process-'));
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['bin/akuntabel.mjs', 'report', '--demo', '--format', 'xlsx', '--out', out],
        { cwd: ROOT, timeout: 90_000 },
      );
      expect(stdout.trim()).toBe(join(out, 'lkjip-2023-dinas-sosial-kabupaten-lima-puluh-kota.xlsx'));
      expect(await readdir(out)).toEqual(['lkjip-2023-dinas-sosial-kabupaten-lima-puluh-kota.xlsx']);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 120_000);
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
