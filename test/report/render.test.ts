/**
 * The rendered files: the .xlsx read back with exceljs, the .docx text read
 * from word/document.xml, and, where LibreOffice and poppler-utils are
 * installed (.ci/run installs them), the .docx converted to PDF by LibreOffice
 * and the PDF's text extracted, as a reader would see it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildLkjipFromBundle,
  buildPkFromBundle,
  readDemoBundle,
} from '../../src/report/build-from-bundle.ts';
import { tablesOf, type LkjipReportModel } from '../../src/report/model.ts';
import { renderDocx } from '../../src/report/render-docx.ts';
import { renderPdf } from '../../src/report/render-pdf.ts';
import { renderXlsx, XLSX_HEADER_ROW } from '../../src/report/render-xlsx.ts';

const run = promisify(execFile);

async function has(command: string): Promise<boolean> {
  try {
    await run('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

const hasSoffice = await has('soffice');
const hasPdftotext = await has('pdftotext');

const CHAPTERS = [
  'KATA PENGANTAR',
  'IKHTISAR EKSEKUTIF',
  'DAFTAR ISI',
  'DAFTAR TABEL',
  'DAFTAR GRAFIK',
  'BAB I PENDAHULUAN',
  'BAB II PERENCANAAN DAN PERJANJIAN KINERJA',
  'BAB III AKUNTABILITAS KINERJA',
  'BAB IV PENUTUP',
  'LAMPIRAN 1',
];
const FIGURES = ['100,72', '112,23', '104,07', 'Sangat Tinggi', '6.420.276.477', '95,29'];

let model: LkjipReportModel;
let dir: string;

beforeAll(async () => {
  model = buildLkjipFromBundle(await readDemoBundle(), { locale: 'id' });
  dir = await mkdtemp(join(tmpdir(), 'akuntabel-report-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pdfText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

describe('.xlsx', () => {
  it('has each table on its own sheet, numbers stored as numbers with number formats', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderXlsx(model)) as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const tables = tablesOf(model);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.sheetName));
    const measured = workbook.getWorksheet(tables.find((t) => t.id === 'pengukuran-kinerja')!.sheetName)!;
    expect(measured.views[0]).toMatchObject({ state: 'frozen', ySplit: XLSX_HEADER_ROW });
    expect(measured.getRow(XLSX_HEADER_ROW).getCell(6).value).toBe('% Capaian');
    const first = measured.getRow(XLSX_HEADER_ROW + 1);
    expect(first.getCell(4).value).toBe(74);
    expect(first.getCell(5).value).toBe(74.53);
    expect(first.getCell(6).value).toBeCloseTo(100.7162, 4);
    expect(first.getCell(6).numFmt).toBe('#,##0.00');
    const budget = workbook.getWorksheet(tables.find((t) => t.id === 'realisasi-anggaran')!.sheetName)!;
    const values = budget.getSheetValues().flat();
    expect(values).toContain(6_420_276_477);
    expect(values).toContain(6_737_357_519);
  });

  it('is the same bytes for the same model, also a second later (zip entries carry no clock time)', async () => {
    const first = await renderXlsx(model);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // zip times have a 2-second resolution
    expect((await renderXlsx(model)).equals(first)).toBe(true);
  });
});

describe('.docx', () => {
  let docx: Buffer;
  beforeAll(async () => {
    docx = await renderDocx(model);
    await writeFile(join(dir, 'lkjip.docx'), docx);
  });

  it('contains every chapter heading and the key figures, with Word heading styles and a TOC field', async () => {
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const t of [...CHAPTERS, ...FIGURES]) expect(text).toContain(t);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('TOC \\o &quot;1-3&quot;');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('is the same bytes for the same model, also seconds later', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await renderDocx(model)).equals(docx)).toBe(true);
  });

  it.skipIf(!hasSoffice || !hasPdftotext)(
    'converted by LibreOffice, shows every chapter, the figures and TOC page numbers (needs soffice and pdftotext)',
    async () => {
      const profile = await mkdtemp(join(tmpdir(), 'akuntabel-lo-'));
      try {
        await run(
          'soffice',
          [
            `-env:UserInstallation=file://${profile}`,
            '--headless',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, 'lkjip.docx'),
          ],
          { timeout: 120_000 },
        );
      } finally {
        await rm(profile, { recursive: true, force: true });
      }
      const text = await pdfText(join(dir, 'lkjip.pdf'));
      for (const t of [...CHAPTERS, ...FIGURES]) expect(text).toContain(t);
      // The TOC carries page numbers: "BAB III AKUNTABILITAS KINERJA.....9".
      expect(text).toMatch(/BAB III AKUNTABILITAS KINERJA\.+\s*\d+/);
      expect(text).toMatch(/Tabel 3\.2 Realisasi dan Persentase Capaian Indikator Kinerja\.+\s*\d+/);
    },
    180_000,
  );
});

describe('.pdf', () => {
  it.skipIf(!hasPdftotext)('shows every chapter heading and the key figures (needs pdftotext)', async () => {
    const pdf = await renderPdf(model);
    await writeFile(join(dir, 'direct.pdf'), pdf);
    const text = await pdfText(join(dir, 'direct.pdf'));
    for (const t of [...CHAPTERS, ...FIGURES]) expect(text).toContain(t);
    expect(text).toMatch(/Grafik 3\.1 Target dan Realisasi Sasaran I\s+\d+/);
  });

  it('is the same bytes for the same model', async () => {
    const a = await renderPdf(model);
    const b = await renderPdf(model);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.equals(b)).toBe(true);
  });
});

describe('Perjanjian Kinerja document', () => {
  it.skipIf(!hasPdftotext)('has both parties, the targets and the budget total', async () => {
    const pk = buildPkFromBundle(await readDemoBundle(), { locale: 'id' })!;
    await writeFile(join(dir, 'pk.pdf'), await renderPdf(pk));
    const text = await pdfText(join(dir, 'pk.pdf'));
    for (const t of [
      'PERUBAHAN PERJANJIAN KINERJA',
      'SAFARUDDIN DT. BANDARO RAJO',
      'Ir. Indra Suriani',
      'NIP. 19670812 199303 2 011',
      '74 %',
      '6.737.357.519',
    ])
      expect(text).toContain(t);
    const docx = await renderDocx(pk);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    expect(xml).toContain('Pihak Kedua');
  });
});
