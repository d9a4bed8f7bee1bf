/**
 * Writing the planned rows of a social-data import (plan-social-import.ts
 * checked them) in batches, per table: new rows inserted, changed rows
 * updated by version (a row changed meanwhile → conflict, and the
 * transaction writes nothing); one audit event per row written, the event the
 * hand entry writes (`ppks_count.saved`, `psks_count.saved`,
 * `assistance_delivery.saved`, with the row before and after), plus one for
 * the import (`social_data.imported`). Then, as the save use cases do, the
 * agency's indicators fed by the Data Sosial are computed again from the new
 * figures (feedSocialIndicators, docs/decisions/0012-social-data-feed.md) in
 * the same transaction, and the read caches learn which tables changed.
 *
 * Each batch is one statement over `json_to_recordset` (one text parameter),
 * ids are made here so nothing is read back.
 */
import { randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../../store/database.ts';
import { queryRows } from '../../store/database.ts';
import { assistanceDelivery, ppksCount, psksCount } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import { markChanged, type ServiceContext } from '../context.ts';
import { conflict, type Texts } from '../errors.ts';
import { feedSocialIndicators } from '../feed/social-feed.ts';
import { conflictOnDuplicate } from '../record/unique-conflict.ts';
import type { ImportProgressShare, ImportScope, ImportSummary } from './import-kind.ts';
import type { PlannedSocialWrite } from './plan-social-import.ts';

const BATCH = 2000;

type TableSpec = {
  table: PgTable;
  entityTable: string;
  action: string;
  what: Texts;
  /** The columns an import sets (besides the row's identity and version). */
  columns: string[];
};

const TABLES: Record<PlannedSocialWrite['table'], TableSpec> = {
  ppks: {
    table: ppksCount,
    entityTable: 'ppks_count',
    action: 'ppks_count.saved',
    what: { id: 'Data PPKS', en: 'PPKS data' },
    columns: ['count', 'served', 'dataSource'],
  },
  psks: {
    table: psksCount,
    entityTable: 'psks_count',
    action: 'psks_count.saved',
    what: { id: 'Data PSKS', en: 'PSKS data' },
    columns: ['count', 'dataSource'],
  },
  assistance: {
    table: assistanceDelivery,
    entityTable: 'assistance_delivery',
    action: 'assistance_delivery.saved',
    what: { id: 'Data penyaluran bantuan', en: 'Assistance delivery data' },
    columns: ['recipients', 'units', 'unitName', 'value', 'fundingSource'],
  },
};

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

type Row = Record<string, unknown>;

/** `name type` of the table's columns (json_to_recordset's record shape) and their names. */
function shapeOf(table: PgTable, keys: readonly string[]): { names: string; shape: string } {
  const columns = getTableColumns(table);
  const list = keys.map((k) => {
    const column = columns[k];
    if (!column) throw new Error(`no column ${k}`);
    return { name: column.name, type: column.getSQLType() };
  });
  return {
    names: list.map((c) => c.name).join(', '),
    shape: list.map((c) => `${c.name} ${c.type}`).join(', '),
  };
}

/** A row as JSON under its column names (dates as ISO text). */
function asRecord(table: PgTable, row: Row, keys: readonly string[]): Row {
  const columns = getTableColumns(table);
  return Object.fromEntries(
    keys.map((k) => {
      const v = row[k];
      return [columns[k]!.name, v instanceof Date ? v.toISOString() : v];
    }),
  );
}

async function writeTable(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  spec: TableSpec,
  writes: readonly PlannedSocialWrite[],
  stepDone: () => void,
): Promise<void> {
  const now = ctx.now();
  const written: { before: Row | null; after: Row }[] = [];

  const fresh = writes
    .filter((w) => w.change === 'new')
    .map((w) => ({
      id: randomUUID(),
      agencyId: scope.agencyId,
      year: scope.year,
      ...w.values,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
  if (fresh.length > 0) {
    const keys = Object.keys(fresh[0]!);
    const { names, shape } = shapeOf(spec.table, keys);
    for (const batch of chunks(fresh)) {
      // someone adding the same row meanwhile: the conflict the hand entry gives, not a raw error
      await conflictOnDuplicate(spec.what, () =>
        tx.execute(
          sql`insert into ${spec.table} (${sql.raw(names)})
            select ${sql.raw(names)}
            from json_to_recordset(${JSON.stringify(batch.map((r) => asRecord(spec.table, r, keys)))}::json)
            as x(${sql.raw(shape)})`,
        ),
      );
      written.push(...batch.map((after) => ({ before: null, after })));
      stepDone();
    }
  }

  const changed = writes.filter((w) => w.change === 'changed');
  if (changed.length > 0) {
    const keys = ['id', 'version', ...spec.columns];
    const { shape } = shapeOf(spec.table, keys);
    const columns = getTableColumns(spec.table);
    const set = spec.columns.map((k) => `${columns[k]!.name} = v.${columns[k]!.name}`).join(', ');
    for (const batch of chunks(changed)) {
      const records = batch.map((w) =>
        asRecord(
          spec.table,
          { ...(w.values as Row), id: w.existing!.id, version: w.existing!.version },
          keys,
        ),
      );
      const updated = await queryRows<{ id: string }>(
        tx,
        sql`update ${spec.table} as t set ${sql.raw(set)}, version = t.version + 1,
              updated_at = ${now.toISOString()}::timestamptz
            from json_to_recordset(${JSON.stringify(records)}::json) as v(${sql.raw(shape)})
            where t.id = v.id and t.version = v.version
            returning t.id`,
      );
      if (updated.length !== batch.length) throw conflict(spec.what);
      for (const w of batch) {
        const before = w.existing as unknown as Row;
        const after: Row = { ...before, version: (before.version as number) + 1, updatedAt: now };
        for (const k of spec.columns) after[k] = (w.values as Row)[k];
        written.push({ before, after });
      }
      stepDone();
    }
  }

  const isUser = ctx.actor.userId !== 'system';
  for (const batch of chunks(written)) {
    const events = batch.map(({ before, after }) => ({ entity_id: after.id, before, after }));
    await tx.execute(
      sql`insert into audit_log (occurred_at, actor_user_id, actor_label, origin, action, entity_table, entity_id, agency_id, region_id, before, after, request_id)
          select ${now.toISOString()}::timestamptz, ${isUser ? ctx.actor.userId : null}::uuid, ${ctx.actor.label}, ${ctx.origin},
            ${spec.action}, ${spec.entityTable}, entity_id, ${scope.agencyId}::uuid,
            ${ctx.actor.regionId === '' ? null : ctx.actor.regionId}::uuid, before, after, ${ctx.requestId ?? null}::text
          from json_to_recordset(${JSON.stringify(events)}::json) as x(entity_id text, before jsonb, after jsonb)`,
    );
  }
  // the read caches learn that this table's records changed (recordAudit does it for single events)
  if (written.length > 0) markChanged(tx, spec.entityTable);
}

export async function writeSocialImport(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  writes: readonly PlannedSocialWrite[],
  summary: ImportSummary,
  progress: ImportProgressShare = () => undefined,
): Promise<void> {
  const byTable = (['ppks', 'psks', 'assistance'] as const).map(
    (table) => [table, writes.filter((w) => w.table === table)] as const,
  );
  const steps = Math.max(1, byTable.reduce((n, [, list]) => n + Math.ceil(list.length / BATCH), 0) + 1);
  let step = 0;
  const stepDone = () => progress(++step / steps);
  const tables: string[] = [];
  for (const [table, list] of byTable) {
    if (list.length === 0) continue;
    await writeTable(tx, ctx, scope, TABLES[table], list, stepDone);
    tables.push(TABLES[table].entityTable);
  }
  // as savePpksCounts / savePsksCounts / saveAssistanceDelivery: fed indicators follow the data
  const fed = await feedSocialIndicators(tx, ctx, { agencyId: scope.agencyId, years: [scope.year] });
  stepDone();
  await recordAudit(tx, ctx, {
    action: 'social_data.imported',
    entityTable: tables[0] ?? 'ppks_count',
    entityId: summary.fileSha256,
    agencyId: scope.agencyId,
    after: { ...summary, tables, fed },
  });
}
