/**
 * What an evidence file really is, from its first bytes, so a file whose
 * content does not match its declared type (or its name's extension) is
 * refused: a PNG renamed `laporan.pdf` is not a PDF.
 *
 * - PDF: `%PDF-`; PNG: 89 50 4E 47 0D 0A 1A 0A; JPEG: FF D8 FF;
 *   WebP: `RIFF` ···· `WEBP`.
 * - DOCX/XLSX/PPTX: a ZIP (`PK\x03\x04`) holding the part folder of its kind
 *   (`word/`, `xl/`, `ppt/`); the folder names appear uncompressed in the ZIP
 *   headers, so a .docx that is really a workbook is refused too.
 * - CSV: no signature; accepted when it is UTF-8 text without NUL bytes and
 *   does not start like any of the binary types above.
 */
import { EVIDENCE_MIME_TYPES, type EvidenceMimeType } from '../../store/schema/enums.ts';

const EXTENSIONS: Readonly<Record<EvidenceMimeType, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'text/csv': ['csv'],
};

const ZIP_FOLDER: Partial<Record<EvidenceMimeType, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word/',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xl/',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'ppt/',
};

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function isBinaryKind(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, PDF) ||
    startsWith(bytes, PNG) ||
    startsWith(bytes, JPEG) ||
    startsWith(bytes, RIFF) ||
    startsWith(bytes, ZIP)
  );
}

function containsAscii(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(text, 0, 'latin1');
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** True when the bytes are of the declared type. */
export function contentMatches(mimeType: EvidenceMimeType, bytes: Uint8Array): boolean {
  switch (mimeType) {
    case 'application/pdf':
      return startsWith(bytes, PDF);
    case 'image/png':
      return startsWith(bytes, PNG);
    case 'image/jpeg':
      return startsWith(bytes, JPEG);
    case 'image/webp':
      return startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8);
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
    case 'application/vnd.openxmlformats-officedocument.presentationml.presentation':
      return startsWith(bytes, ZIP) && containsAscii(bytes, ZIP_FOLDER[mimeType]!);
    case 'text/csv':
      return !isBinaryKind(bytes) && isUtf8Text(bytes);
  }
}

/** True when the file name ends with an extension of the declared type (case-insensitive). */
export function extensionMatches(mimeType: EvidenceMimeType, fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return false;
  return EXTENSIONS[mimeType].includes(fileName.slice(dot + 1).toLowerCase());
}

export function isEvidenceMimeType(value: string): value is EvidenceMimeType {
  return (EVIDENCE_MIME_TYPES as readonly string[]).includes(value);
}

/** The accepted extensions, for messages. */
export const ACCEPTED_EXTENSIONS: readonly string[] = Object.values(EXTENSIONS).flat();
