/**
 * Page setup (A4, margins, usable widths) and Word styles of the .docx
 * renderer (render-docx.ts).
 */
import { AlignmentType, LineRuleType } from 'docx';
import { DOCX_FONT } from './fonts.ts';

/** twips per cm */
export const CM = 567;
export const A4 = { width: Math.round(21 * CM), height: Math.round(29.7 * CM) };
export const MARGIN = {
  top: Math.round(2.5 * CM),
  bottom: Math.round(2.5 * CM),
  left: Math.round(3 * CM),
  right: Math.round(2.5 * CM),
};
export const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
export const LANDSCAPE_MARGIN = {
  top: Math.round(2.5 * CM),
  bottom: Math.round(2 * CM),
  left: Math.round(2.5 * CM),
  right: Math.round(2.5 * CM),
};
export const LANDSCAPE_WIDTH = A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right;

export const STYLE_CAPTION_TABLE = 'Caption Tabel';
export const STYLE_CAPTION_CHART = 'Caption Grafik';
export const STYLE_CAPTION_TABLE_ID = 'CaptionTabel';
export const STYLE_CAPTION_CHART_ID = 'CaptionGrafik';

export const BODY_SIZE = 24; // half-points: 12 pt, as the reports print
export const TABLE_SIZE = 18; // 9 pt
export const GREY = 'F2F2F2';
export const BLUE = 'DCE6F1';

export function styles() {
  const heading = (
    id: string,
    name: string,
    size: number,
    options: { center?: boolean; before: number; after: number },
  ) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: DOCX_FONT, size, bold: true, color: '000000' },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: options.before, after: options.after },
      ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
    },
  });
  return {
    default: {
      document: {
        run: { font: DOCX_FONT, size: BODY_SIZE },
        paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading('Heading1', 'heading 1', 28, { center: true, before: 0, after: 360 }),
      heading2: heading('Heading2', 'heading 2', 24, { before: 240, after: 120 }),
      heading3: heading('Heading3', 'heading 3', 24, { before: 180, after: 120 }),
    },
    paragraphStyles: [
      {
        id: STYLE_CAPTION_TABLE_ID,
        name: STYLE_CAPTION_TABLE,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: DOCX_FONT, size: 22, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          spacing: { before: 200, after: 100 },
        },
      },
      {
        id: STYLE_CAPTION_CHART_ID,
        name: STYLE_CAPTION_CHART,
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: DOCX_FONT, size: 22, bold: true },
        paragraph: {
          alignment: AlignmentType.CENTER,
          keepNext: true,
          keepLines: true,
          spacing: { before: 200, after: 100 },
        },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: DOCX_FONT, size: 22, bold: level === 1 },
        paragraph: { indent: { left: (level - 1) * 340, hanging: 0 }, spacing: { before: 0, after: 60 } },
      })),
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: TABLE_SIZE },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: 18, italics: true, color: '444444' },
        paragraph: { spacing: { before: 60, after: 200 } },
      },
      {
        id: 'GeneratedMark',
        name: 'Generated Mark',
        basedOn: 'Normal',
        run: { font: DOCX_FONT, size: 16, italics: true, color: '9C5700' },
        paragraph: { keepNext: true, spacing: { before: 60, after: 40 } },
      },
    ],
  };
}
