import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/services/audit.ts';
import type { ServiceContext } from '../../src/services/context.ts';
import { AppError } from '../../src/services/errors.ts';
import { updateVersioned } from '../../src/services/versioned-update.ts';
import { auditLog, realisation } from '../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-db.ts';
import { seedSmallAgency, type SmallAgency } from '../support/store-fixtures.ts';

let t: TestDatabase;
let seed: SmallAgency;
beforeAll(async () => {
  t = await createTestDatabase();
  seed = await seedSmallAgency(t.db);
});
afterAll(async () => t.close());

const what = { id: 'Realisasi', en: 'Realisation' };

describe('optimistic concurrency (a version per record)', () => {
  it('two clients edit the same record: one wins, the other gets a conflict and no update is lost', async () => {
    const [row] = await t.db.select().from(realisation).where(eq(realisation.id, seed.realisation.id));
    const read = row!.version;
    const first = await updateVersioned(
      t.db,
      realisation,
      row!.id,
      read,
      { note: 'klien A' },
      what,
      new Date(),
    );
    expect(first.version).toBe(read + 1);
    const stale = updateVersioned(t.db, realisation, row!.id, read, { note: 'klien B' }, what, new Date());
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    const [after] = await t.db.select().from(realisation).where(eq(realisation.id, row!.id));
    expect(after).toMatchObject({ note: 'klien A', version: read + 1 });
  });
  it('a missing record is not-found, not a conflict', async () => {
    const missing = updateVersioned(
      t.db,
      realisation,
      '00000000-0000-4000-8000-000000000000',
      1,
      { note: 'x' },
      what,
      new Date(),
    );
    await expect(missing).rejects.toBeInstanceOf(AppError);
    await expect(missing).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('audit trail', () => {
  it('records actor, origin, action and the row before and after', async () => {
    const ctx: ServiceContext = {
      db: t.db,
      actor: {
        userId: seed.user.id,
        label: 'operator1',
        role: 'operator',
        regionId: seed.region.id,
        agencyId: seed.agency.id,
      },
      origin: 'cli',
      now: () => new Date('2024-01-20T03:00:00Z'),
    };
    await recordAudit(t.db, ctx, {
      action: 'realisation.updated',
      entityTable: 'realisation',
      entityId: seed.realisation.id,
      agencyId: seed.agency.id,
      before: { value: '80.50' },
      after: { value: '82.40' },
    });
    const rows = await t.db.select().from(auditLog).where(eq(auditLog.entityId, seed.realisation.id));
    expect(rows.at(-1)).toMatchObject({
      actorLabel: 'operator1',
      origin: 'cli',
      action: 'realisation.updated',
      before: { value: '80.50' },
      after: { value: '82.40' },
      occurredAt: new Date('2024-01-20T03:00:00Z'),
    });
  });
});
