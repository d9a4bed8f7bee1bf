/**
 * Writing the planned budget import (plan-budget-import.ts checked it) in
 * one transaction: new programs, kegiatan and sub kegiatan (parents first),
 * then budget lines (new inserted, changed updated by version), then
 * realisations (likewise). A row changed since the plan read it is a
 * conflict, and the transaction writes nothing. Each written row gets the
 * audit event its hand-entry use case writes (`program.created`,
 * `kegiatan.created`, `sub_kegiatan.created`, `budget_line.saved`,
 * `budget_realisation.saved`), plus `budget.imported` for the import; the
 * read caches learn of every table written (markChanged, as recordAudit).
 *
 * Inserts are multi-row statements of up to BATCH rows; updates are one
 * statement per batch over `json_to_recordset`: a DPA has hundreds of lines,
 * not tens of thousands, so this is a few statements per table.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { queryRows } from '../../store/database.ts';
import {
  auditLog,
  budgetLine,
  budgetRealisation,
  kegiatan,
  program,
  subKegiatan,
} from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { markChanged, type ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import type { BudgetStructureResult } from '../plan/budget-structure-result.ts';
import { BUDGET_LINE_TEXTS } from '../record/save-budget-line.ts';
import type { ImportProgressShare, ImportScope, ImportSummary } from './import-kind.ts';
import type { BudgetWrite } from './plan-budget-import.ts';

const BATCH = 1000;
const REALISATION_TEXTS = { id: 'Realisasi anggaran', en: 'Budget realisation' };

type Of<T extends BudgetWrite['type']> = Extract<BudgetWrite, { type: T }>;
type Event = { action: string; entityTable: string; entityId: string; before: unknown; after: unknown };

function chunks<T>(list: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

const ofType = <T extends BudgetWrite['type']>(writes: readonly BudgetWrite[], type: T) =>
  writes.filter((w): w is Of<T> => w.type === type);

export async function writeBudgetImport(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  writes: readonly BudgetWrite[],
  summary: ImportSummary,
  progress: ImportProgressShare = () => undefined,
): Promise<void> {
  const { agencyId } = scope;
  // the kind asks plan.write (structure and pagu); realisations are record.write in the hand-entry path
  if (writes.some((w) => w.type === 'realisation'))
    await authorizeForAgency(tx, ctx, 'record.write', agencyId);
  const now = ctx.now();
  const events: Event[] = [];
  const structure = (
    row: {
      id: string;
      agencyId: string;
      code: string;
      name: string;
      orgUnitId: string | null;
      version: number;
    },
    parentId: string,
  ): BudgetStructureResult => ({ ...row, parentId });

  const programIds = new Map<string, string>();
  const programRows = ofType(writes, 'program').map((w) => {
    const id = randomUUID();
    programIds.set(w.code, id);
    return {
      id,
      agencyId,
      renstraPeriodId: w.renstraPeriodId,
      code: w.code,
      name: w.name,
      createdAt: now,
      updatedAt: now,
    };
  });
  for (const batch of chunks(programRows)) await tx.insert(program).values(batch);
  for (const r of programRows)
    events.push({
      action: 'program.created',
      entityTable: 'program',
      entityId: r.id,
      before: null,
      after: structure({ ...r, orgUnitId: null, version: 1 }, r.renstraPeriodId),
    });
  progress(0.1);

  const kegiatanIds = new Map<string, string>();
  const kegiatanRows = ofType(writes, 'kegiatan').map((w) => {
    const id = randomUUID();
    kegiatanIds.set(w.code, id);
    const programId = w.parentId ?? programIds.get(w.parentCode)!;
    return { id, agencyId, programId, code: w.code, name: w.name, createdAt: now, updatedAt: now };
  });
  for (const batch of chunks(kegiatanRows)) await tx.insert(kegiatan).values(batch);
  for (const r of kegiatanRows)
    events.push({
      action: 'kegiatan.created',
      entityTable: 'kegiatan',
      entityId: r.id,
      before: null,
      after: structure({ ...r, orgUnitId: null, version: 1 }, r.programId),
    });

  const subIds = new Map<string, string>();
  const subRows = ofType(writes, 'sub').map((w) => {
    const id = randomUUID();
    subIds.set(w.code, id);
    const kegiatanId = w.parentId ?? kegiatanIds.get(w.parentCode)!;
    return { id, agencyId, kegiatanId, code: w.code, name: w.name, createdAt: now, updatedAt: now };
  });
  for (const batch of chunks(subRows)) await tx.insert(subKegiatan).values(batch);
  for (const r of subRows)
    events.push({
      action: 'sub_kegiatan.created',
      entityTable: 'sub_kegiatan',
      entityId: r.id,
      before: null,
      after: structure({ ...r, orgUnitId: null, version: 1 }, r.kegiatanId),
    });
  progress(0.3);

  const lineIds = new Map<string, string>();
  const lines = ofType(writes, 'line');
  const newLines = lines
    .filter((w) => w.existing === null)
    .map((w) => {
      const row: typeof budgetLine.$inferSelect = {
        id: randomUUID(),
        agencyId,
        subKegiatanId: w.subId ?? subIds.get(w.subCode)!,
        year: scope.year,
        spendingType: w.spendingType,
        paguMurni: w.paguMurni,
        paguPerubahan: w.paguPerubahan,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      lineIds.set(`${w.subCode}|${w.spendingType}`, row.id);
      return row;
    });
  for (const batch of chunks(newLines)) await tx.insert(budgetLine).values(batch);
  for (const r of newLines)
    events.push({
      action: 'budget_line.saved',
      entityTable: 'budget_line',
      entityId: r.id,
      before: null,
      after: r,
    });
  for (const batch of chunks(lines.filter((w) => w.existing !== null))) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${budgetLine} as b set pagu_murni = v.pagu_murni, pagu_perubahan = v.pagu_perubahan,
            version = b.version + 1, updated_at = ${now.toISOString()}::timestamptz
          from json_to_recordset(${JSON.stringify(
            batch.map((w) => ({
              id: w.existing!.id,
              version: w.existing!.version,
              pagu_murni: w.paguMurni,
              pagu_perubahan: w.paguPerubahan,
            })),
          )}::json) as v(id uuid, version int, pagu_murni bigint, pagu_perubahan bigint)
          where b.id = v.id and b.version = v.version and b.agency_id = ${agencyId}::uuid
          returning b.id`,
    );
    if (updated.length !== batch.length) throw conflict(BUDGET_LINE_TEXTS);
    for (const w of batch) {
      const before = w.existing!;
      const after = {
        ...before,
        paguMurni: w.paguMurni,
        paguPerubahan: w.paguPerubahan,
        version: before.version + 1,
        updatedAt: now,
      };
      events.push({
        action: 'budget_line.saved',
        entityTable: 'budget_line',
        entityId: before.id,
        before,
        after,
      });
    }
  }
  progress(0.5);

  const realisations = ofType(writes, 'realisation');
  const newRealisations = realisations
    .filter((w) => w.existing === null)
    .map((w): typeof budgetRealisation.$inferSelect => ({
      id: randomUUID(),
      agencyId,
      budgetLineId: w.lineId ?? lineIds.get(`${w.subCode}|${w.spendingType}`)!,
      periodKind: w.periodKind,
      periodNo: w.periodNo,
      amount: w.amount,
      note: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    }));
  for (const batch of chunks(newRealisations)) await tx.insert(budgetRealisation).values(batch);
  for (const r of newRealisations)
    events.push({
      action: 'budget_realisation.saved',
      entityTable: 'budget_realisation',
      entityId: r.id,
      before: null,
      after: r,
    });
  for (const batch of chunks(realisations.filter((w) => w.existing !== null))) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${budgetRealisation} as r set amount = v.amount,
            version = r.version + 1, updated_at = ${now.toISOString()}::timestamptz
          from json_to_recordset(${JSON.stringify(
            batch.map((w) => ({ id: w.existing!.id, version: w.existing!.version, amount: w.amount })),
          )}::json) as v(id uuid, version int, amount bigint)
          where r.id = v.id and r.version = v.version and r.agency_id = ${agencyId}::uuid
          returning r.id`,
    );
    if (updated.length !== batch.length) throw conflict(REALISATION_TEXTS);
    for (const w of batch) {
      const before = w.existing!;
      const after = { ...before, amount: w.amount, version: before.version + 1, updatedAt: now };
      events.push({
        action: 'budget_realisation.saved',
        entityTable: 'budget_realisation',
        entityId: before.id,
        before,
        after,
      });
    }
  }
  progress(0.7);

  const isUser = ctx.actor.userId !== 'system';
  for (const batch of chunks(events)) {
    await tx.insert(auditLog).values(
      batch.map((e) => ({
        occurredAt: now,
        actorUserId: isUser ? ctx.actor.userId : null,
        actorLabel: ctx.actor.label,
        origin: ctx.origin,
        action: e.action,
        entityTable: e.entityTable,
        entityId: e.entityId,
        agencyId,
        regionId: ctx.actor.regionId === '' ? null : ctx.actor.regionId,
        before: json(e.before),
        after: json(e.after),
        requestId: ctx.requestId ?? null,
      })),
    );
  }
  // the read caches learn of every table written
  for (const table of new Set(events.map((e) => e.entityTable))) markChanged(tx, table);
  // entered records only (realisations) leave the set-up caches current, as a typed realisation does
  const onlyRecords = events.every((e) => e.entityTable === 'budget_realisation');
  await recordAudit(tx, ctx, {
    action: 'budget.imported',
    entityTable: onlyRecords ? 'budget_realisation' : 'budget_line',
    entityId: summary.fileSha256,
    agencyId,
    after: summary,
  });
  progress(1);
}

/** Rows as plain JSON (dates as ISO text), as recordAudit stores them. */
const json = (value: unknown): unknown => (value === null ? null : JSON.parse(JSON.stringify(value)));
