/**
 * The append-only audit log: who changed what, when, from where, with the row
 * before and after. A trigger (see the migrations) rejects UPDATE and DELETE.
 * No foreign keys: the log outlives what it describes.
 */
import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant, oneOf } from './columns.ts';
import { AUDIT_ORIGINS } from './enums.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    occurredAt: instant('occurred_at').notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** The actor's username at the time (or `system`). */
    actorLabel: text('actor_label').notNull(),
    origin: text('origin', { enum: AUDIT_ORIGINS }).notNull(),
    /** One event type per kind of change, e.g. `realisation.submitted`. */
    action: text('action').notNull(),
    entityTable: text('entity_table').notNull(),
    entityId: text('entity_id').notNull(),
    agencyId: uuid('agency_id'),
    regionId: uuid('region_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
  },
  (t) => [
    check('audit_log_origin_check', oneOf(t.origin, AUDIT_ORIGINS)),
    check('audit_log_action_check', sql`${t.action} ~ '^[a-z_]+([.][a-z_]+)+$'`),
    index('audit_log_entity_idx').on(t.entityTable, t.entityId),
    index('audit_log_agency_idx').on(t.agencyId, t.occurredAt),
  ],
);
