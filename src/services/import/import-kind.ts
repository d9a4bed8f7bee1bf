/**
 * What an import kind is: the one interface every kind of import (realisations,
 * Renstra and targets, budget, social data, IKM responses, report-data@1)
 * implements, so that the run (run-import.ts), the background job, the
 * template download, the HTTP routes and the CLI are written once.
 *
 * A kind reads what it checks against in a few queries (`loadFacts`), plans
 * the file against those facts WITHOUT writing (`plan`: every problem, or the
 * writes with their new/changed/unchanged counts), and writes the planned
 * writes in the same transaction (`write`). The plan's writes are digested
 * (`digestOf`) so that a confirmation naming the preview's digest is refused
 * when the file or the data changed since.
 */
import type ExcelJS from 'exceljs';
import type { Database } from '../../store/database.ts';
import type { Action } from '../authorization.ts';
import type { ServiceContext } from '../context.ts';
import type { Texts } from '../errors.ts';
import type { ImportChange, ImportCounts, ProblemList } from './import-outcome.ts';

/** The agency-year an import is for. */
export type ImportScope = { agencyId: string; regionId: string; agencyName: string; year: number };

export type ImportPlan<W> = {
  problems: ProblemList;
  counts: ImportCounts;
  changes: ImportChange[];
  writes: W[];
  rowsRead: number;
};

export type ImportProgressShare = (share: number) => void;

/** What the import writes into the audit trail about itself. */
export type ImportSummary = { kind: string; year: number; fileSha256: string; counts: ImportCounts };

type KindCommon<Facts, W> = {
  /** The permission a caller needs on the agency (authorizeForAgency). */
  permission: Action;
  /** How the kind is named to people (the web page's list, the CLI's help). */
  title: Texts;
  loadFacts(tx: Database, scope: ImportScope): Promise<Facts>;
  digestOf(write: W): unknown;
  write(
    tx: Database,
    ctx: ServiceContext,
    scope: ImportScope,
    writes: readonly W[],
    summary: ImportSummary,
    progress: ImportProgressShare,
  ): Promise<void>;
};

/** A kind read from a filled Excel template (.xlsx, checked by checkImportFile). */
export type XlsxImportKind<Facts, W> = KindCommon<Facts, W> & {
  file: 'xlsx';
  /** The template of the agency-year, with what is already recorded filled in. */
  template(facts: Facts, scope: ImportScope): Promise<Uint8Array>;
  plan(
    tx: Database,
    facts: Facts,
    workbook: ExcelJS.Workbook,
    scope: ImportScope,
    progress: ImportProgressShare,
  ): Promise<ImportPlan<W>>;
};

/** A kind read from a JSON file (an `akuntabel/report-data@1` file). */
export type JsonImportKind<Facts, W> = KindCommon<Facts, W> & {
  file: 'json';
  plan(
    tx: Database,
    facts: Facts,
    json: unknown,
    scope: ImportScope,
    progress: ImportProgressShare,
  ): Promise<ImportPlan<W>>;
};

export type ImportKindHandler<Facts = unknown, W = unknown> =
  XlsxImportKind<Facts, W> | JsonImportKind<Facts, W>;
