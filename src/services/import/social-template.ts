/**
 * The social-data template of an agency-year (import kind `sosial`) as an
 * .xlsx workbook: sheets "PPKS" (every category × the whole region and each
 * kecamatan), "PSKS" (every type × the same) and "Bantuan" (every programme,
 * per name of assistance already recorded, × the same), with what is already
 * recorded filled in — so a downloaded template imported unchanged changes
 * nothing; sheet "Petunjuk" explains the columns and rules and lists the
 * valid categories, types, programmes and kecamatan.
 */
import ExcelJS from 'exceljs';
import { ASSISTANCE_PROGRAMS, PPKS_CATEGORIES, PSKS_TYPES } from '../../store/schema/enums.ts';
import { PSKS_LABELS } from '../report/report-labels.ts';
import {
  assistanceKey,
  ppksKey,
  psksKey,
  type SocialImportFacts,
  type StoredAssistance,
} from './social-import-facts.ts';
import {
  ASSISTANCE_CODES,
  ASSISTANCE_COLUMNS,
  ASSISTANCE_SHEET,
  PPKS_CODES,
  PPKS_COLUMNS,
  PPKS_SHEET,
  PSKS_CODES,
  PSKS_COLUMNS,
  PSKS_SHEET,
  FIRST_DATA_ROW,
  GUIDE_SHEET,
  HEADER_ROW,
  WHOLE_REGION,
  type SocialColumn,
} from './social-sheets.ts';
import { GIVEN_FILL, writeTemplateHeader } from './template-sheet.ts';

type Cell = string | number | null;

/** A stored decimal as an Excel number when a double holds it exactly enough (15 digits); else text. */
function decimalCell(stored: string | null): Cell {
  if (stored === null) return null;
  const n = Number(stored);
  return Number.isFinite(n) && stored.replace(/[^0-9]/g, '').replace(/^0+/, '').length <= 15 ? n : stored;
}

/** The whole region first, then each kecamatan by name. */
function places(facts: SocialImportFacts): { id: string | null; name: string }[] {
  return [{ id: null, name: WHOLE_REGION }, ...facts.kecamatan.map((k) => ({ id: k.id, name: k.name }))];
}

export function ppksTemplateRows(facts: SocialImportFacts, year: number): Cell[][] {
  const stored = new Map(facts.ppks.map((r) => [ppksKey(r), r]));
  const rows: Cell[][] = [];
  for (const category of PPKS_CATEGORIES)
    for (const place of places(facts)) {
      const s = stored.get(ppksKey({ category, kecamatanId: place.id }));
      rows.push([
        year,
        category,
        PPKS_CODES.nameOf(category),
        place.name,
        s?.count ?? null,
        s?.served ?? null,
        s?.dataSource ?? null,
      ]);
    }
  return rows;
}

export function psksTemplateRows(facts: SocialImportFacts, year: number): Cell[][] {
  const stored = new Map(facts.psks.map((r) => [psksKey(r), r]));
  const rows: Cell[][] = [];
  for (const type of PSKS_TYPES)
    for (const place of places(facts)) {
      const s = stored.get(psksKey({ type, kecamatanId: place.id }));
      rows.push([
        year,
        type,
        PSKS_CODES.nameOf(type),
        place.name,
        s?.count ?? null,
        PSKS_LABELS[type].unit || null,
        s?.dataSource ?? null,
      ]);
    }
  return rows;
}

export function assistanceTemplateRows(facts: SocialImportFacts, year: number): Cell[][] {
  const stored = new Map<string, StoredAssistance>(facts.assistance.map((r) => [assistanceKey(r), r]));
  const rows: Cell[][] = [];
  for (const program of ASSISTANCE_PROGRAMS) {
    const labels = [
      ...new Set(facts.assistance.filter((r) => r.program === program).map((r) => r.programLabel)),
    ];
    for (const label of labels.length > 0 ? labels : [''])
      for (const place of places(facts)) {
        const s = stored.get(assistanceKey({ program, programLabel: label, kecamatanId: place.id }));
        rows.push([
          year,
          program,
          ASSISTANCE_CODES.nameOf(program),
          label === '' ? null : label,
          place.name,
          s?.recipients ?? null,
          decimalCell(s?.units ?? null),
          s?.unitName ?? null,
          s?.value ?? null,
          s?.fundingSource ?? null,
        ]);
      }
  }
  return rows;
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: {
    name: string;
    title: string;
    columns: readonly SocialColumn[];
    given: number;
    numbers: Record<number, string>;
  },
  rows: readonly Cell[][],
): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  writeTemplateHeader(sheet, spec.title, spec.columns);
  rows.forEach((values, i) => {
    const row = sheet.getRow(FIRST_DATA_ROW + i);
    row.values = values;
    for (let col = 1; col <= spec.given; col++) row.getCell(col).fill = GIVEN_FILL;
    for (const [col, format] of Object.entries(spec.numbers)) row.getCell(Number(col)).numFmt = format;
  });
}

const WHOLE = '#,##0';
const DECIMAL = '#,##0.##########';

export async function writeSocialWorkbook(
  facts: SocialImportFacts,
  meta: { agencyName: string; year: number },
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Akuntabel';
  const { year, agencyName } = meta;
  writeSheet(
    workbook,
    {
      name: PPKS_SHEET,
      title: `Data PPKS ${agencyName} Tahun ${year}`,
      columns: PPKS_COLUMNS,
      given: 4,
      numbers: { 5: WHOLE, 6: WHOLE },
    },
    ppksTemplateRows(facts, year),
  );
  writeSheet(
    workbook,
    {
      name: PSKS_SHEET,
      title: `Data PSKS ${agencyName} Tahun ${year}`,
      columns: PSKS_COLUMNS,
      given: 4,
      numbers: { 5: WHOLE },
    },
    psksTemplateRows(facts, year),
  );
  writeSheet(
    workbook,
    {
      name: ASSISTANCE_SHEET,
      title: `Penyaluran Bantuan Sosial ${agencyName} Tahun ${year}`,
      columns: ASSISTANCE_COLUMNS,
      given: 3,
      numbers: { 6: WHOLE, 7: DECIMAL, 9: WHOLE },
    },
    assistanceTemplateRows(facts, year),
  );
  writeGuide(workbook.addWorksheet(GUIDE_SHEET), facts, year);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function writeGuide(sheet: ExcelJS.Worksheet, facts: SocialImportFacts, year: number): void {
  sheet.columns = [{ width: 34 }, { width: 90 }];
  const headings = new Set<number>();
  const lines: [string, string][] = [];
  const heading = (a: string, b = '') => {
    headings.add(lines.length);
    lines.push([a, b]);
  };
  heading('Petunjuk pengisian', `Templat data kesejahteraan sosial tahun ${year}`);
  lines.push(['', '']);
  heading('Lembar', 'Isi');
  lines.push(
    [
      'PPKS',
      'Pemerlu Pelayanan Kesejahteraan Sosial per kategori dan kecamatan, dengan yang mendapat pelayanan.',
    ],
    ['PSKS', 'Potensi dan Sumber Kesejahteraan Sosial per jenis dan kecamatan.'],
    ['Bantuan', 'Penyaluran bantuan sosial per program dan kecamatan: penerima, unit, nilai, sumber dana.'],
    ['', ''],
  );
  heading('Kolom', 'Aturan');
  lines.push(
    ['Tahun', `Harus ${year} (tahun yang dipilih saat impor).`],
    [
      'Kode Kategori / Kode Jenis / Kode Program',
      'Kode dari daftar di bawah. Boleh juga nama lengkapnya; bila kode kosong, kolom Nama yang dibaca.',
    ],
    ['Nama Kategori / Nama Jenis / Nama Program, Satuan (PSKS)', 'Hanya keterangan bila kode diisi.'],
    [
      'Kecamatan',
      `Nama atau kode kecamatan dari daftar di bawah; kosong atau "${WHOLE_REGION}" = seluruh kabupaten/kota.`,
    ],
    [
      'Jumlah PPKS, Jumlah (PSKS)',
      'Wajib bila baris diisi: bilangan bulat 0 atau lebih, mis. 1520 atau 1.520.',
    ],
    [
      'Mendapat Pelayanan',
      'Boleh kosong (belum dicatat); bilangan bulat, tidak boleh lebih dari Jumlah PPKS.',
    ],
    [
      'Nama Bantuan',
      'Nama bantuan seperti dicetak di laporan (boleh kosong); membedakan beberapa baris satu program, mis. beberapa "lainnya".',
    ],
    ['Penerima', 'Boleh kosong; bilangan bulat 0 atau lebih (orang, KK, atau kelompok).'],
    [
      'Jumlah Unit, Satuan Unit',
      'Boleh kosong; angka 0 atau lebih, mis. 1.080 atau 12,5; satuannya mis. paket, unit rumah.',
    ],
    ['Nilai (Rp)', 'Boleh kosong; Rupiah bulat, mis. 32400000, 32.400.000 atau Rp 32.400.000,-.'],
    ['Sumber Data, Sumber Dana', 'Keterangan bebas (boleh kosong), mis. DTKS SIKS-NG Desember, APBN, APBD.'],
    ['', ''],
  );
  heading('Aturan impor');
  lines.push(
    ['1', 'Seluruh berkas diperiksa lebih dulu; bila ada satu sel salah, tidak ada yang disimpan.'],
    ['2', 'Sebelum disimpan, pratinjau menunjukkan baris baru, berubah, dan tidak berubah.'],
    [
      '3',
      'Baris yang kolom datanya kosong semua berarti tidak ada data: data yang sudah tercatat tidak dihapus.',
    ],
    ['4', 'Baris yang berisi data dibaca utuh: sel kosong di baris itu mengosongkan nilai yang tercatat.'],
    ['5', 'Satu baris per kategori/jenis/program (dan nama bantuan) per kecamatan; baris ganda ditolak.'],
    ['6', 'Indikator yang dihitung dari Data Sosial dihitung ulang setelah impor.'],
    [
      '7',
      'Mengimpor berkas yang sama dua kali tidak mengubah apa pun. Batas berkas 20 MB; simpan sebagai .xlsx.',
    ],
    ['', ''],
  );
  heading('Contoh');
  lines.push(
    ['PPKS', `${year} · fakir_miskin · ${WHOLE_REGION} · 1.520 · 300 · DTKS SIKS-NG Desember`],
    ['PSKS', `${year} · tksk · Kecamatan Kota · 19`],
    [
      'Bantuan',
      `${year} · permakanan · Permakanan Lansia · Kecamatan Kota · 36 · 1.080 · paket · 32.400.000 · APBD`,
    ],
    ['', ''],
  );
  heading('Kode kategori PPKS', 'Nama');
  for (const c of PPKS_CODES.codes) lines.push([c, PPKS_CODES.nameOf(c)]);
  lines.push(['', '']);
  heading('Kode jenis PSKS', 'Nama (satuan)');
  for (const c of PSKS_CODES.codes)
    lines.push([c, `${PSKS_CODES.nameOf(c)}${PSKS_LABELS[c].unit ? ` (${PSKS_LABELS[c].unit})` : ''}`]);
  lines.push(['', '']);
  heading('Kode program bantuan', 'Nama');
  for (const c of ASSISTANCE_CODES.codes) lines.push([c, ASSISTANCE_CODES.nameOf(c)]);
  lines.push(['', '']);
  heading('Kecamatan (kode)', 'Nama');
  lines.push(['', WHOLE_REGION]);
  for (const k of facts.kecamatan) lines.push([k.code, k.name]);
  lines.forEach(([a, b], i) => {
    const row = sheet.getRow(i + 1);
    row.values = [a, b];
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    if (headings.has(i)) row.font = { bold: true };
  });
}
