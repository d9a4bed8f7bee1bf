import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listRecentChanges } from '../../../src/services/audit/list-recent-changes.ts';
import { recordAudit } from '../../../src/services/audit.ts';
import { AppError } from '../../../src/services/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
/** Lines of the events the fixtures wrote themselves. */
let seeded: number;

// after the fixtures' own events (written at the fixtures' clock)
const at = (time: string) => new Date(`2099-03-04T${time}Z`);
const as = (who: Who, time = '12:00:00') => contextAt(t.db, w, who, at(time));

async function event(who: Who, time: string, action: string, entityId: string, agencyId?: string) {
  const [entityTable] = action.split('.');
  await recordAudit(t.db, as(who, time), {
    action,
    entityTable: entityTable!,
    entityId,
    agencyId: agencyId ?? w.agency.id,
  });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
  seeded = (await listRecentChanges(as('admin'), { agencyId: w.agency.id, limit: 50 })).changes.length;
  // three realisations saved in one minute, a sign-in, a PK signed, one more realisation later
  await event('operator', '03:00:05', 'realisation.saved', 'r1');
  await event('operator', '03:00:20', 'realisation.saved', 'r2');
  await event('operator', '03:00:40', 'realisation.saved', 'r3');
  await event('operator', '03:01:00', 'session.login', w.user.id);
  await event('kepala', '03:05:00', 'pk_version.signed', 'pk1');
  await event('operator', '03:07:00', 'realisation.saved', 'r1');
  // another agency's change, not this agency's
  await event('foreign', '03:08:00', 'realisation.saved', 'x1', w.foreignAgency.id);
});
afterAll(async () => t.close());

describe('listRecentChanges', () => {
  it('lists the agency’s changes newest first, one line per person, action and minute, without sign-ins', async () => {
    const result = await listRecentChanges(as('kepala'), { agencyId: w.agency.id });
    expect(result.agencyId).toBe(w.agency.id);
    expect(result.changes).toHaveLength(3 + seeded);
    expect(
      result.changes
        .slice(0, 3)
        .map((c) => [c.action, c.actorLabel, c.count, c.entityId, c.lastAt.toISOString()]),
    ).toEqual([
      ['realisation.saved', w.user.username, 1, 'r1', '2099-03-04T03:07:00.000Z'],
      ['pk_version.signed', w.kepala.username, 1, 'pk1', '2099-03-04T03:05:00.000Z'],
      ['realisation.saved', w.user.username, 3, 'r3', '2099-03-04T03:00:40.000Z'],
    ]);
    const batch = result.changes[2]!;
    expect(batch.firstAt.toISOString()).toBe('2099-03-04T03:00:05.000Z');
    expect(batch).toMatchObject({ entityTable: 'realisation', origin: 'web' });
    expect(batch.lastEventId).toBeGreaterThan(0);
  });

  it('returns at most `limit` lines', async () => {
    const result = await listRecentChanges(as('evaluator'), { agencyId: w.agency.id, limit: 2 });
    expect(result.changes.map((c) => c.action)).toEqual(['realisation.saved', 'pk_version.signed']);
  });

  it('is the audit readers’ only: another agency’s staff and viewers are refused, an unknown agency is not found', async () => {
    expect((await listRecentChanges(as('admin'), { agencyId: w.agency.id })).changes).toHaveLength(
      3 + seeded,
    );
    expect((await rejection(listRecentChanges(as('foreign'), { agencyId: w.agency.id }))).code).toBe(
      'forbidden',
    );
    expect((await rejection(listRecentChanges(as('viewer'), { agencyId: w.agency.id }))).code).toBe(
      'forbidden',
    );
    expect(
      (await rejection(listRecentChanges(as('admin'), { agencyId: '00000000-0000-4000-8000-000000000000' })))
        .code,
    ).toBe('not-found');
    expect((await rejection(listRecentChanges(as('admin'), { agencyId: w.agency.id, limit: 0 }))).code).toBe(
      'validation',
    );
  });

  it('gives another agency only its own changes', async () => {
    expect(await listRecentChanges(as('foreign'), { agencyId: w.foreignAgency.id })).toEqual({
      agencyId: w.foreignAgency.id,
      changes: [
        expect.objectContaining({
          action: 'realisation.saved',
          actorLabel: w.foreignUser.username,
          count: 1,
        }),
      ],
    });
  });
});
