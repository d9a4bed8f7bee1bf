/**
 * The three sheets of the social-data import (PPKS, PSKS, Bantuan) as the
 * reader sees them: the layout, the codes, the data cells (all blank = no
 * data), how a row becomes the row of the matching save use case (whose zod
 * schema checks it), its key, how it compares with and describes the stored
 * row, and the write it plans.
 */
import type { z } from 'zod';
import { formatNumber } from '../../domain/numbers.ts';
import type { AssistanceProgram, PpksCategory, PsksType } from '../../store/schema/enums.ts';
import type { Texts } from '../errors.ts';
import { assistanceDeliveryRows } from '../record/save-assistance-delivery.ts';
import { ppksCountRows } from '../record/save-ppks-counts.ts';
import { psksCountRows } from '../record/save-psks-counts.ts';
import { sameDecimal } from './plan-realisation-import.ts';
import {
  assistanceKey,
  ppksKey,
  psksKey,
  type SocialImportFacts,
  type StoredAssistance,
  type StoredPpks,
  type StoredPsks,
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
  normalName,
  type CodeList,
  type SocialColumn,
} from './social-sheets.ts';
import type { CellInput } from './workbook-cells.ts';

export type PpksValues = {
  category: PpksCategory;
  kecamatanId: string | null;
  count: number;
  served: number | null;
  dataSource: string | null;
};
export type PsksValues = {
  type: PsksType;
  kecamatanId: string | null;
  count: number;
  dataSource: string | null;
};
export type AssistanceValues = {
  program: AssistanceProgram;
  programLabel: string;
  kecamatanId: string | null;
  recipients: number | null;
  units: string | null;
  unitName: string | null;
  value: number | null;
  fundingSource: string | null;
};

export type Change = 'new' | 'changed';
export type PlannedSocialWrite =
  | { table: 'ppks'; change: Change; existing: StoredPpks | null; values: PpksValues }
  | { table: 'psks'; change: Change; existing: StoredPsks | null; values: PsksValues }
  | { table: 'assistance'; change: Change; existing: StoredAssistance | null; values: AssistanceValues };

const id = (n: number | null) => (n === null ? '–' : formatNumber(n));
const decimalShown = (d: string | null) =>
  d === null ? '–' : formatNumber(Number(d), { decimals: (d.split('.')[1] ?? '').length });

/** One sheet's reading: its layout, its codes, and how a row becomes the save use case's row. */
export type SheetSpec<C extends string, V, S> = {
  sheet: string;
  columns: readonly SocialColumn[];
  codes: CodeList<C>;
  /** Cells of the row's data: all blank = no data. */
  dataKeys: readonly string[];
  /** The zod field of a data column (path of the row schema → column key). */
  columnOf: Record<string, string>;
  schema: z.ZodType;
  raw(code: C, kecamatanId: string | null, cell: (key: string) => CellInput): Record<string, unknown>;
  values(parsed: Record<string, unknown>, kecamatanId: string | null): V;
  keyOf(v: V): string;
  stored: Map<string, S>;
  same(s: S, v: V): boolean;
  describe(x: S | V): string;
  label(v: V, kecamatan: string): string;
  write(change: Change, existing: S | null, values: V): PlannedSocialWrite;
  /** What a duplicate names. */
  oneRow: Texts;
};

const asText = (input: CellInput) => (input === null ? null : String(input));

export function ppksSpec(facts: SocialImportFacts): SheetSpec<PpksCategory, PpksValues, StoredPpks> {
  return {
    sheet: PPKS_SHEET,
    columns: PPKS_COLUMNS,
    codes: PPKS_CODES,
    dataKeys: ['count', 'served', 'dataSource'],
    columnOf: { count: 'count', served: 'served', dataSource: 'dataSource' },
    schema: ppksCountRows,
    raw: (category, kecamatanId, c) => ({
      category,
      kecamatanId,
      count: c('count') ?? undefined,
      served: c('served'),
      dataSource: asText(c('dataSource')),
    }),
    values: (p, kecamatanId) => ({
      category: p.category as PpksCategory,
      kecamatanId,
      count: p.count as number,
      served: (p.served as number | null | undefined) ?? null,
      dataSource: p.dataSource as string | null,
    }),
    keyOf: ppksKey,
    stored: new Map(facts.ppks.map((r) => [ppksKey(r), r])),
    same: (s, v) => s.count === v.count && s.served === v.served && s.dataSource === v.dataSource,
    describe: (x) =>
      `jumlah ${id(x.count)}; mendapat pelayanan ${id(x.served)}${x.dataSource ? `; sumber: ${x.dataSource}` : ''}`,
    label: (v, kec) => `${PPKS_CODES.nameOf(v.category)} · ${kec}`,
    write: (change, existing, values) => ({ table: 'ppks', change, existing, values }),
    oneRow: { id: 'satu baris per kategori dan kecamatan', en: 'one row per category and kecamatan' },
  };
}

export function psksSpec(facts: SocialImportFacts): SheetSpec<PsksType, PsksValues, StoredPsks> {
  return {
    sheet: PSKS_SHEET,
    columns: PSKS_COLUMNS,
    codes: PSKS_CODES,
    dataKeys: ['count', 'dataSource'],
    columnOf: { count: 'count', dataSource: 'dataSource' },
    schema: psksCountRows,
    raw: (type, kecamatanId, c) => ({
      type,
      kecamatanId,
      count: c('count') ?? undefined,
      dataSource: asText(c('dataSource')),
    }),
    values: (p, kecamatanId) => ({
      type: p.type as PsksType,
      kecamatanId,
      count: p.count as number,
      dataSource: p.dataSource as string | null,
    }),
    keyOf: psksKey,
    stored: new Map(facts.psks.map((r) => [psksKey(r), r])),
    same: (s, v) => s.count === v.count && s.dataSource === v.dataSource,
    describe: (x) => `jumlah ${id(x.count)}${x.dataSource ? `; sumber: ${x.dataSource}` : ''}`,
    label: (v, kec) => `${PSKS_CODES.nameOf(v.type)} · ${kec}`,
    write: (change, existing, values) => ({ table: 'psks', change, existing, values }),
    oneRow: { id: 'satu baris per jenis dan kecamatan', en: 'one row per type and kecamatan' },
  };
}

export function assistanceSpec(
  facts: SocialImportFacts,
): SheetSpec<AssistanceProgram, AssistanceValues, StoredAssistance> {
  return {
    sheet: ASSISTANCE_SHEET,
    columns: ASSISTANCE_COLUMNS,
    codes: ASSISTANCE_CODES,
    dataKeys: ['recipients', 'units', 'unitName', 'value', 'fundingSource'],
    columnOf: {
      programLabel: 'label',
      recipients: 'recipients',
      units: 'units',
      unitName: 'unitName',
      value: 'value',
      fundingSource: 'fundingSource',
    },
    schema: assistanceDeliveryRows,
    raw: (program, kecamatanId, c) => ({
      program,
      programLabel: asText(c('label')) ?? '',
      kecamatanId,
      recipients: c('recipients'),
      units: c('units'),
      unitName: asText(c('unitName')),
      value: c('value'),
      fundingSource: asText(c('fundingSource')),
    }),
    values: (p, kecamatanId) => ({
      program: p.program as AssistanceProgram,
      programLabel: p.programLabel as string,
      kecamatanId,
      recipients: (p.recipients as number | null | undefined) ?? null,
      units: (p.units as string | null | undefined) ?? null,
      unitName: p.unitName as string | null,
      value: (p.value as number | null | undefined) ?? null,
      fundingSource: p.fundingSource as string | null,
    }),
    keyOf: assistanceKey,
    stored: new Map(facts.assistance.map((r) => [assistanceKey(r), r])),
    same: (s, v) =>
      s.recipients === v.recipients &&
      sameDecimal(s.units, v.units) &&
      s.unitName === v.unitName &&
      s.value === v.value &&
      s.fundingSource === v.fundingSource,
    describe: (x) =>
      [
        `penerima ${id(x.recipients)}`,
        `unit ${decimalShown(x.units)}${x.unitName ? ` ${x.unitName}` : ''}`,
        `nilai ${x.value === null ? '–' : `Rp ${formatNumber(x.value)}`}`,
        ...(x.fundingSource ? [`dana: ${x.fundingSource}`] : []),
      ].join('; '),
    label: (v, kec) => {
      const name = ASSISTANCE_CODES.nameOf(v.program);
      const own = v.programLabel !== '' && normalName(v.programLabel) !== normalName(name);
      return `${name}${own ? ` (${v.programLabel})` : ''} · ${kec}`;
    },
    write: (change, existing, values) => ({ table: 'assistance', change, existing, values }),
    oneRow: {
      id: 'satu baris per program, nama bantuan dan kecamatan',
      en: 'one row per programme, name of assistance and kecamatan',
    },
  };
}
