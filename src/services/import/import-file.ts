/**
 * The checks an uploaded import file passes before anything reads it as a
 * workbook (hostile input): its size, that it is a zip (the .xlsx container)
 * holding a spreadsheet, and that it is no zip bomb — the sizes declared in
 * the zip's central directory are read with jszip BEFORE any entry is
 * inflated, and a file that would inflate beyond the limits is refused.
 * Each refusal is an AppError with a bilingual message naming the limit.
 *
 * An entry could declare a small size and inflate to more: the entries are
 * then inflated as a stream, counting bytes and stopping at the first entry
 * that grows beyond what it declared (nothing is kept; exceljs reads the
 * workbook afterwards).
 */
import JSZip from 'jszip';
import { AppError } from '../errors.ts';

/** Largest import file accepted: 20 MiB (a 50.000-row sheet is about 2 MiB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Largest total the entries of an .xlsx may inflate to: 200 MiB. */
export const IMPORT_MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Largest inflation ratio of one entry (XML compresses ~10–20×; bombs ~1000×). */
export const IMPORT_MAX_RATIO = 200;
/** Ratios are checked only for entries above this size (tiny entries compress oddly). */
const RATIO_MIN_BYTES = 1024 * 1024;
const MAX_ENTRIES = 10_000;

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MIB = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

export function importTooLarge(sizeBytes: number | null): AppError {
  const size = sizeBytes === null ? '' : ` (${(sizeBytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB)`;
  const sizeEn = sizeBytes === null ? '' : ` (${(sizeBytes / (1024 * 1024)).toFixed(1)} MB)`;
  return new AppError('too-large', {
    id: `Berkas impor terlalu besar${size}; batasnya ${MIB(IMPORT_MAX_BYTES)}. Pecah berkas per tahun atau per jenis data.`,
    en: `The import file is too large${sizeEn}; the limit is ${MIB(IMPORT_MAX_BYTES)}. Split the file by year or by kind of data.`,
  });
}

function notXlsx(detail: { id: string; en: string }): AppError {
  return new AppError('unsupported-type', {
    id: `Berkas ini bukan buku kerja Excel (.xlsx): ${detail.id}. Unduh templat, isi, lalu simpan sebagai .xlsx.`,
    en: `This file is not an Excel workbook (.xlsx): ${detail.en}. Download the template, fill it in, then save it as .xlsx.`,
  });
}

function zipBomb(detail: { id: string; en: string }): AppError {
  return new AppError('too-large', {
    id: `Berkas ditolak: isinya akan mengembang terlalu besar saat dibuka (${detail.id}). Berkas .xlsx biasa tidak seperti ini; simpan ulang dari Excel.`,
    en: `File refused: its contents would inflate too much when opened (${detail.en}). An ordinary .xlsx is not like this; save it again from Excel.`,
  });
}

type EntrySizes = { uncompressedSize?: unknown; compressedSize?: unknown };

function declaredSizes(file: JSZip.JSZipObject): { compressed: number; uncompressed: number } {
  // jszip keeps the central directory's sizes on the entry until it is inflated
  const data = (file as unknown as { _data?: EntrySizes })._data;
  const uncompressed = Number(data?.uncompressedSize ?? NaN);
  const compressed = Number(data?.compressedSize ?? NaN);
  return { compressed, uncompressed };
}

/** Inflates an entry as a stream, refusing it as soon as it outgrows its declared size. */
function inflateWithin(entry: JSZip.JSZipObject, declared: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    let stopped = false;
    const stream = entry.nodeStream('nodebuffer');
    stream
      .on('data', (chunk: Buffer) => {
        seen += chunk.byteLength;
        if (seen > declared && !stopped) {
          stopped = true;
          stream.pause();
          reject(
            zipBomb({
              id: `${entry.name} lebih besar daripada ukuran yang dinyatakannya`,
              en: `${entry.name} is larger than the size it declares`,
            }),
          );
        }
      })
      .on('error', () => {
        if (!stopped) {
          stopped = true;
          reject(notXlsx({ id: `${entry.name} rusak`, en: `${entry.name} is damaged` }));
        }
      })
      .on('end', () => {
        if (!stopped) resolve();
      });
  });
}

/**
 * Refuses an oversized file, a file that is not an .xlsx, or a zip bomb;
 * returns the opened (not inflated) zip for the workbook reader.
 */
export async function checkImportFile(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw importTooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) throw notXlsx({ id: 'berkas kosong', en: 'the file is empty' });
  // every zip starts with a local file header: PK\x03\x04
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    const pdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46;
    const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
    throw notXlsx(
      pdf
        ? { id: 'isinya PDF', en: 'it is a PDF' }
        : ole
          ? {
              id: 'isinya format Excel lama (.xls); simpan sebagai .xlsx',
              en: 'it is the old Excel format (.xls); save it as .xlsx',
            }
          : { id: 'isinya bukan arsip zip', en: 'it is not a zip archive' },
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw notXlsx({
      id: 'arsip zip rusak atau tidak lengkap',
      en: 'the zip archive is damaged or incomplete',
    });
  }
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  if (entries.length > MAX_ENTRIES)
    throw zipBomb({ id: `${entries.length} berkas di dalamnya`, en: `${entries.length} entries inside` });
  let total = 0;
  for (const entry of entries) {
    const { compressed, uncompressed } = declaredSizes(entry);
    if (!Number.isFinite(uncompressed) || !Number.isFinite(compressed) || uncompressed < 0)
      throw notXlsx({ id: 'ukuran isi arsip tidak terbaca', en: 'the archive does not state its sizes' });
    total += uncompressed;
    if (uncompressed > RATIO_MIN_BYTES && uncompressed / Math.max(compressed, 1) > IMPORT_MAX_RATIO)
      throw zipBomb({
        id: `${entry.name} mengembang ${Math.round(uncompressed / Math.max(compressed, 1))} kali; batasnya ${IMPORT_MAX_RATIO} kali`,
        en: `${entry.name} inflates ${Math.round(uncompressed / Math.max(compressed, 1))} times; the limit is ${IMPORT_MAX_RATIO} times`,
      });
    if (total > IMPORT_MAX_UNCOMPRESSED_BYTES)
      throw zipBomb({
        id: `isi lebih dari ${MIB(IMPORT_MAX_UNCOMPRESSED_BYTES)} setelah dibuka`,
        en: `more than ${MIB(IMPORT_MAX_UNCOMPRESSED_BYTES)} once opened`,
      });
  }
  for (const entry of entries) await inflateWithin(entry, declaredSizes(entry).uncompressed);
  const types = zip.file('[Content_Types].xml');
  const workbook = zip.file('xl/workbook.xml');
  if (!types || !workbook)
    throw notXlsx({
      id: 'arsip zip tanpa buku kerja (bukan .xlsx; mungkin .docx atau arsip biasa)',
      en: 'a zip archive without a workbook (not .xlsx; perhaps .docx or a plain archive)',
    });
  const declared = await types.async('string');
  if (!declared.includes('spreadsheetml'))
    throw notXlsx({ id: 'isinya bukan lembar kerja', en: 'its contents are not a spreadsheet' });
  return zip;
}

/**
 * Refuses an oversized file or one that is not JSON (a report-data@1 file);
 * returns the parsed value for the kind to validate.
 */
export function checkJsonImportFile(bytes: Uint8Array): unknown {
  if (bytes.byteLength > IMPORT_MAX_BYTES) throw importTooLarge(bytes.byteLength);
  const notJson = (detail: { id: string; en: string }) =>
    new AppError('unsupported-type', {
      id: `Berkas ini bukan berkas JSON akuntabel/report-data@1: ${detail.id}.`,
      en: `This file is not an akuntabel/report-data@1 JSON file: ${detail.en}.`,
    });
  if (bytes.byteLength === 0) throw notJson({ id: 'berkas kosong', en: 'the file is empty' });
  if (bytes[0] === 0x50 && bytes[1] === 0x4b)
    throw notJson({ id: 'isinya arsip zip (mungkin .xlsx)', en: 'it is a zip archive (perhaps .xlsx)' });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notJson({ id: 'bukan teks UTF-8', en: 'it is not UTF-8 text' });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    const where = /position (\d+)/.exec(String(error))?.[1];
    throw notJson({
      id: `JSON tidak sah${where ? ` (di karakter ${where})` : ''}`,
      en: `invalid JSON${where ? ` (at character ${where})` : ''}`,
    });
  }
}
