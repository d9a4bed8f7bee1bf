/**
 * The LKjIP model from an `akuntabel/report-data@1` file alone: the
 * measurement chapters, the budget table and generated narratives. What the
 * file does not hold (Renstra vision, PK document, staff, social data, IKM,
 * AKIP, signatory) is left out or said to be missing in one sentence.
 */
import type { Locale } from '../domain/numbers.ts';
import type { ReportData } from '../domain/report-data/schema.ts';
import { buildLkjipModel } from './build-lkjip.ts';
import type { DatePrecision } from './format.ts';
import type { LkjipReportModel } from './model.ts';

export type ReportDataOptions = {
  locale: Locale;
  /** Time stamp written into the files (ISO). */
  createdAt: string;
  /** Signing place and date; a missing one is printed as a blank to fill in. */
  signed?: { place: string | null; date: string | null; precision: DatePrecision };
  signatory?: { name: string; rank: string | null; nip: string | null; title: string } | null;
  logo?: Uint8Array | null;
};

export function buildLkjipFromReportData(data: ReportData, options: ReportDataOptions): LkjipReportModel {
  return buildLkjipModel({
    data,
    locale: options.locale,
    createdAt: options.createdAt,
    agency: {
      name: data.agency.name,
      region: data.agency.region ?? null,
      province: data.agency.province ?? null,
      address: null,
      legalBasis: null,
    },
    head: options.signatory ?? null,
    signed: options.signed ?? { place: null, date: null, precision: 'day' },
    logo: options.logo ?? null,
    narratives: {},
  });
}
