/**
 * Realisations of indicators per period (month, quarter, semester or year),
 * their component values, and evidence files.
 *
 * Evidence bytes live in the database (so a backup holds them), addressed by
 * their SHA-256 in `evidence_blob` (the same file uploaded twice is stored
 * once); `evidence_file` is the metadata a user sees and attaches. An
 * agency's logo (`agency_logo`, printed on the LKjIP cover) is kept in the
 * same blob store.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  customType,
  foreignKey,
  index,
  integer,
  pgTable,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { decimal, id, instant, oneOf, periodNoFits, plausibleYear, rowVersion } from './columns.ts';
import {
  AGENCY_LOGO_MAX_BYTES,
  AGENCY_LOGO_MIME_TYPES,
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MIME_TYPES,
  PERIOD_KINDS,
  REALISATION_STATUSES,
} from './enums.ts';
import { agency } from './regions-agencies.ts';
import { indicator, indicatorComponent } from './indicators.ts';
import { appUser } from './accounts.ts';

/** `bytea` read and written as a Node Buffer/Uint8Array on both engines. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

/**
 * The value of an indicator for one period. `value` null means "not yet
 * known" (not zero); ordinal indicators use `grade`.
 */
export const realisation = pgTable(
  'realisation',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    indicatorId: uuid('indicator_id').notNull(),
    year: integer('year').notNull(),
    periodKind: text('period_kind', { enum: PERIOD_KINDS }).notNull(),
    /** 1–12 (month), 1–4 (quarter, TW I–IV), 1–2 (semester), 1 (year). */
    periodNo: integer('period_no').notNull(),
    value: decimal('value'),
    grade: text('grade'),
    note: text('note'),
    status: text('status', { enum: REALISATION_STATUSES }).notNull().default('draft'),
    enteredByUserId: uuid('entered_by_user_id').references(() => appUser.id),
    submittedByUserId: uuid('submitted_by_user_id').references(() => appUser.id),
    submittedAt: instant('submitted_at'),
    verifiedByUserId: uuid('verified_by_user_id').references(() => appUser.id),
    verifiedAt: instant('verified_at'),
    returnedByUserId: uuid('returned_by_user_id').references(() => appUser.id),
    returnedAt: instant('returned_at'),
    returnReason: text('return_reason'),
    ...rowVersion(),
  },
  (t) => [
    unique('realisation_id_agency_key').on(t.id, t.agencyId),
    unique('realisation_period_key').on(t.indicatorId, t.year, t.periodKind, t.periodNo),
    foreignKey({
      name: 'realisation_indicator_fk',
      columns: [t.indicatorId, t.agencyId],
      foreignColumns: [indicator.id, indicator.agencyId],
    }),
    check('realisation_year_check', plausibleYear(t.year)),
    check('realisation_period_kind_check', oneOf(t.periodKind, PERIOD_KINDS)),
    check('realisation_period_no_check', periodNoFits(t.periodKind, t.periodNo)),
    check('realisation_status_check', oneOf(t.status, REALISATION_STATUSES)),
    check(
      'realisation_returned_check',
      sql`${t.status} <> 'returned' or (${t.returnReason} is not null and ${t.returnedAt} is not null)`,
    ),
    check('realisation_verified_check', sql`${t.status} <> 'verified' or ${t.verifiedAt} is not null`),
    // recap of one agency for one year; with agency_region_idx, of all agencies of a region
    index('realisation_agency_year_idx').on(t.agencyId, t.year, t.indicatorId),
  ],
);

/** The value of one component (numerator, denominator ...) behind a realisation. */
export const realisationComponent = pgTable(
  'realisation_component',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    realisationId: uuid('realisation_id').notNull(),
    indicatorComponentId: uuid('indicator_component_id').notNull(),
    value: decimal('value').notNull(),
    ...rowVersion(),
  },
  (t) => [
    unique('realisation_component_key').on(t.realisationId, t.indicatorComponentId),
    foreignKey({
      name: 'realisation_component_realisation_fk',
      columns: [t.realisationId, t.agencyId],
      foreignColumns: [realisation.id, realisation.agencyId],
    }),
    foreignKey({
      name: 'realisation_component_component_fk',
      columns: [t.indicatorComponentId, t.agencyId],
      foreignColumns: [indicatorComponent.id, indicatorComponent.agencyId],
    }),
  ],
);

/** File contents, addressed by SHA-256 (lower-case hex). Immutable. */
export const evidenceBlob = pgTable(
  'evidence_blob',
  {
    sha256: text('sha256').primaryKey(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('evidence_blob_sha256_check', sql`${t.sha256} = encode(sha256(${t.content}), 'hex')`),
    check(
      'evidence_blob_size_check',
      sql`${t.sizeBytes} = octet_length(${t.content}) and ${t.sizeBytes} between 1 and ${sql.raw(String(EVIDENCE_MAX_BYTES))}`,
    ),
  ],
);

/** A file attached as evidence to a realisation. */
export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    realisationId: uuid('realisation_id').notNull(),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => evidenceBlob.sha256),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type', { enum: EVIDENCE_MIME_TYPES }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    description: text('description'),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => appUser.id),
    ...rowVersion(),
  },
  (t) => [
    unique('evidence_file_blob_key').on(t.realisationId, t.blobSha256),
    foreignKey({
      name: 'evidence_file_realisation_fk',
      columns: [t.realisationId, t.agencyId],
      foreignColumns: [realisation.id, realisation.agencyId],
    }),
    check('evidence_file_mime_type_check', oneOf(t.mimeType, EVIDENCE_MIME_TYPES)),
    check(
      'evidence_file_size_check',
      sql`${t.sizeBytes} between 1 and ${sql.raw(String(EVIDENCE_MAX_BYTES))}`,
    ),
    check(
      'evidence_file_name_check',
      sql`length(${t.fileName}) between 1 and 255 and ${t.fileName} !~ '[/\\\\]'`,
    ),
    index('evidence_file_blob_idx').on(t.blobSha256),
  ],
);

/** An agency's logo (PNG or JPEG, at most 2 MiB), printed on its LKjIP cover; one per agency. */
export const agencyLogo = pgTable(
  'agency_logo',
  {
    agencyId: uuid('agency_id')
      .primaryKey()
      .references(() => agency.id),
    blobSha256: text('blob_sha256')
      .notNull()
      .references(() => evidenceBlob.sha256),
    mimeType: text('mime_type', { enum: AGENCY_LOGO_MIME_TYPES }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id').references(() => appUser.id),
    ...rowVersion(),
  },
  (t) => [
    check('agency_logo_mime_type_check', oneOf(t.mimeType, AGENCY_LOGO_MIME_TYPES)),
    check(
      'agency_logo_size_check',
      sql`${t.sizeBytes} between 1 and ${sql.raw(String(AGENCY_LOGO_MAX_BYTES))}`,
    ),
    index('agency_logo_blob_idx').on(t.blobSha256),
  ],
);
