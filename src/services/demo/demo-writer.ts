/**
 * The demo loader's shared pieces: batched inserts that count rows and queue
 * one audit event per row (see load-demo.ts), and what every loading step gets.
 */
import type { PgTable } from 'drizzle-orm/pg-core';
import { toPlainDecimal } from '../../domain/numbers.ts';
import type { Database } from '../../store/database.ts';
import * as s from '../../store/schema/index.ts';
import type { AgencyBundle } from './agency-bundle.ts';

export const decimal = (value: number): string => toPlainDecimal(value);

type AuditRow = typeof s.auditLog.$inferInsert;

/** Batched inserts that count rows and queue one audit event per row. */
export class Writer {
  readonly rows: Record<string, number> = {};
  readonly audit: AuditRow[] = [];
  regionId: string | null = null;

  constructor(
    private readonly tx: Database,
    private readonly at: Date,
  ) {}

  async insert<T extends PgTable>(
    table: T,
    entityTable: string,
    values: T['$inferInsert'][],
    describe: (row: T['$inferSelect']) => { entityId: string; agencyId: string | null },
  ): Promise<void> {
    for (let start = 0; start < values.length; start += 400) {
      const chunk = values.slice(start, start + 400);
      const inserted = (await this.tx
        .insert(table)
        .values(chunk as never)
        .returning()) as T['$inferSelect'][];
      for (const row of inserted) this.queue(`${entityTable}.created`, entityTable, describe(row), row);
      this.rows[entityTable] = (this.rows[entityTable] ?? 0) + inserted.length;
    }
  }

  queue(
    action: string,
    entityTable: string,
    target: { entityId: string; agencyId: string | null },
    after: unknown,
  ): void {
    this.audit.push({
      occurredAt: this.at,
      actorUserId: null,
      actorLabel: 'system',
      origin: 'system',
      action,
      entityTable,
      entityId: target.entityId,
      agencyId: target.agencyId,
      regionId: this.regionId,
      before: null,
      after: JSON.parse(JSON.stringify(after)) as unknown,
    });
  }

  async flushAudit(): Promise<void> {
    for (let start = 0; start < this.audit.length; start += 400) {
      await this.tx.insert(s.auditLog).values(this.audit.slice(start, start + 400));
    }
    this.rows.audit_log = (this.rows.audit_log ?? 0) + this.audit.length;
  }
}

export const byId = (row: { id: string; agencyId?: string | null }) => ({
  entityId: row.id,
  agencyId: row.agencyId ?? null,
});

/** What every loading step works with: the writer, the transaction, the bundle and the load instant. */
export type DemoLoad = { w: Writer; tx: Database; bundle: AgencyBundle; at: Date };
