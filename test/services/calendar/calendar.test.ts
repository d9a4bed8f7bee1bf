import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listDeadlines } from '../../../src/services/calendar/list-deadlines.ts';
import { listLate } from '../../../src/services/calendar/list-late.ts';
import { listNotifications } from '../../../src/services/calendar/list-notifications.ts';
import { MemoryMailer } from '../../../src/services/calendar/mailer.ts';
import { markNotificationRead } from '../../../src/services/calendar/mark-notification-read.ts';
import {
  assertDocumentOpen,
  assertPeriodOpen,
  lockOverduePeriods,
} from '../../../src/services/calendar/period-lock.ts';
import { reopenPeriod } from '../../../src/services/calendar/reopen-period.ts';
import { dueReminders } from '../../../src/services/calendar/due-reminders.ts';
import { sendDueReminders } from '../../../src/services/calendar/send-due-reminders.ts';
import { setDeadline } from '../../../src/services/calendar/set-deadline.ts';
import { AppError } from '../../../src/services/errors.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
});
afterAll(async () => t.close());

const SET_AT = new Date('2024-06-01T02:00:00Z');
const as = (who: Who, now: Date = SET_AT) => contextAt(t.db, w, who, now);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Q2 2024 due Friday 12 July 2024, reminders 3 working days before, 3 days' grace. */
async function q2Deadline() {
  return setDeadline(as('admin'), {
    regionId: w.region.id,
    year: 2024,
    kind: 'realisation_quarter',
    periodNo: 2,
    dueDate: '2024-07-12',
    reminderWorkingDays: 3,
    graceDays: 3,
  });
}

async function deadlineRows() {
  return t.db.select().from(s.reportingDeadline).where(eq(s.reportingDeadline.year, 2024));
}

async function auditActions(entityId: string) {
  const rows = await t.db
    .select()
    .from(s.auditLog)
    .where(eq(s.auditLog.entityId, entityId))
    .orderBy(s.auditLog.id);
  return rows;
}

describe('setDeadline', () => {
  it('creates a deadline ending at midnight WIB, audited, and lists it', async () => {
    const created = await q2Deadline();
    expect(created).toMatchObject({
      kind: 'realisation_quarter',
      periodNo: 2,
      dueDate: '2024-07-12',
      reminderWorkingDays: 3,
      graceDays: 3,
      version: 1,
    });
    expect(created.dueAt.toISOString()).toBe('2024-07-12T17:00:00.000Z');
    const events = await auditActions(created.id);
    expect(events.map((e) => e.action)).toEqual(['reporting_deadline.created']);
    expect(events[0]!.actorUserId).toBe(w.admin.id);
    const listed = await listDeadlines(as('operator'), { regionId: w.region.id, year: 2024 });
    expect(listed.map((d) => d.id)).toEqual([created.id]);
  });

  it('uses the region’s zone: a WIT region’s day ends two hours earlier', async () => {
    await t.db.update(s.region).set({ timeZone: 'Asia/Jayapura' }).where(eq(s.region.id, w.region.id));
    const created = await q2Deadline();
    expect(created.dueAt.toISOString()).toBe('2024-07-12T15:00:00.000Z');
  });

  it('updates at the version read; a stale version or a second create is a conflict and changes nothing', async () => {
    const created = await q2Deadline();
    const moved = await setDeadline(as('admin'), {
      regionId: w.region.id,
      year: 2024,
      kind: 'realisation_quarter',
      periodNo: 2,
      dueDate: '2024-07-15',
      reminderWorkingDays: 2,
      version: 1,
    });
    expect(moved).toMatchObject({ id: created.id, version: 2, dueDate: '2024-07-15', graceDays: 0 });
    const stale = await rejection(
      setDeadline(as('admin'), {
        regionId: w.region.id,
        year: 2024,
        kind: 'realisation_quarter',
        periodNo: 2,
        dueDate: '2024-07-20',
        version: 1,
      }),
    );
    expect(stale.code).toBe('conflict');
    expect((await rejection(q2Deadline())).code).toBe('conflict');
    const [row] = await deadlineRows();
    expect(row).toMatchObject({ dueDate: '2024-07-15', version: 2 });
  });

  it('refuses a non-admin and bad input, naming the fields, with nothing written', async () => {
    expect(
      (
        await rejection(
          setDeadline(as('kepala'), { regionId: w.region.id, year: 2024, kind: 'pk', dueDate: '2024-02-29' }),
        )
      ).code,
    ).toBe('forbidden');
    const bad = await rejection(
      setDeadline(as('admin'), {
        regionId: w.region.id,
        year: 2024,
        kind: 'realisation_quarter',
        dueDate: '2024-02-30',
        graceDays: -1,
      }),
    );
    expect(bad.code).toBe('validation');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['dueDate', 'graceDays', 'periodNo']);
    expect(await deadlineRows()).toEqual([]);
  });
});

describe('reminders', () => {
  it('are due from the reminder day (3 working days before a Friday: Tuesday) until the due date ends', async () => {
    await q2Deadline();
    expect(await dueReminders(t.db, new Date('2024-07-08T10:00:00Z'))).toEqual([]); // Monday
    const tuesday = await dueReminders(t.db, new Date('2024-07-09T01:00:00Z')); // 08:00 WIB
    expect(tuesday).toHaveLength(1);
    expect(tuesday[0]!.reminderDate).toBe('2024-07-09');
    // Dinas Kesehatan has no indicator targeted, so it owes nothing for the quarter
    expect(tuesday[0]!.recipients.map((r) => r.userId).sort()).toEqual([w.user.id, w.kepala.id].sort());
    expect(await dueReminders(t.db, new Date('2024-07-12T17:00:00Z'))).toEqual([]); // past due
  });

  it('skip a holiday: with Wednesday off, reminders start on Monday', async () => {
    await q2Deadline();
    const monday = new Date('2024-07-08T03:00:00Z');
    expect(await dueReminders(t.db, monday)).toEqual([]);
    expect(await dueReminders(t.db, monday, { holidays: ['2024-07-10'] })).toHaveLength(1);
  });

  it('count days in the region’s zone: Monday 23:00 WIB is already Tuesday in a WIT region', async () => {
    await q2Deadline();
    const late = new Date('2024-07-08T16:00:00Z');
    expect(await dueReminders(t.db, late)).toEqual([]);
    await t.db.update(s.region).set({ timeZone: 'Asia/Jayapura' }).where(eq(s.region.id, w.region.id));
    expect(await dueReminders(t.db, late)).toHaveLength(1);
  });

  it('are sent once per deadline and user, in-app and by e-mail in the user’s language', async () => {
    await q2Deadline();
    const mailer = new MemoryMailer();
    const now = new Date('2024-07-09T02:00:00Z');
    expect(await sendDueReminders(t.db, now, { mailer })).toEqual({
      notified: 2,
      emailed: 2,
      emailFailures: 0,
    });
    expect(await sendDueReminders(t.db, new Date('2024-07-10T02:00:00Z'), { mailer })).toEqual({
      notified: 0,
      emailed: 0,
      emailFailures: 0,
    });
    expect(mailer.sent.map((m) => [m.to, m.subject]).sort()).toEqual([
      ['kepala01@example.go.id', 'Reminder: realisations of Q2 2024 due 12 July 2024'],
      ['operator01@example.go.id', 'Pengingat: realisasi TW II 2024 jatuh tempo 12 Juli 2024'],
    ]);
    const mine = await listNotifications(as('operator', now), { unreadOnly: true });
    const reminder = mine.find((n) => n.kind === 'deadline.reminder' && n.link?.includes('tw=2'));
    expect(reminder?.text.id).toBe(
      'Pengingat: realisasi TW II 2024 jatuh tempo 12 Juli 2024 (Dinas Sosial).',
    );
    await markNotificationRead(as('operator', now), { notificationId: reminder!.id });
    const after = await listNotifications(as('operator', now), { unreadOnly: true });
    expect(after.find((n) => n.id === reminder!.id)).toBeUndefined();
    // another user cannot mark it
    expect(
      (await rejection(markNotificationRead(as('kepala', now), { notificationId: reminder!.id }))).code,
    ).toBe('not-found');
  });

  it('without a mailer are in-app only, and a failing mailer does not undo them', async () => {
    await q2Deadline();
    const now = new Date('2024-07-09T02:00:00Z');
    const failing = { send: () => Promise.reject(new Error('SMTP down')) };
    expect(await sendDueReminders(t.db, now, { mailer: failing })).toEqual({
      notified: 2,
      emailed: 0,
      emailFailures: 2,
    });
    const rows = await t.db.select().from(s.notification).where(eq(s.notification.kind, 'deadline.reminder'));
    expect(rows.filter((r) => r.textId.includes('TW II'))).toHaveLength(2);
  });
});

describe('period locks', () => {
  const beforeGrace = new Date('2024-07-15T16:59:00Z');
  const afterGrace = new Date('2024-07-15T17:00:00Z');

  async function open(
    periodKind: 'quarter' | 'month' | 'semester' | 'year',
    periodNo: number,
    agencyId = w.agency.id,
  ) {
    return assertPeriodOpen(t.db, agencyId, 2024, periodKind, periodNo).then(
      () => 'open',
      (e: unknown) => (e instanceof AppError ? e.code : 'error'),
    );
  }

  it('lock after the due date and grace days, once, audited; writes for the period are refused', async () => {
    await q2Deadline();
    expect(await lockOverduePeriods(t.db, beforeGrace)).toEqual([]);
    const locked = await lockOverduePeriods(t.db, afterGrace);
    expect(locked).toHaveLength(1);
    expect(locked[0]).toMatchObject({ kind: 'realisation_quarter', periodNo: 2, year: 2024 });
    expect(await lockOverduePeriods(t.db, new Date('2024-07-16T00:00:00Z'))).toEqual([]);
    expect((await auditActions(locked[0]!.lockId)).map((e) => [e.action, e.actorLabel])).toEqual([
      ['period_lock.locked', 'system'],
    ]);
    expect(await open('quarter', 2)).toBe('locked');
    expect(await open('month', 5)).toBe('locked');
    expect(await open('semester', 1)).toBe('locked');
    expect(await open('quarter', 1)).toBe('open');
    expect(await open('month', 7)).toBe('open');
    expect(await open('quarter', 2, w.foreignAgency.id)).toBe('locked');
    const error = await rejection(assertPeriodOpen(t.db, w.agency.id, 2024, 'quarter', 2));
    expect(error.userMessage.id).toContain('realisasi TW II 2024');
  });

  it('reopen only by an admin with a reason, for one agency or the region, with the reason in the audit trail', async () => {
    await q2Deadline();
    const [lock] = await lockOverduePeriods(t.db, afterGrace);
    const lockId = lock!.lockId;
    const reopenAt = new Date('2024-07-16T03:00:00Z');
    for (const who of ['operator', 'kepala', 'evaluator'] as const) {
      const refused = await rejection(
        reopenPeriod(as(who, reopenAt), {
          lockId,
          version: 1,
          reason: 'Data terlambat',
          agencyId: w.agency.id,
        }),
      );
      expect(refused.code).toBe('forbidden');
    }
    const noReason = await rejection(
      reopenPeriod(as('admin', reopenAt), { lockId, version: 1, reason: '  ' }),
    );
    expect(noReason.code).toBe('validation');
    expect(noReason.fields.map((f) => f.path)).toEqual(['reason']);
    expect(await t.db.select().from(s.periodLock).where(eq(s.periodLock.year, 2024))).toHaveLength(1);

    const reopened = await reopenPeriod(as('admin', reopenAt), {
      lockId,
      version: 1,
      agencyId: w.agency.id,
      reason: 'Server BPS terlambat merilis data',
    });
    expect(reopened).toMatchObject({ agencyId: w.agency.id, locked: false, reopenedByUserId: w.admin.id });
    expect(await open('quarter', 2)).toBe('open');
    expect(await open('quarter', 2, w.foreignAgency.id)).toBe('locked');
    const [event] = await auditActions(reopened.id);
    expect(event).toMatchObject({
      action: 'period_lock.reopened',
      actorUserId: w.admin.id,
      agencyId: w.agency.id,
    });
    expect((event!.after as { reopen_reason?: string; reopenReason?: string }).reopenReason).toBe(
      'Server BPS terlambat merilis data',
    );
    // the lock is not taken again by the timer
    expect(await lockOverduePeriods(t.db, new Date('2024-07-20T00:00:00Z'))).toEqual([]);
    expect(await open('quarter', 2)).toBe('open');

    const stale = await rejection(
      reopenPeriod(as('admin', reopenAt), { lockId, version: 2, reason: 'Semua' }),
    );
    expect(stale.code).toBe('conflict');
    const all = await reopenPeriod(as('admin', reopenAt), { lockId, version: 1, reason: 'Semua OPD' });
    expect(all).toMatchObject({ agencyId: null, locked: false, version: 2 });
    expect(await open('quarter', 2, w.foreignAgency.id)).toBe('open');
  });

  it('lock PK and LKjIP years too', async () => {
    await setDeadline(as('admin'), { regionId: w.region.id, year: 2024, kind: 'pk', dueDate: '2024-02-29' });
    await lockOverduePeriods(t.db, afterGrace);
    const pk = await assertDocumentOpen(t.db, w.agency.id, 2024, 'pk').catch((e: unknown) => e);
    expect((pk as AppError).code).toBe('locked');
    await expect(assertDocumentOpen(t.db, w.agency.id, 2024, 'lkjip')).resolves.toBeUndefined();
  });
});

describe('listLate', () => {
  async function calendar() {
    await setDeadline(as('admin'), {
      regionId: w.region.id,
      year: 2024,
      kind: 'realisation_quarter',
      periodNo: 1,
      dueDate: '2024-04-10',
    });
    await q2Deadline();
    await setDeadline(as('admin'), { regionId: w.region.id, year: 2024, kind: 'pk', dueDate: '2024-02-29' });
    await setDeadline(as('admin'), {
      regionId: w.region.id,
      year: 2024,
      kind: 'lkjip',
      dueDate: '2025-02-28',
    });
  }

  it('lists per agency what is past due and still owed: quarters, PK, not LKjIP before its date', async () => {
    await calendar();
    await lockOverduePeriods(t.db, new Date('2024-07-20T00:00:00Z'));
    const late = await listLate(as('evaluator', new Date('2024-07-20T00:00:00Z')), {
      regionId: w.region.id,
      year: 2024,
    });
    expect(
      late.map((a) => [a.name, a.late.map((i) => [i.kind, i.periodNo, i.missingIndicators, i.locked])]),
    ).toEqual([
      [
        'Dinas Sosial',
        [
          ['realisation_quarter', 1, 2, true],
          ['realisation_quarter', 2, 3, true],
        ],
      ],
      ['Dinas Kesehatan', [['pk', null, null, true]]],
    ]);
  });

  it('counts a submitted realisation, and shows an agency’s users only their agency', async () => {
    await calendar();
    await t.db.insert(s.realisation).values({
      agencyId: w.agency.id,
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'month',
      periodNo: 3,
      value: '81',
      status: 'submitted',
    });
    const now = new Date('2024-07-20T00:00:00Z');
    const mine = await listLate(as('operator', now), { regionId: w.region.id, year: 2024 });
    expect(mine.map((a) => [a.name, a.late.map((i) => [i.periodNo, i.missingIndicators, i.locked])])).toEqual(
      [
        [
          'Dinas Sosial',
          [
            [1, 1, false],
            [2, 3, false],
          ],
        ],
      ],
    );
    const lkjipDue = await listLate(as('admin', new Date('2025-03-01T00:00:00Z')), {
      regionId: w.region.id,
      year: 2024,
    });
    expect(lkjipDue.every((a) => a.late.some((i) => i.kind === 'lkjip'))).toBe(true);
  });

  it('refuses another region', async () => {
    const other = await rejection(
      listLate(
        { ...as('admin'), actor: { ...as('admin').actor, regionId: '00000000-0000-4000-8000-000000000000' } },
        {
          regionId: w.region.id,
          year: 2024,
        },
      ),
    );
    expect(other.code).toBe('forbidden');
  });
});
