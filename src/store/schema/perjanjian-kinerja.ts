/**
 * Perjanjian Kinerja (PK): per year and organisation unit, cascading from the
 * head of agency (eselon II) down to eselon III and IV. Each PK has versions:
 * the original and any perubahan. A signed version and its rows are immutable
 * (a trigger in the migrations rejects changes); a revision is a new version.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  decimal,
  exactlyOne,
  id,
  instant,
  oneOf,
  plausibleYear,
  rowVersion,
  rupiah,
  rupiahRange,
} from './columns.ts';
import { PK_STATUSES, PK_VERSION_KINDS } from './enums.ts';
import { agency, orgUnit, signatory } from './regions-agencies.ts';
import { indicator } from './indicators.ts';
import { kegiatan, program, subKegiatan } from './renstra.ts';
import { appUser } from './accounts.ts';

/** One PK: a unit's commitment for a year. */
export const perjanjianKinerja = pgTable(
  'perjanjian_kinerja',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    orgUnitId: uuid('org_unit_id').notNull(),
    year: integer('year').notNull(),
    /** The PK of the unit above, which this one supports (cascade). */
    parentId: uuid('parent_id').references((): AnyPgColumn => perjanjianKinerja.id),
    ...rowVersion(),
  },
  (t) => [
    unique('perjanjian_kinerja_id_agency_key').on(t.id, t.agencyId),
    unique('perjanjian_kinerja_unit_year_key').on(t.orgUnitId, t.year),
    foreignKey({
      name: 'perjanjian_kinerja_org_unit_fk',
      columns: [t.orgUnitId, t.agencyId],
      foreignColumns: [orgUnit.id, orgUnit.agencyId],
    }),
    check('perjanjian_kinerja_year_check', plausibleYear(t.year)),
    index('perjanjian_kinerja_agency_year_idx').on(t.agencyId, t.year),
  ],
);

/** A version of a PK: 1 is the original, later numbers are perubahan. */
export const pkVersion = pgTable(
  'pk_version',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    perjanjianKinerjaId: uuid('perjanjian_kinerja_id').notNull(),
    number: integer('number').notNull(),
    kind: text('kind', { enum: PK_VERSION_KINDS }).notNull(),
    status: text('status', { enum: PK_STATUSES }).notNull().default('draft'),
    /** Pihak pertama: the head of the unit. */
    firstPartySignatoryId: uuid('first_party_signatory_id').references(() => signatory.id),
    /** Pihak kedua: the head above (the regional head for a Kepala Dinas). */
    secondPartySignatoryId: uuid('second_party_signatory_id').references(() => signatory.id),
    /** The date printed on the document (local date). */
    signedOn: date('signed_on', { mode: 'string' }),
    signedPlace: text('signed_place'),
    /** When the version was locked in the system, and by whom. */
    signedAt: instant('signed_at'),
    signedByUserId: uuid('signed_by_user_id').references(() => appUser.id),
    /** Why the perubahan was made (e.g. "APBD Perubahan"). */
    reason: text('reason'),
    ...rowVersion(),
  },
  (t) => [
    unique('pk_version_id_agency_key').on(t.id, t.agencyId),
    unique('pk_version_number_key').on(t.perjanjianKinerjaId, t.number),
    foreignKey({
      name: 'pk_version_pk_fk',
      columns: [t.perjanjianKinerjaId, t.agencyId],
      foreignColumns: [perjanjianKinerja.id, perjanjianKinerja.agencyId],
    }),
    check('pk_version_kind_check', oneOf(t.kind, PK_VERSION_KINDS)),
    check('pk_version_status_check', oneOf(t.status, PK_STATUSES)),
    check(
      'pk_version_number_check',
      sql`${t.number} >= 1 and ((${t.number} = 1) = (${t.kind} = 'original'))`,
    ),
    check(
      'pk_version_signed_check',
      sql`${t.status} <> 'signed' or (${t.signedOn} is not null and ${t.signedAt} is not null and ${t.firstPartySignatoryId} is not null and ${t.secondPartySignatoryId} is not null)`,
    ),
  ],
);

/** An indicator and its target in a PK version. */
export const pkTarget = pgTable(
  'pk_target',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    pkVersionId: uuid('pk_version_id').notNull(),
    indicatorId: uuid('indicator_id').notNull(),
    value: decimal('value'),
    low: decimal('low'),
    high: decimal('high'),
    grade: text('grade'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('pk_target_indicator_key').on(t.pkVersionId, t.indicatorId),
    foreignKey({
      name: 'pk_target_version_fk',
      columns: [t.pkVersionId, t.agencyId],
      foreignColumns: [pkVersion.id, pkVersion.agencyId],
    }),
    foreignKey({
      name: 'pk_target_indicator_fk',
      columns: [t.indicatorId, t.agencyId],
      foreignColumns: [indicator.id, indicator.agencyId],
    }),
    check(
      'pk_target_shape_check',
      sql`${t.value} is not null or (${t.low} is not null and ${t.high} is not null and ${t.low} <= ${t.high}) or ${t.grade} is not null`,
    ),
    index('pk_target_indicator_idx').on(t.indicatorId),
  ],
);

/** A budget line of a PK version: a program (eselon II), kegiatan (III) or sub kegiatan (IV) and its pagu. */
export const pkBudget = pgTable(
  'pk_budget',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    pkVersionId: uuid('pk_version_id').notNull(),
    programId: uuid('program_id'),
    kegiatanId: uuid('kegiatan_id'),
    subKegiatanId: uuid('sub_kegiatan_id'),
    amount: rupiah('amount').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('pk_budget_line_key')
      .on(t.pkVersionId, t.programId, t.kegiatanId, t.subKegiatanId)
      .nullsNotDistinct(),
    foreignKey({
      name: 'pk_budget_version_fk',
      columns: [t.pkVersionId, t.agencyId],
      foreignColumns: [pkVersion.id, pkVersion.agencyId],
    }),
    foreignKey({
      name: 'pk_budget_program_fk',
      columns: [t.programId, t.agencyId],
      foreignColumns: [program.id, program.agencyId],
    }),
    foreignKey({
      name: 'pk_budget_kegiatan_fk',
      columns: [t.kegiatanId, t.agencyId],
      foreignColumns: [kegiatan.id, kegiatan.agencyId],
    }),
    foreignKey({
      name: 'pk_budget_sub_kegiatan_fk',
      columns: [t.subKegiatanId, t.agencyId],
      foreignColumns: [subKegiatan.id, subKegiatan.agencyId],
    }),
    check('pk_budget_owner_check', exactlyOne(t.programId, t.kegiatanId, t.subKegiatanId)),
    check('pk_budget_amount_check', rupiahRange(t.amount)),
  ],
);
