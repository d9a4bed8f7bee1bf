import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readAuditTrail } from '../../../src/services/audit/read-audit-trail.ts';
import { setDeadline } from '../../../src/services/calendar/set-deadline.ts';
import { AppError } from '../../../src/services/errors.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
import { addReviewComment } from '../../../src/services/review/add-review-comment.ts';
import { returnLkjipToDraft } from '../../../src/services/review/return-lkjip-to-draft.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
let dinsosReport: string;
let dinkesReport: string;
let deadline: string;

const DAY1 = new Date('2025-01-10T03:00:00Z');
const DAY2 = new Date('2025-01-20T03:00:00Z');
const as = (who: Who, now = DAY2) => contextAt(t.db, w, who, now);

beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
  deadline = (
    await setDeadline(as('admin', DAY1), {
      regionId: w.region.id,
      year: 2024,
      kind: 'lkjip',
      dueDate: '2025-02-28',
    })
  ).id;
  const draft = await createLkjipDraft(as('operator', DAY1), { agencyId: w.agency.id, year: 2024 });
  dinsosReport = draft.id;
  await submitLkjipForReview(as('kepala', DAY2), { reportId: draft.id, version: 1 });
  await addReviewComment(as('evaluator', DAY2), {
    reportId: draft.id,
    sectionKey: 'bab1',
    body: 'Struktur?',
  });
  await returnLkjipToDraft(as('evaluator', DAY2), { reportId: draft.id, version: 2 });
  dinkesReport = (await createLkjipDraft(as('foreign', DAY1), { agencyId: w.foreignAgency.id, year: 2024 }))
    .id;
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

const lkjip = (id: string) => ({ entityTable: 'lkjip_report', entityId: id });

describe('readAuditTrail', () => {
  it('gives a record’s events newest first, with actor, origin and the row before and after', async () => {
    const page = await readAuditTrail(as('operator'), lkjip(dinsosReport));
    expect(page.events.map((e) => [e.action, e.actorUserId])).toEqual([
      ['lkjip_report.returned', w.evaluator.id],
      ['lkjip_report.submitted', w.kepala.id],
      ['lkjip_report.created', w.user.id],
    ]);
    expect(page.events[0]).toMatchObject({ origin: 'web', agencyId: w.agency.id });
    expect(page.events[0]!.before).toMatchObject({ status: 'in_review' });
    expect(page.events[0]!.after).toMatchObject({ status: 'draft' });
    expect(page.nextBefore).toBeNull();
  });

  it('pages with a cursor', async () => {
    const first = await readAuditTrail(as('kepala'), { ...lkjip(dinsosReport), limit: 2 });
    expect(first.events).toHaveLength(2);
    expect(first.nextBefore).toBe(first.events[1]!.id);
    const second = await readAuditTrail(as('kepala'), {
      ...lkjip(dinsosReport),
      limit: 2,
      before: first.nextBefore!,
    });
    expect(second.events.map((e) => e.action)).toEqual(['lkjip_report.created']);
    expect(second.nextBefore).toBeNull();
  });

  it('keeps an agency’s users to their agency: another agency’s record and region-level records are forbidden', async () => {
    expect((await rejection(readAuditTrail(as('operator'), lkjip(dinkesReport)))).code).toBe('forbidden');
    expect((await rejection(readAuditTrail(as('foreign'), lkjip(dinsosReport)))).code).toBe('forbidden');
    expect(
      (
        await rejection(
          readAuditTrail(as('operator'), { entityTable: 'reporting_deadline', entityId: deadline }),
        )
      ).code,
    ).toBe('forbidden');
    expect((await rejection(readAuditTrail(as('foreign'), { agencyId: w.agency.id }))).code).toBe(
      'forbidden',
    );
  });

  it('lets admins and evaluators read the whole region, region-level records included; viewers nothing', async () => {
    expect((await readAuditTrail(as('evaluator'), lkjip(dinkesReport))).events).toHaveLength(1);
    const deadlineEvents = await readAuditTrail(as('admin'), {
      entityTable: 'reporting_deadline',
      entityId: deadline,
    });
    expect(deadlineEvents.events.map((e) => e.action)).toEqual(['reporting_deadline.created']);
    expect((await rejection(readAuditTrail(as('viewer'), lkjip(dinsosReport)))).code).toBe('forbidden');
    const otherRegion = {
      ...as('admin'),
      actor: { ...as('admin').actor, regionId: '00000000-0000-4000-8000-000000000001' },
    };
    expect((await rejection(readAuditTrail(otherRegion, lkjip(dinsosReport)))).code).toBe('forbidden');
    expect((await rejection(readAuditTrail(otherRegion, { agencyId: w.agency.id }))).code).toBe('forbidden');
  });

  it('reads an agency’s events within a time range', async () => {
    const all = await readAuditTrail(as('evaluator'), {
      agencyId: w.agency.id,
      from: '2025-01-01T00:00:00+07:00',
      to: '2025-01-31T00:00:00+07:00',
    });
    expect(all.events.map((e) => e.action)).toEqual([
      'lkjip_report.returned',
      'lkjip_review_comment.added',
      'lkjip_report.submitted',
      'lkjip_report.created',
    ]);
    const firstDay = await readAuditTrail(as('kepala'), {
      agencyId: w.agency.id,
      from: '2025-01-10T00:00:00+07:00',
      to: '2025-01-10T23:59:59+07:00',
    });
    expect(firstDay.events.map((e) => e.action)).toEqual(['lkjip_report.created']);
  });

  it('gives an empty page for a record with no events, and names bad fields', async () => {
    expect(await readAuditTrail(as('operator'), lkjip('00000000-0000-4000-8000-000000000000'))).toEqual({
      events: [],
      nextBefore: null,
    });
    const bad = await rejection(readAuditTrail(as('admin'), { agencyId: 'dinsos', from: 'kemarin' }));
    expect(bad.code).toBe('validation');
  });
});
