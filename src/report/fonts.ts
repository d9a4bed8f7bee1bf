/**
 * The fonts shipped with the repository (assets/fonts/, Liberation Sans 2.1,
 * SIL Open Font License; see assets/fonts/README.md). Liberation Sans has the
 * metrics of Arial, so the Word files name "Arial" (what Indonesian offices
 * have), LibreOffice substitutes Liberation Sans with the same line breaks,
 * and the PDF, the charts and the page-number estimate of the table of
 * contents all measure text with these very files.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FONT_DIR = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));

/** The family charts and PDFs draw with. */
export const FONT_FAMILY = 'Liberation Sans';
/** The family the Word files name (metric-compatible with Liberation Sans). */
export const DOCX_FONT = 'Arial';

export const FONT_FACES = {
  normal: 'LiberationSans-Regular.ttf',
  bold: 'LiberationSans-Bold.ttf',
  italics: 'LiberationSans-Italic.ttf',
  bolditalics: 'LiberationSans-BoldItalic.ttf',
} as const;

export type FontFace = keyof typeof FONT_FACES;

/** Absolute paths of the four faces. */
export function fontFiles(): string[] {
  return Object.values(FONT_FACES).map((file) => FONT_DIR + file);
}

const cache = new Map<FontFace, Buffer>();

/** The bytes of one face (read once per process). */
export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face);
  if (!bytes) {
    bytes = readFileSync(FONT_DIR + FONT_FACES[face]);
    cache.set(face, bytes);
  }
  return bytes;
}
