/**
 * Reads the audit trail: the events of one record (`entityTable` +
 * `entityId`), or a search — one agency's events (`agencyId`), or without
 * it every event the actor may see — narrowed by who acted (`actor`, the
 * username), the kind of record (`entityTable`), a time range, and with
 * or without sign-ins (`signIns: false`); newest
 * first, a page at a time (`before`: the last id of the previous page;
 * `nextBefore` is null on the last page).
 *
 * Who sees what ('audit.read'): an agency's operator and kepala only their
 * agency's events; admins and evaluators every event of their region (events
 * of its agencies, and region-level events such as deadlines and locks);
 * viewers none. Asking for a record whose events are all outside the
 * actor's reach is forbidden (not an empty page).
 */
import { and, desc, eq, gte, inArray, isNull, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { agency, auditLog } from '../../store/schema/index.ts';
import type { Database } from '../../store/database.ts';
import type { AuditOrigin } from '../../store/schema/enums.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { parseInput } from '../validate.ts';

const page = {
  /** The id of the last event of the previous page. */
  before: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(200).default(50),
};

const instant = z.iso.datetime({ offset: true }).transform((text) => new Date(text));

export const readAuditTrailInput = z.union([
  z.strictObject({
    entityTable: z
      .string()
      .trim()
      .regex(/^[a-z_]+$/),
    entityId: z.string().trim().min(1).max(100),
    ...page,
  }),
  z.strictObject({
    /** One agency's events; absent: every event the actor may see. */
    agencyId: z.uuid().optional(),
    /** Who acted: the username as the event recorded it (`system` for the system), any case. */
    actor: z.string().trim().min(1).max(100).optional(),
    /** One kind of record, e.g. `app_user`. */
    entityTable: z
      .string()
      .trim()
      .regex(/^[a-z_]+$/)
      .optional(),
    from: instant.optional(),
    to: instant.optional(),
    /** false: leave out sign-ins (`session.login`), which are not changes. */
    signIns: z.boolean().optional(),
    ...page,
  }),
]);
export type ReadAuditTrailInput = z.input<typeof readAuditTrailInput>;

export type AuditEventResult = {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  origin: AuditOrigin;
  action: string;
  entityTable: string;
  entityId: string;
  agencyId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

export type AuditTrailPage = { events: AuditEventResult[]; nextBefore: number | null };

export async function readAuditTrail(ctx: ServiceContext, input: unknown): Promise<AuditTrailPage> {
  const data = parseInput(readAuditTrailInput, input);
  return inTransaction(ctx, async (tx) => {
    const where: SQL[] = [];
    if (!('entityId' in data)) {
      if (data.agencyId !== undefined) {
        await authorizeForAgency(tx, ctx, 'audit.read', data.agencyId);
        where.push(eq(auditLog.agencyId, data.agencyId));
      } else {
        const { actor } = ctx;
        authorize(actor, 'audit.read', { regionId: actor.regionId, agencyId: actor.agencyId });
        where.push(visibleTo(tx, actor));
      }
      if (data.actor !== undefined) where.push(sql`lower(${auditLog.actorLabel}) = lower(${data.actor})`);
      if (data.entityTable !== undefined) where.push(eq(auditLog.entityTable, data.entityTable));
      if (data.from) where.push(gte(auditLog.occurredAt, data.from));
      if (data.to) where.push(lte(auditLog.occurredAt, data.to));
      if (data.signIns === false) where.push(ne(auditLog.action, 'session.login'));
    } else {
      const { actor } = ctx;
      // the role may read audit events at all (the record's agency is checked below)
      authorize(actor, 'audit.read', { regionId: actor.regionId, agencyId: actor.agencyId });
      const entity = and(eq(auditLog.entityTable, data.entityTable), eq(auditLog.entityId, data.entityId))!;
      const visible = visibleTo(tx, actor);
      const [counts] = await tx
        .select({
          all: sql<number>`count(*)::int`,
          seen: sql<number>`count(*) filter (where ${visible})::int`,
        })
        .from(auditLog)
        .where(entity);
      if (counts && Number(counts.all) > 0 && Number(counts.seen) === 0) throw forbidden();
      where.push(entity, visible);
    }
    if (data.before !== undefined) where.push(lt(auditLog.id, data.before));
    const rows = await tx
      .select()
      .from(auditLog)
      .where(and(...where))
      .orderBy(desc(auditLog.id))
      .limit(data.limit + 1);
    const more = rows.length > data.limit;
    const events = rows.slice(0, data.limit).map((row) => ({
      id: row.id,
      occurredAt: row.occurredAt,
      actorUserId: row.actorUserId,
      actorLabel: row.actorLabel,
      origin: row.origin,
      action: row.action,
      entityTable: row.entityTable,
      entityId: row.entityId,
      agencyId: row.agencyId,
      before: row.before,
      after: row.after,
      requestId: row.requestId,
    }));
    return { events, nextBefore: more ? (events.at(-1)?.id ?? null) : null };
  });
}

/** The events an actor may see: their agency's, or (region-wide roles) every agency's of the region and the region's own. */
function visibleTo(tx: Database, actor: ServiceContext['actor']): SQL {
  if (actor.agencyId !== null) return eq(auditLog.agencyId, actor.agencyId);
  return or(
    inArray(
      auditLog.agencyId,
      tx.select({ id: agency.id }).from(agency).where(eq(agency.regionId, actor.regionId)),
    ),
    and(isNull(auditLog.agencyId), eq(auditLog.regionId, actor.regionId)),
  )!;
}
