/**
 * The reporting workflow: the region's reporting calendar (due dates,
 * reminders, grace, period locks), in-app notifications, the LKjIP review
 * workflow (draft → in review → final with a frozen snapshot), and background
 * jobs (report generation, imports) with their progress and result.
 *
 * The enumerations of this area live here rather than in enums.ts so the
 * area is one module; each is still `text` with a check constraint.
 */
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  unique,
  uuid,
  type PgColumn,
} from 'drizzle-orm/pg-core';
import { id, instant, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { appUser } from './accounts.ts';
import { bytea } from './realisasi.ts';
import { agency, region } from './regions-agencies.ts';

/** What a deadline is for: the realisations of a quarter (TW I–IV), the PK, or the LKjIP. */
export const DEADLINE_KINDS = ['realisation_quarter', 'pk', 'lkjip'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export const LKJIP_STATUSES = ['draft', 'in_review', 'final'] as const;
export type LkjipStatus = (typeof LKJIP_STATUSES)[number];

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** `period_no` is 1–4 for a quarter's realisations, null for PK and LKjIP. */
const periodFitsKind = (kind: PgColumn, periodNo: PgColumn) =>
  sql`(${kind} = 'realisation_quarter' and ${periodNo} between 1 and 4) or (${kind} <> 'realisation_quarter' and ${periodNo} is null)`;

/**
 * A due date of the region's reporting calendar. `due_date` is the calendar
 * day in the region's time zone (WIB/WITA/WIT); `due_at` is the instant that
 * day ends there (00:00 of the next day, exclusive): work done before it is
 * on time. Reminders go `reminder_working_days` working days before the due
 * date; the period locks `grace_days` calendar days after it.
 */
export const reportingDeadline = pgTable(
  'reporting_deadline',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    year: integer('year').notNull(),
    kind: text('kind', { enum: DEADLINE_KINDS }).notNull(),
    periodNo: integer('period_no'),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    dueAt: instant('due_at').notNull(),
    reminderWorkingDays: integer('reminder_working_days').notNull().default(5),
    graceDays: integer('grace_days').notNull().default(0),
    ...rowVersion(),
  },
  (t) => [
    unique('reporting_deadline_key').on(t.regionId, t.year, t.kind, t.periodNo).nullsNotDistinct(),
    check('reporting_deadline_kind_check', oneOf(t.kind, DEADLINE_KINDS)),
    check('reporting_deadline_period_check', periodFitsKind(t.kind, t.periodNo)),
    check('reporting_deadline_year_check', plausibleYear(t.year)),
    check('reporting_deadline_reminder_check', sql`${t.reminderWorkingDays} between 0 and 60`),
    check('reporting_deadline_grace_check', sql`${t.graceDays} between 0 and 365`),
  ],
);

/**
 * A locked reporting period: writes for it are refused until an admin
 * reopens it (with a reason, audited). `agency_id` null locks the period for
 * the whole region; a row for one agency overrides the region's row (an admin
 * reopening the period for one late agency).
 */
export const periodLock = pgTable(
  'period_lock',
  {
    id: id(),
    regionId: uuid('region_id')
      .notNull()
      .references(() => region.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    year: integer('year').notNull(),
    kind: text('kind', { enum: DEADLINE_KINDS }).notNull(),
    periodNo: integer('period_no'),
    deadlineId: uuid('deadline_id').references(() => reportingDeadline.id),
    lockedAt: instant('locked_at').notNull(),
    reopenedAt: instant('reopened_at'),
    /** Null when the system reopened it. */
    reopenedByUserId: uuid('reopened_by_user_id').references(() => appUser.id),
    reopenReason: text('reopen_reason'),
    ...rowVersion(),
  },
  (t) => [
    unique('period_lock_key').on(t.regionId, t.agencyId, t.year, t.kind, t.periodNo).nullsNotDistinct(),
    check('period_lock_kind_check', oneOf(t.kind, DEADLINE_KINDS)),
    check('period_lock_period_check', periodFitsKind(t.kind, t.periodNo)),
    check('period_lock_year_check', plausibleYear(t.year)),
    check(
      'period_lock_reopen_check',
      sql`${t.reopenedAt} is null or (${t.reopenReason} is not null and length(trim(${t.reopenReason})) > 0)`,
    ),
    index('period_lock_agency_idx').on(t.agencyId, t.year),
  ],
);

/** An in-app notification to one user. `dedupe_key` makes a reminder go once per (key, user). */
export const notification = pgTable(
  'notification',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    /** e.g. `deadline.reminder`. */
    kind: text('kind').notNull(),
    textId: text('text_id').notNull(),
    textEn: text('text_en').notNull(),
    /** A path in the web app, e.g. `/realisasi?year=2024&tw=2`. */
    link: text('link'),
    dedupeKey: text('dedupe_key'),
    createdAt: instant('created_at').notNull().defaultNow(),
    readAt: instant('read_at'),
  },
  (t) => [
    unique('notification_dedupe_key').on(t.userId, t.dedupeKey),
    check('notification_kind_check', sql`${t.kind} ~ '^[a-z_]+([.][a-z_]+)+$'`),
    index('notification_user_idx').on(t.userId, t.createdAt),
  ],
);

/**
 * An agency's LKjIP for a year: draft → in_review → final (or back to draft
 * from review). At finalisation the numbers it shows are frozen in
 * `snapshot` with their SHA-256; a final report cannot change (trigger).
 */
export const lkjipReport = pgTable(
  'lkjip_report',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    status: text('status', { enum: LKJIP_STATUSES }).notNull().default('draft'),
    createdByUserId: uuid('created_by_user_id').references(() => appUser.id),
    submittedAt: instant('submitted_at'),
    submittedByUserId: uuid('submitted_by_user_id').references(() => appUser.id),
    snapshot: jsonb('snapshot'),
    /** SHA-256 (hex) of the snapshot's canonical JSON text. */
    contentSha256: text('content_sha256'),
    finalisedAt: instant('finalised_at'),
    finalisedByUserId: uuid('finalised_by_user_id').references(() => appUser.id),
    ...rowVersion(),
  },
  (t) => [
    unique('lkjip_report_agency_year_key').on(t.agencyId, t.year),
    unique('lkjip_report_id_agency_key').on(t.id, t.agencyId),
    check('lkjip_report_status_check', oneOf(t.status, LKJIP_STATUSES)),
    check('lkjip_report_year_check', plausibleYear(t.year)),
    check(
      'lkjip_report_final_check',
      sql`${t.status} <> 'final' or (${t.snapshot} is not null and ${t.contentSha256} is not null and ${t.finalisedAt} is not null)`,
    ),
    check(
      'lkjip_report_sha256_check',
      sql`${t.contentSha256} is null or ${t.contentSha256} ~ '^[0-9a-f]{64}$'`,
    ),
  ],
);

/** An evaluator's comment on one section of an LKjIP in review, and the agency's answer. */
export const lkjipReviewComment = pgTable(
  'lkjip_review_comment',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    reportId: uuid('report_id').notNull(),
    /** ikhtisar, bab1, bab2, bab3-pengukuran, bab3-sasaran-<id>, bab3-anggaran, bab4, lampiran. */
    sectionKey: text('section_key').notNull(),
    authorUserId: uuid('author_user_id').references(() => appUser.id),
    body: text('body').notNull(),
    responseText: text('response_text'),
    respondedAt: instant('responded_at'),
    respondedByUserId: uuid('responded_by_user_id').references(() => appUser.id),
    resolvedAt: instant('resolved_at'),
    resolvedByUserId: uuid('resolved_by_user_id').references(() => appUser.id),
    ...rowVersion(),
  },
  (t) => [
    foreignKey({
      name: 'lkjip_review_comment_report_fk',
      columns: [t.reportId, t.agencyId],
      foreignColumns: [lkjipReport.id, lkjipReport.agencyId],
    }),
    check(
      'lkjip_review_comment_section_check',
      sql`${t.sectionKey} ~ '^(ikhtisar|bab1|bab2|bab3-pengukuran|bab3-sasaran-[0-9a-f-]{36}|bab3-anggaran|bab4|lampiran)$'`,
    ),
    check('lkjip_review_comment_body_check', sql`length(trim(${t.body})) > 0`),
    check(
      'lkjip_review_comment_response_check',
      sql`${t.respondedAt} is null or ${t.responseText} is not null`,
    ),
    index('lkjip_review_comment_report_idx').on(t.reportId),
  ],
);

/**
 * A long job (report generation, import) run in the server process. Its
 * status and progress are persisted so a client can poll or follow them; the
 * result bytes are kept for download. A job left `queued`/`running` by a
 * restart is marked failed on startup.
 */
export const backgroundJob = pgTable(
  'background_job',
  {
    id: id(),
    /** e.g. `report.lkjip_docx`, `import.realisations`. */
    kind: text('kind').notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('queued'),
    progress: integer('progress').notNull().default(0),
    message: text('message'),
    /** The error's user message when failed. */
    error: text('error'),
    result: bytea('result'),
    resultFileName: text('result_file_name'),
    resultMimeType: text('result_mime_type'),
    ownerUserId: uuid('owner_user_id').references(() => appUser.id),
    regionId: uuid('region_id').references(() => region.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    startedAt: instant('started_at'),
    finishedAt: instant('finished_at'),
    ...rowVersion(),
  },
  (t) => [
    check('background_job_status_check', oneOf(t.status, JOB_STATUSES)),
    check('background_job_progress_check', sql`${t.progress} between 0 and 100`),
    check('background_job_kind_check', sql`${t.kind} ~ '^[a-z_]+([.][a-z_]+)*$'`),
    index('background_job_owner_idx').on(t.ownerUserId, t.createdAt),
    index('background_job_status_idx').on(t.status),
  ],
);
