/**
 * Golden: the demo agency loaded into the database (loadDemo), its LKjIP
 * 2023 built from the database through the services (loadLkjipSource →
 * buildLkjipModel) gives the figures the bundle path gives and the
 * published report prints: capaian 100,72 / 100,00 / 112,23 / 103,34,
 * average 104,07 Sangat Tinggi; pagu 6.737.357.519, realisasi
 * 6.420.276.477, serapan 95,29 %; the PK table's targets 74 / 95 / 65 / 85.
 * The .docx and .xlsx rendered from it carry those figures; a finalised
 * LKjIP is rebuilt from its snapshot to the same bytes; a foreign agency's
 * user is refused.
 */
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLkjipFromBundle, readDemoBundle } from '../../../src/report/build-from-bundle.ts';
import { buildLkjipModel } from '../../../src/report/build-lkjip.ts';
import { buildPkDocumentModel } from '../../../src/report/build-pk.ts';
import { tablesOf, type LkjipReportModel } from '../../../src/report/model.ts';
import { renderFormat } from '../../../src/report/render.ts';
import { XLSX_HEADER_ROW } from '../../../src/report/render-xlsx.ts';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import type { ServiceContext, ServiceActor } from '../../../src/services/context.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../../src/services/demo/load-demo.ts';
import { loadLkjipSource } from '../../../src/services/report/load-lkjip-source.ts';
import { loadPkDocumentSource } from '../../../src/services/report/load-pk-document-source.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { finalizeLkjip } from '../../../src/services/review/finalize-lkjip.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
import { agency, appUser, lkjipReport, realisation } from '../../../src/store/schema/index.ts';
import { seedSmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let loaded: LoadDemoResult;
const NOW = new Date('2024-02-20T03:00:00Z');

async function actorOf(username: string): Promise<ServiceActor> {
  const [user] = await t.db.select().from(appUser).where(eq(appUser.username, username));
  const actor = await actorForUser(t.db, user!.id);
  if (!actor) throw new Error(`${username} is not an actor`);
  return actor;
}
const ctxOf = (actor: ServiceActor, now: Date = NOW): ServiceContext => ({
  db: t.db,
  actor,
  origin: 'web',
  now: () => now,
});

beforeAll(async () => {
  t = await createTestDatabase();
  loaded = await loadDemo(t.db, await readAgencyBundle(), { now: new Date('2024-02-20T02:00:00Z') });
}, 120_000);
afterAll(async () => t.close());

function headings(model: LkjipReportModel): string[] {
  return model.parts.flatMap((p) => p.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])));
}

const CHAPTERS = [
  'KATA PENGANTAR',
  'IKHTISAR EKSEKUTIF',
  'BAB I PENDAHULUAN',
  'BAB II PERENCANAAN DAN PERJANJIAN KINERJA',
  'BAB III AKUNTABILITAS KINERJA',
  'BAB IV PENUTUP',
  'LAMPIRAN 1: PERUBAHAN PERJANJIAN KINERJA 2023',
];

describe('the demo LKjIP 2023 built from the database', () => {
  let model: LkjipReportModel;
  let ms = 0;

  beforeAll(async () => {
    const started = performance.now();
    const { source, from } = await loadLkjipSource(ctxOf(await actorOf('operator.dinsos')), {
      agencyId: loaded.agencyId,
      year: 2023,
      createdAt: '2024-02-20T00:00:00.000Z',
    });
    expect(from).toBe('live');
    model = buildLkjipModel(source);
    ms = performance.now() - started;
  }, 60_000);

  it('gives the figures of the bundle path and the published report', async () => {
    expect(model.figures.indicatorCapaian.map((i) => i.capaian.text)).toEqual([
      '100,72',
      '100,00',
      '112,23',
      '103,34',
    ]);
    expect(model.figures.overallCapaian.text).toBe('104,07');
    expect(model.figures.overallPredikat).toBe('Sangat Tinggi');
    expect(model.figures.indicatorCount).toBe(4);
    expect(model.figures.pagu.text).toBe('Rp 6.737.357.519');
    expect(model.figures.realisasi.text).toBe('Rp 6.420.276.477');
    expect(model.figures.serapan.text).toBe('95,29');
    const bundle = buildLkjipFromBundle(await readDemoBundle(), { locale: 'id' });
    expect(model.figures).toEqual({
      ...bundle.figures,
      // the bundle names its indicators and sasaran by code too (SS1, SS1.1)
      sasaranCapaian: bundle.figures.sasaranCapaian,
      indicatorCapaian: bundle.figures.indicatorCapaian,
    });
    console.log(`LKjIP model from the database: ${Math.round(ms)} ms`);
  });

  it('has every chapter, the PK table with targets 74 / 95 / 65 / 85, and the agency texts', () => {
    const h = headings(model);
    for (const title of CHAPTERS) expect(h).toContain(title);
    const pkTable = tablesOf(model).find((tb) => tb.caption.includes('Perubahan Perjanjian Kinerja'))!;
    expect(pkTable.rows.map((r) => r.cells.at(-1)!.value)).toEqual([74, 95, 65, 85]);
    // written in the database: not generated
    expect(model.generatedSections).not.toContain('ikhtisar');
    expect(model.generatedSections).not.toContain('kesimpulan');
    expect(model.generatedSections).not.toContain('sasaran.SS3.causes');
    // none stored: generated and marked
    expect(model.generatedSections).toContain('kataPengantar');
    const sig = model.parts.flatMap((p) => p.blocks).find((b) => b.type === 'signature');
    expect(sig).toMatchObject({ right: { name: 'Ir. Indra Suriani', nip: 'NIP. 19670812 199303 2 011' } });
  });

  it('is written in English on request (numbers 104.07, headings in English)', async () => {
    const { source } = await loadLkjipSource(ctxOf(await actorOf('evaluator.inspektorat')), {
      agencyId: loaded.agencyId,
      year: 2023,
      locale: 'en',
    });
    const en = buildLkjipModel(source);
    expect(en.figures.overallCapaian.text).toBe('104.07');
    expect(headings(en)).toContain('CHAPTER III PERFORMANCE ACCOUNTABILITY');
  });

  it('renders a .docx and an .xlsx carrying the figures', async () => {
    const started = performance.now();
    const docx = await renderFormat(model, 'docx');
    console.log(
      `demo LKjIP .docx rendered from the database model: ${Math.round(performance.now() - started)} ms`,
    );
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    for (const figure of [
      '100,72',
      '112,23',
      '104,07',
      'Sangat Tinggi',
      '6.737.357.519',
      '6.420.276.477',
      '95,29',
    ])
      expect(xml).toContain(figure);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderFormat(model, 'xlsx')) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const tables = tablesOf(model);
    const measured = workbook.getWorksheet(tables.find((tb) => tb.id === 'pengukuran-kinerja')!.sheetName)!;
    const values: unknown[] = [];
    measured.eachRow((row, n) => {
      if (n > XLSX_HEADER_ROW) row.eachCell((cell) => values.push(cell.value));
    });
    expect(values.some((v) => typeof v === 'number' && v.toFixed(2) === '104.07')).toBe(true);
    expect(values.some((v) => typeof v === 'number' && v.toFixed(2) === '112.23')).toBe(true);
  }, 60_000);
});

describe('the Perjanjian Kinerja document from the database', () => {
  it('is the signed perubahan with targets 74 / 95 / 65 / 85 and both signatories', async () => {
    const { source, createdAt } = await loadPkDocumentSource(ctxOf(await actorOf('viewer')), {
      agencyId: loaded.agencyId,
      year: 2023,
    });
    const pk = buildPkDocumentModel(source, 'id', createdAt);
    expect(pk.version).toBe('perubahan');
    const target = tablesOf(pk).find((tb) => tb.id === 'pk-perubahan-target')!;
    expect(target.rows.map((r) => r.cells.at(-1)!.value)).toEqual([74, 95, 65, 85]);
    const sig = pk.parts.flatMap((p) => p.blocks).find((b) => b.type === 'signature');
    expect(sig).toMatchObject({
      left: { name: 'SAFARUDDIN DT. BANDARO RAJO' },
      right: { name: 'Ir. Indra Suriani' },
    });
    const again = await loadPkDocumentSource(ctxOf(await actorOf('viewer')), {
      agencyId: loaded.agencyId,
      year: 2023,
    });
    expect(await renderFormat(buildPkDocumentModel(again.source, 'id', again.createdAt), 'docx')).toEqual(
      await renderFormat(pk, 'docx'),
    );
  }, 60_000);
});

describe('a final LKjIP', () => {
  it('is rebuilt from its snapshot: same bytes twice, unchanged by later edits', async () => {
    const operator = ctxOf(await actorOf('operator.dinsos'));
    const kepala = ctxOf(await actorOf('kepala.dinsos'));
    const draft = await createLkjipDraft(operator, { agencyId: loaded.agencyId, year: 2023 });
    const submitted = await submitLkjipForReview(kepala, { reportId: draft.id, version: draft.version });
    const final = await finalizeLkjip(kepala, { reportId: draft.id, version: submitted.version });
    expect(final.status).toBe('final');

    const build = async () => {
      const loadedSource = await loadLkjipSource(ctxOf(await actorOf('viewer'), new Date()), {
        agencyId: loaded.agencyId,
        year: 2023,
      });
      expect(loadedSource.from).toBe('snapshot');
      expect(loadedSource.source.createdAt).toBe(NOW.toISOString());
      return buildLkjipModel(loadedSource.source);
    };
    const first = await build();
    expect(first.figures.overallCapaian.text).toBe('104,07');
    const firstBytes = await renderFormat(first, 'docx');

    // A change to the records after finalisation does not reach the final report.
    await t.db.update(realisation).set({ value: '1' }).where(eq(realisation.agencyId, loaded.agencyId));
    const second = await build();
    expect(second.figures.overallCapaian.text).toBe('104,07');
    expect(await renderFormat(second, 'docx')).toEqual(firstBytes);
    expect(await renderFormat(second, 'xlsx')).toEqual(await renderFormat(first, 'xlsx'));
    const [row] = await t.db.select().from(lkjipReport).where(eq(lkjipReport.id, draft.id));
    expect((row!.snapshot as { content: { report: unknown } }).content.report).toBeTruthy();
  }, 120_000);
});

describe('access', () => {
  it("refuses another agency's user (forbidden) and a bad id (validation)", async () => {
    const other = await seedSmallAgency(t.db, '77');
    void other;
    const [foreign] = await t.db.select().from(agency).where(eq(agency.id, other.agency.id));
    expect(foreign).toBeDefined();
    const operator = ctxOf(await actorOf('operator.dinsos'));
    await expect(loadLkjipSource(operator, { agencyId: other.agency.id, year: 2023 })).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      loadPkDocumentSource(operator, { agencyId: other.agency.id, year: 2023 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(loadLkjipSource(operator, { agencyId: 'x', year: 2023 })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
