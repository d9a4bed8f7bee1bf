/**
 * An agency's recent changes, for its dashboard: the audit events of the
 * agency that changed something (sign-ins, `session.*`, are left out), newest
 * first, with the events one person made of one kind within the same minute
 * counted as one line ("system created 110 assistance rows"), so a batch
 * (loading the demo, pasting a grid) does not push everything else off the
 * list. Only the newest `WINDOW` change events are grouped.
 *
 * Who may read it is who may read the agency's audit trail ('audit.read'):
 * the agency's operator and kepala, the region's admins and evaluators; not
 * viewers. The events themselves (with the rows before and after) are read
 * through read-audit-trail.ts.
 */
import { and, desc, eq, notLike, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { AuditOrigin } from '../../store/schema/enums.ts';
import { auditLog } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';

export const listRecentChangesInput = z.strictObject({
  agencyId: z.uuid(),
  /** How many lines (groups) to return. */
  limit: z.number().int().min(1).max(50).default(10),
});
export type ListRecentChangesInput = z.input<typeof listRecentChangesInput>;

/** The newest change events of the agency that are grouped into lines. */
export const WINDOW = 1000;

export type RecentChange = {
  /** The event type, e.g. `realisation.saved`: `<table>.<what happened>`. */
  action: string;
  entityTable: string;
  /** The username as the events recorded it (`system` for the system). */
  actorLabel: string;
  origin: AuditOrigin;
  /** Events in the line (same actor, action and minute). */
  count: number;
  firstAt: Date;
  lastAt: Date;
  /** The newest event's id (read it with GET /audit?entityTable=…&entityId=…). */
  lastEventId: number;
  /** The record of the newest event. */
  entityId: string;
};

export type RecentChanges = { agencyId: string; changes: RecentChange[] };

export async function listRecentChanges(ctx: ServiceContext, input: unknown): Promise<RecentChanges> {
  const data = parseInput(listRecentChangesInput, input);
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'audit.read', data.agencyId);
    const recent = tx
      .select({
        id: auditLog.id,
        occurredAt: auditLog.occurredAt,
        actorLabel: auditLog.actorLabel,
        origin: auditLog.origin,
        action: auditLog.action,
        entityTable: auditLog.entityTable,
        entityId: auditLog.entityId,
      })
      .from(auditLog)
      .where(and(eq(auditLog.agencyId, data.agencyId), notLike(auditLog.action, 'session.%')))
      .orderBy(desc(auditLog.occurredAt), desc(auditLog.id))
      .limit(WINDOW)
      .as('recent');
    const minute = sql`date_trunc('minute', ${recent.occurredAt})`;
    const lastId = sql<number>`max(${recent.id})`;
    const rows = await tx
      .select({
        action: recent.action,
        entityTable: recent.entityTable,
        actorLabel: recent.actorLabel,
        origin: recent.origin,
        count: sql<number>`count(*)::int`,
        firstAt: sql<string | Date>`min(${recent.occurredAt})`,
        lastAt: sql<string | Date>`max(${recent.occurredAt})`,
        lastEventId: lastId,
        entityId: sql<string>`(array_agg(${recent.entityId} order by ${recent.id} desc))[1]`,
      })
      .from(recent)
      .groupBy(recent.action, recent.entityTable, recent.actorLabel, recent.origin, minute)
      .orderBy(sql`max(${recent.occurredAt}) desc`, desc(lastId))
      .limit(data.limit);
    return {
      agencyId: data.agencyId,
      changes: rows.map((row) => ({
        action: row.action,
        entityTable: row.entityTable,
        actorLabel: row.actorLabel,
        origin: row.origin,
        count: Number(row.count),
        firstAt: new Date(row.firstAt),
        lastAt: new Date(row.lastAt),
        lastEventId: Number(row.lastEventId),
        entityId: row.entityId,
      })),
    };
  });
}
