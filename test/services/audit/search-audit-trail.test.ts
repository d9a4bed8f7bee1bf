/**
 * Searching the audit trail without naming one record: every event the actor
 * may see, narrowed by who acted, the kind of record, the agency and the time
 * — and never beyond the actor's reach.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createUser } from '../../../src/services/administer/create-user.ts';
import { readAuditTrail } from '../../../src/services/audit/read-audit-trail.ts';
import { setDeadline } from '../../../src/services/calendar/set-deadline.ts';
import { AppError } from '../../../src/services/errors.ts';
import { auditLog } from '../../../src/store/schema/index.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
let createdUserId: string;

const DAY1 = new Date('2025-01-10T03:00:00Z');
const DAY2 = new Date('2025-01-20T03:00:00Z');
const as = (who: Who, now = DAY2) => contextAt(t.db, w, who, now);

beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
  await setDeadline(as('admin', DAY1), {
    regionId: w.region.id,
    year: 2024,
    kind: 'lkjip',
    dueDate: '2025-02-28',
  });
  createdUserId = (
    await createUser(as('admin', DAY2), {
      regionId: w.region.id,
      username: 'operator.baru',
      displayName: 'Operator Baru',
      password: 'kata-sandi-cukup-panjang',
      role: 'operator',
      agencyId: w.agency.id,
    })
  ).id;
  await createLkjipDraft(as('operator', DAY2), { agencyId: w.agency.id, year: 2024 });
  await createLkjipDraft(as('foreign', DAY2), { agencyId: w.foreignAgency.id, year: 2024 });
});
afterAll(async () => t.close());

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const actions = (page: { events: { action: string }[] }) => page.events.map((e) => e.action);

describe('readAuditTrail as a search', () => {
  it('gives an admin every event of the region, agencies’ and the region’s own, newest first', async () => {
    expect(actions(await readAuditTrail(as('admin'), {}))).toEqual([
      'lkjip_report.created',
      'lkjip_report.created',
      'app_user.created',
      'reporting_deadline.created',
      'realisation.submitted',
    ]);
  });

  it('finds the creation of a user by who acted and the kind of record, with the row after', async () => {
    const page = await readAuditTrail(as('evaluator'), {
      actor: w.admin.username.toUpperCase(),
      entityTable: 'app_user',
    });
    expect(page.events).toHaveLength(1);
    expect(page.events[0]).toMatchObject({
      action: 'app_user.created',
      entityId: createdUserId,
      agencyId: w.agency.id,
      actorUserId: w.admin.id,
      before: null,
      after: { username: 'operator.baru', role: 'operator', agencyId: w.agency.id },
    });
    expect(JSON.stringify(page.events[0]!.after)).not.toContain('scrypt');
  });

  it('narrows to one agency and a time range', async () => {
    expect(actions(await readAuditTrail(as('admin'), { agencyId: w.foreignAgency.id }))).toEqual([
      'lkjip_report.created',
    ]);
    const firstDay = await readAuditTrail(as('admin'), {
      from: '2025-01-10T00:00:00+07:00',
      to: '2025-01-10T23:59:59+07:00',
    });
    expect(actions(firstDay)).toEqual(['reporting_deadline.created']);
  });

  it('keeps an agency’s users to their agency’s events, even when they search the whole trail', async () => {
    const own = await readAuditTrail(as('operator'), {});
    expect(own.events.every((e) => e.agencyId === w.agency.id)).toBe(true);
    expect(actions(own)).toEqual(['lkjip_report.created', 'app_user.created', 'realisation.submitted']);
    expect(actions(await readAuditTrail(as('operator'), { actor: w.foreignUser.username }))).toEqual([]);
    expect((await rejection(readAuditTrail(as('operator'), { agencyId: w.foreignAgency.id }))).code).toBe(
      'forbidden',
    );
    expect((await rejection(readAuditTrail(as('viewer'), {}))).code).toBe('forbidden');
  });

  it('leaves out sign-ins when asked: they are not changes', async () => {
    await t.db.insert(auditLog).values({
      occurredAt: DAY2,
      actorUserId: w.user.id,
      actorLabel: w.user.username,
      origin: 'web',
      action: 'session.login',
      entityTable: 'app_user',
      entityId: w.user.id,
      agencyId: w.agency.id,
      regionId: w.region.id,
    });
    expect(actions(await readAuditTrail(as('kepala'), { limit: 1 }))).toEqual(['session.login']);
    expect(actions(await readAuditTrail(as('kepala'), { signIns: false }))).not.toContain('session.login');
  });

  it('pages through the search with a cursor', async () => {
    const first = await readAuditTrail(as('admin'), { limit: 3 });
    expect(first.events).toHaveLength(3);
    const second = await readAuditTrail(as('admin'), { limit: 3, before: first.nextBefore! });
    expect(actions(second)).toEqual(['reporting_deadline.created', 'realisation.submitted']);
    expect(second.nextBefore).toBeNull();
  });
});
