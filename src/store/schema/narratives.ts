/**
 * Narrative text of a report, per year, section and (optionally) sasaran:
 * analysis, causes of success or failure, solutions, steps ahead.
 */
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, plausibleYear, rowVersion } from './columns.ts';
import { NARRATIVE_TOPICS } from './enums.ts';
import { agency } from './regions-agencies.ts';
import { sasaranStrategis } from './renstra.ts';

export const narrative = pgTable(
  'narrative',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agency.id),
    year: integer('year').notNull(),
    /** Section key of the LKjIP outline, e.g. `bab1.latar_belakang`, `bab3.analisis_sasaran`, `bab4.kesimpulan`. */
    section: text('section').notNull(),
    sasaranStrategisId: uuid('sasaran_strategis_id'),
    topic: text('topic', { enum: NARRATIVE_TOPICS }).notNull().default('umum'),
    body: text('body').notNull(),
    ...rowVersion(),
  },
  (t) => [
    unique('narrative_key')
      .on(t.agencyId, t.year, t.section, t.sasaranStrategisId, t.topic)
      .nullsNotDistinct(),
    foreignKey({
      name: 'narrative_sasaran_fk',
      columns: [t.sasaranStrategisId, t.agencyId],
      foreignColumns: [sasaranStrategis.id, sasaranStrategis.agencyId],
    }),
    check('narrative_year_check', plausibleYear(t.year)),
    check('narrative_topic_check', oneOf(t.topic, NARRATIVE_TOPICS)),
    check('narrative_section_check', sql`${t.section} ~ '^[a-z0-9_]+([.][a-z0-9_]+)*$'`),
    index('narrative_sasaran_idx').on(t.sasaranStrategisId),
  ],
);
