/**
 * The closed lists and field types the agency-bundle@1 sections share.
 *
 * The closed lists (PPKS categories, PSKS types, assistance programs, eselon,
 * spending types, follow-up statuses) use the same slugs as
 * src/store/schema/enums.ts, so the loader maps them one to one.
 */
import { z } from 'zod';
import { ROLES } from '../../store/schema/enums.ts';

// ---------------------------------------------------------------------------
// Closed lists
// ---------------------------------------------------------------------------

/** The same lists as the database's (one list per concept). */
export const BUNDLE_ROLES = ROLES;
export type BundleRole = (typeof BUNDLE_ROLES)[number];

export const ESELON_LEVELS = ['II', 'III', 'IV', 'non_eselon'] as const;
export const UNIT_KINDS = ['kepala_dinas', 'sekretariat', 'bidang', 'subbagian', 'sub_substansi'] as const;

export const PERIOD_AGGREGATIONS = ['stock', 'cumulative', 'average'] as const;

export const IKM_MUTU = ['A', 'B', 'C', 'D'] as const;
// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

export const text = z.string().min(1);
export const lines = z.array(z.number().int().positive()).min(1);
export const year = z.number().int().min(1990).max(2100);
export const rupiah = z.number().int().min(0);
export const count = z.number().int().min(0);
export const percent = z.number().min(0).max(100);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD');
export const budgetCode = z
  .string()
  .regex(/^\d+\.\d{2}(\.\d{2}(\.\d\.\d{2}(\.\d{4})?)?)?$/, 'kode anggaran tidak sah');
export const yearKey = z.string().regex(/^\d{4}$/, 'kunci tahun harus 4 angka');

/** A short verbatim excerpt of the report with its line numbers. */
export const excerpt = z.strictObject({ text, lines });

export const period = z.strictObject({ start: year, end: year });
