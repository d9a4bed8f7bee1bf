/**
 * Writing the planned realisations of an import (plan-realisation-import.ts
 * checked them) in batches: new rows inserted, changed rows updated by
 * version (a row changed meanwhile → conflict, and the transaction writes
 * nothing), component values replaced, and one audit event per row written
 * (`realisation.saved`, the event saveRealisation writes) plus one for the
 * import itself.
 *
 * Speed: row by row this is ~4 statements a row, minutes for 50.000 rows on
 * the embedded database. Each batch is one statement over
 * `json_to_recordset` (one text parameter: ~2× faster than a multi-row VALUES
 * with a parameter per cell), ids are made here so nothing is read back.
 */
import { randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { queryRows } from '../../store/database.ts';
import { realisation } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { markChanged, type ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { REALISATION_TEXTS } from '../record/realisation-input.ts';
import { actorUserId } from '../record/record-inputs.ts';
import type { PlannedRealisationWrite } from './plan-realisation-import.ts';

const BATCH = 5000;

type RealisationRow = typeof realisation.$inferSelect;

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Every column of the table as null (the columns a new row leaves to later steps). */
const BLANK_ROW = Object.fromEntries(
  Object.keys(getTableColumns(realisation)).map((k) => [k, null]),
) as unknown as RealisationRow;

/** A new row as the table holds it (every column; defaults as the schema gives them). */
function newRow(write: PlannedRealisationWrite, userId: string | null, now: Date): RealisationRow {
  const { plan } = write;
  return {
    ...BLANK_ROW,
    id: randomUUID(),
    agencyId: plan.indicator.agencyId,
    indicatorId: plan.indicator.id,
    year: plan.input.year,
    periodKind: plan.input.periodKind,
    periodNo: plan.input.periodNo,
    value: plan.values.value,
    grade: plan.values.grade,
    note: plan.values.note,
    status: 'draft',
    enteredByUserId: userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

const json = (rows: unknown[]) => JSON.stringify(rows);

export async function writeRealisationImport(
  tx: Database,
  ctx: ServiceContext,
  agencyId: string,
  writes: readonly PlannedRealisationWrite[],
  summary: Record<string, unknown>,
  progress: (share: number) => void = () => undefined,
  /** `importEvent: false` when the caller records its own event for the import (report-data). */
  options: { importEvent?: boolean } = {},
): Promise<void> {
  const now = ctx.now();
  const userId = actorUserId(ctx);
  const written: { write: PlannedRealisationWrite; row: RealisationRow }[] = [];
  const steps = Math.max(1, Math.ceil(writes.length / BATCH) * 2);
  let step = 0;
  const stepDone = () => progress(++step / steps);

  for (const batch of chunks(writes.filter((w) => w.change === 'new'))) {
    const rows = batch.map((write) => ({ write, row: newRow(write, userId, now) }));
    // what every new row shares is a constant of the statement, not a field of each JSON row
    await tx.execute(
      sql`insert into ${realisation} (id, agency_id, indicator_id, year, period_kind, period_no, value, grade, note, status, entered_by_user_id, created_at, updated_at)
          select id, agency_id, indicator_id, year, period_kind, period_no, value, grade, note, 'draft', ${userId}::uuid,
            ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
          from json_to_recordset(${json(
            rows.map(({ row: r }) => ({
              id: r.id,
              agency_id: r.agencyId,
              indicator_id: r.indicatorId,
              year: r.year,
              period_kind: r.periodKind,
              period_no: r.periodNo,
              value: r.value,
              grade: r.grade,
              note: r.note,
            })),
          )}::json) as x(id uuid, agency_id uuid, indicator_id uuid, year int, period_kind text, period_no int,
            value numeric, grade text, note text)`,
    );
    written.push(...rows);
    stepDone();
  }

  for (const batch of chunks(writes.filter((w) => w.change === 'changed'))) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${realisation} as r set value = v.value, grade = v.grade, note = v.note,
            entered_by_user_id = ${userId}::uuid, version = r.version + 1, updated_at = ${now.toISOString()}::timestamptz
          from json_to_recordset(${json(
            batch.map(({ plan }) => ({
              id: plan.existing!.id,
              version: plan.existing!.version,
              value: plan.values.value,
              grade: plan.values.grade,
              note: plan.values.note,
            })),
          )}::json) as v(id uuid, version int, value numeric, grade text, note text)
          where r.id = v.id and r.version = v.version and r.status in ('draft', 'returned')
          returning r.id`,
    );
    if (updated.length !== batch.length) throw conflict(REALISATION_TEXTS);
    for (const write of batch) {
      const existing = write.plan.existing!;
      written.push({
        write,
        row: {
          ...existing,
          ...write.plan.values,
          enteredByUserId: userId,
          version: existing.version + 1,
          updatedAt: now,
        },
      });
    }
    stepDone();
  }

  const withComponents = written.filter((w) => w.write.plan.components !== null);
  for (const batch of chunks(withComponents)) {
    await tx.execute(
      sql`delete from realisation_component where realisation_id in
          (select value::uuid from json_array_elements_text(${json(batch.map((w) => w.row.id))}::json))`,
    );
    const values = batch.flatMap(({ write, row }) =>
      (write.plan.components ?? []).map((c) => ({
        agency_id: agencyId,
        realisation_id: row.id,
        indicator_component_id: c.componentId,
        value: c.value,
      })),
    );
    if (values.length > 0)
      await tx.execute(
        sql`insert into realisation_component (agency_id, realisation_id, indicator_component_id, value, created_at, updated_at)
            select agency_id, realisation_id, indicator_component_id, value, ${now.toISOString()}::timestamptz, ${now.toISOString()}::timestamptz
            from json_to_recordset(${json(values)}::json) as x(agency_id uuid, realisation_id uuid, indicator_component_id uuid, value numeric)`,
      );
  }

  const isUser = ctx.actor.userId !== 'system';
  for (const batch of chunks(written)) {
    const events = batch.map(({ write, row }) => {
      const components = write.plan.components
        ? Object.fromEntries(write.plan.components.map((c) => [c.code, c.value]))
        : null;
      return {
        entity_id: row.id,
        before: write.plan.existing
          ? { ...write.plan.existing, components: write.plan.existingComponents }
          : null,
        after: { ...row, components },
      };
    });
    // jsonb in, so each event's before/after is parsed once (json_to_recordset parses it again into jsonb)
    await tx.execute(
      sql`insert into audit_log (occurred_at, actor_user_id, actor_label, origin, action, entity_table, entity_id, agency_id, region_id, before, after, request_id)
          select ${now.toISOString()}::timestamptz, ${isUser ? ctx.actor.userId : null}::uuid, ${ctx.actor.label}, ${ctx.origin},
            'realisation.saved', 'realisation', entity_id, ${agencyId}::uuid,
            ${ctx.actor.regionId === '' ? null : ctx.actor.regionId}::uuid, before, after, ${ctx.requestId ?? null}::text
          from jsonb_to_recordset(${json(events)}::jsonb) as x(entity_id text, before jsonb, after jsonb)`,
    );
    stepDone();
  }
  // the import itself (and, through recordAudit, the read caches learn that realisations changed)
  if (options.importEvent === false) {
    markChanged(tx, 'realisation');
    return;
  }
  await recordAudit(tx, ctx, {
    action: 'realisation.imported',
    entityTable: 'realisation',
    entityId: String(summary.fileSha256 ?? agencyId),
    agencyId,
    after: summary,
  });
}
