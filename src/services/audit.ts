/**
 * The append-only audit trail: one event per change, with actor, time,
 * origin and the row before and after. Written in the same transaction as
 * the change, so there is no change without its event.
 */
import { auditLog } from '../store/schema/index.ts';
import type { Database } from '../store/database.ts';
import { markChanged, type ServiceContext } from './context.ts';

export type AuditEvent = {
  /** One event type per kind of change: `realisation.submitted`, `pk_version.signed`. */
  action: string;
  entityTable: string;
  entityId: string;
  agencyId?: string | null;
  before?: unknown;
  after?: unknown;
};

export async function recordAudit(tx: Database, ctx: ServiceContext, event: AuditEvent): Promise<void> {
  markChanged(tx, event.entityTable);
  const isUser = ctx.actor.userId !== 'system';
  await tx.insert(auditLog).values({
    occurredAt: ctx.now(),
    actorUserId: isUser ? ctx.actor.userId : null,
    actorLabel: ctx.actor.label,
    origin: ctx.origin,
    action: event.action,
    entityTable: event.entityTable,
    entityId: event.entityId,
    agencyId: event.agencyId ?? null,
    regionId: ctx.actor.regionId === '' ? null : ctx.actor.regionId,
    before: toJson(event.before),
    after: toJson(event.after),
    requestId: ctx.requestId ?? null,
  });
}

/** Rows become plain JSON (dates as ISO text, bytes left out). */
function toJson(value: unknown): unknown {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? `(${v.byteLength} byte)` : v)),
  );
}
