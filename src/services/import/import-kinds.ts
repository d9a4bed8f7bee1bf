/**
 * The import kinds, by the name used in URLs, the CLI and templates. Adding a
 * kind: implement ImportKindHandler (import-kind.ts) in `kinds/` and add it
 * here; the routes, the job, the CLI and the template download take it.
 */
import type { ImportKindHandler } from './import-kind.ts';
import { budgetImportKind } from './kinds/anggaran.ts';
import { ikmImportKind } from './kinds/ikm.ts';
import { realisationImportKind } from './kinds/realisasi.ts';
import { renstraImportKind } from './kinds/renstra.ts';
import { reportDataImportKind } from './kinds/report-data.ts';
import { socialImportKind } from './kinds/sosial.ts';

// each kind's facts and writes are its own; the run treats them opaquely
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyKind = ImportKindHandler<any, any>;

const KINDS = {
  realisasi: realisationImportKind,
  renstra: renstraImportKind,
  anggaran: budgetImportKind,
  sosial: socialImportKind,
  ikm: ikmImportKind,
  'report-data': reportDataImportKind,
} satisfies Record<string, AnyKind>;

export type ImportKind = keyof typeof KINDS;
export const IMPORT_KINDS = Object.keys(KINDS) as [ImportKind, ...ImportKind[]];

export function importKind(kind: ImportKind): AnyKind {
  return KINDS[kind];
}
