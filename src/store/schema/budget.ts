/**
 * Budget per sub kegiatan per year and spending type: pagu murni (original),
 * pagu perubahan (revised), realisation per period, and physical progress.
 * Amounts are integer Rupiah. Realisation rows hold what was spent within the
 * period (not cumulative); totals and absorption are derived.
 */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  decimal,
  id,
  oneOf,
  periodNoFits,
  plausibleYear,
  rowVersion,
  rupiah,
  rupiahRange,
} from './columns.ts';
import { PERIOD_KINDS, SPENDING_TYPES } from './enums.ts';
import { agency } from './regions-agencies.ts';
import { subKegiatan } from './renstra.ts';

export const budgetLine = pgTable(
  'budget_line',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    subKegiatanId: uuid('sub_kegiatan_id').notNull(),
    year: integer('year').notNull(),
    spendingType: text('spending_type', { enum: SPENDING_TYPES }).notNull(),
    paguMurni: rupiah('pagu_murni').notNull(),
    /** Null until the budget is revised (APBD Perubahan). */
    paguPerubahan: rupiah('pagu_perubahan'),
    ...rowVersion(),
  },
  (t) => [
    unique('budget_line_id_agency_key').on(t.id, t.agencyId),
    unique('budget_line_key').on(t.subKegiatanId, t.year, t.spendingType),
    foreignKey({
      name: 'budget_line_sub_kegiatan_fk',
      columns: [t.subKegiatanId, t.agencyId],
      foreignColumns: [subKegiatan.id, subKegiatan.agencyId],
    }),
    check('budget_line_year_check', plausibleYear(t.year)),
    check('budget_line_spending_type_check', oneOf(t.spendingType, SPENDING_TYPES)),
    check('budget_line_pagu_murni_check', rupiahRange(t.paguMurni)),
    check('budget_line_pagu_perubahan_check', rupiahRange(t.paguPerubahan)),
    index('budget_line_agency_year_idx').on(t.agencyId, t.year),
  ],
);

/** Money spent on a budget line within one period. */
export const budgetRealisation = pgTable(
  'budget_realisation',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    budgetLineId: uuid('budget_line_id').notNull(),
    periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull(),
    periodNo: integer('period_no').notNull(),
    amount: rupiah('amount').notNull(),
    note: text('note'),
    ...rowVersion(),
  },
  (t) => [
    unique('budget_realisation_period_key').on(t.budgetLineId, t.periodKind, t.periodNo),
    foreignKey({
      name: 'budget_realisation_line_fk',
      columns: [t.budgetLineId, t.agencyId],
      foreignColumns: [budgetLine.id, budgetLine.agencyId],
    }),
    check('budget_realisation_period_kind_check', oneOf(t.periodKind, PERIOD_KINDS)),
    check('budget_realisation_period_no_check', periodNoFits(t.periodKind, t.periodNo)),
    check('budget_realisation_amount_check', rupiahRange(t.amount)),
    index('budget_realisation_agency_idx').on(t.agencyId),
  ],
);

/** Physical progress (%) of a sub kegiatan at the end of a period (cumulative, 0–100). */
export const subKegiatanProgress = pgTable(
  'sub_kegiatan_progress',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    subKegiatanId: uuid('sub_kegiatan_id').notNull(),
    year: integer('year').notNull(),
    periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull(),
    periodNo: integer('period_no').notNull(),
    physicalProgressPercent: decimal('physical_progress_percent').notNull(),
    note: text('note'),
    ...rowVersion(),
  },
  (t) => [
    unique('sub_kegiatan_progress_period_key').on(t.subKegiatanId, t.year, t.periodKind, t.periodNo),
    foreignKey({
      name: 'sub_kegiatan_progress_sub_kegiatan_fk',
      columns: [t.subKegiatanId, t.agencyId],
      foreignColumns: [subKegiatan.id, subKegiatan.agencyId],
    }),
    check('sub_kegiatan_progress_year_check', plausibleYear(t.year)),
    check('sub_kegiatan_progress_period_kind_check', oneOf(t.periodKind, PERIOD_KINDS)),
    check('sub_kegiatan_progress_period_no_check', periodNoFits(t.periodKind, t.periodNo)),
    check('sub_kegiatan_progress_percent_check', sql`${t.physicalProgressPercent} between 0 and 100`),
    index('sub_kegiatan_progress_agency_year_idx').on(t.agencyId, t.year),
  ],
);
