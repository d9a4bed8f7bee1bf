/**
 * The Inspektorat's reviu of a report: one checker run on an agency-year's
 * numbers (the draft LKjIP read from the records, an uploaded
 * `akuntabel/report-data@1` file, or a filled review template), with the
 * report-data it checked and its findings. A finding the evaluator turns into
 * an LKjIP review comment keeps that comment's id (`findings[].commentId`),
 * so the review worksheet (kertas kerja reviu) shows the agency's answer.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { appUser } from './accounts.ts';
import { id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { agency } from './regions-agencies.ts';

/** Where the checked numbers came from. */
export const REVIEW_SOURCES = ['lkjip', 'report_data', 'template'] as const;
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

export const reviewRecord = pgTable(
  'review_record',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    source: text('source', { enum: REVIEW_SOURCES }).notNull(),
    /** The uploaded file's name (null for the draft LKjIP). */
    fileName: text('file_name'),
    reviewerUserId: uuid('reviewer_user_id').references(() => appUser.id),
    /** The report-data@1 object that was checked. */
    reportData: jsonb('report_data').notNull(),
    /** The checker's findings, each with its LKjIP section and, once made, its review comment's id. */
    findings: jsonb('findings').notNull(),
    ...rowVersion(),
  },
  (t) => [
    check('review_record_source_check', oneOf(t.source, REVIEW_SOURCES)),
    check('review_record_year_check', plausibleYear(t.year)),
    check('review_record_findings_check', sql`jsonb_typeof(${t.findings}) = 'array'`),
    index('review_record_agency_idx').on(t.agencyId, t.year),
  ],
);
