import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setDeadline } from '../../../src/services/calendar/set-deadline.ts';
import { lockOverduePeriods } from '../../../src/services/calendar/period-lock.ts';
import { reopenPeriod } from '../../../src/services/calendar/reopen-period.ts';
import { AppError } from '../../../src/services/errors.ts';
import { addReviewComment } from '../../../src/services/review/add-review-comment.ts';
import { answerReviewComment } from '../../../src/services/review/answer-review-comment.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { finalizeLkjip } from '../../../src/services/review/finalize-lkjip.ts';
import { getLkjip } from '../../../src/services/review/get-lkjip.ts';
import { canonicalJson, sha256Hex } from '../../../src/services/review/lkjip-report.ts';
import { resolveReviewComment } from '../../../src/services/review/resolve-review-comment.ts';
import { returnLkjipToDraft } from '../../../src/services/review/return-lkjip-to-draft.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
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

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function reportRow(id: string) {
  const [row] = await t.db.select().from(s.lkjipReport).where(eq(s.lkjipReport.id, id));
  return row!;
}

async function events(entityId: string) {
  const rows = await t.db
    .select()
    .from(s.auditLog)
    .where(eq(s.auditLog.entityId, entityId))
    .orderBy(s.auditLog.id);
  return rows.map((r) => r.action);
}

async function inReview() {
  const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 });
  return submitLkjipForReview(as('kepala'), { reportId: draft.id, version: draft.version });
}

describe('LKjIP review workflow', () => {
  it('round trip: draft → review → comments → return → answers → review → final with a sealed snapshot', async () => {
    const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 });
    expect(draft).toMatchObject({ status: 'draft', version: 1, year: 2024 });
    const submitted = await submitLkjipForReview(as('kepala'), { reportId: draft.id, version: 1 });
    expect(submitted).toMatchObject({ status: 'in_review', version: 2 });

    const onMeasurement = await addReviewComment(as('evaluator'), {
      reportId: draft.id,
      sectionKey: 'bab3-pengukuran',
      body: 'Capaian IKU 1 dihitung dengan polaritas yang salah.',
    });
    const onSasaran = await addReviewComment(as('evaluator'), {
      reportId: draft.id,
      sectionKey: `bab3-sasaran-${w.sasaran.id}`,
      body: 'Analisis penyebab kegagalan belum ada.',
    });
    // finalising with open comments is refused
    const early = await rejection(finalizeLkjip(as('kepala'), { reportId: draft.id, version: 2 }));
    expect(early.code).toBe('invalid-state');
    expect(early.userMessage.id).toContain('2 catatan');

    const returned = await returnLkjipToDraft(as('evaluator'), { reportId: draft.id, version: 2 });
    expect(returned).toMatchObject({ status: 'draft', version: 3 });
    const answered = await answerReviewComment(as('operator'), {
      commentId: onMeasurement.id,
      version: 1,
      response: 'Sudah memakai rumus polaritas negatif.',
    });
    expect(answered).toMatchObject({ respondedByUserId: w.user.id, version: 2 });
    await answerReviewComment(as('kepala'), {
      commentId: onSasaran.id,
      version: 1,
      response: 'Analisis ditambahkan di BAB III.',
    });
    await submitLkjipForReview(as('kepala'), { reportId: draft.id, version: 3 });
    const resolved = await resolveReviewComment(as('evaluator'), { commentId: onMeasurement.id, version: 2 });
    expect(resolved.resolvedByUserId).toBe(w.evaluator.id);

    const final = await finalizeLkjip(as('kepala'), { reportId: draft.id, version: 4 });
    expect(final).toMatchObject({ status: 'final', version: 5, finalisedByUserId: w.kepala.id });
    expect(final.finalisedAt).toEqual(NOW);

    const read = await getLkjip(as('evaluator'), { agencyId: w.agency.id, year: 2024 });
    const shown = read.comments.map((c) => [c.sectionKey, c.responseText !== null, c.resolvedAt !== null]);
    expect(shown.sort()).toEqual([
      ['bab3-pengukuran', true, true],
      [`bab3-sasaran-${w.sasaran.id}`, true, false],
    ]);
    expect(read.snapshotIntact).toBe(true);
    const row = await reportRow(draft.id);
    expect(row.contentSha256).toBe(sha256Hex(canonicalJson(row.snapshot)));
    const snapshot = row.snapshot as {
      format: string;
      content: { year: number; includesDrafts: boolean; indicatorCount: number; agency: { name: string } };
    };
    expect(snapshot.format).toBe('akuntabel/lkjip-snapshot@1');
    expect(snapshot.content).toMatchObject({
      year: 2024,
      includesDrafts: false,
      agency: { name: 'Dinas Sosial' },
    });
    expect(snapshot.content.indicatorCount).toBeGreaterThan(0);

    expect(await events(draft.id)).toEqual([
      'lkjip_report.created',
      'lkjip_report.submitted',
      'lkjip_report.returned',
      'lkjip_report.submitted',
      'lkjip_report.finalised',
    ]);
  });

  it('freezes the numbers: a realisation changed after finalisation does not change the snapshot', async () => {
    const review = await inReview();
    await finalizeLkjip(as('kepala'), { reportId: review.id, version: review.version });
    const sealed = await reportRow(review.id);
    await t.db.update(s.realisation).set({ value: '12' }).where(eq(s.realisation.id, w.realisation.id));
    const read = await getLkjip(as('operator'), { reportId: review.id });
    expect(read.snapshot).toEqual(sealed.snapshot);
    expect(read.contentSha256).toBe(sealed.contentSha256);
  });

  it('a final report cannot change: the use cases refuse and so does the database', async () => {
    const review = await inReview();
    const comment = await addReviewComment(as('evaluator'), {
      reportId: review.id,
      sectionKey: 'bab4',
      body: 'Ok',
    });
    await resolveReviewComment(as('evaluator'), { commentId: comment.id, version: 1 });
    const final = await finalizeLkjip(as('kepala'), { reportId: review.id, version: review.version });
    const sealed = await reportRow(review.id);
    for (const attempt of [
      // thunks, run one at a time: a rejected promise must never wait unobserved
      () => finalizeLkjip(as('kepala'), { reportId: review.id, version: final.version }),
      () => submitLkjipForReview(as('kepala'), { reportId: review.id, version: final.version }),
      () => returnLkjipToDraft(as('evaluator'), { reportId: review.id, version: final.version }),
      () => addReviewComment(as('evaluator'), { reportId: review.id, sectionKey: 'bab1', body: 'Lagi' }),
      () => answerReviewComment(as('operator'), { commentId: comment.id, version: 2, response: 'Ubah' }),
    ]) {
      expect((await rejection(attempt())).code).toBe('invalid-state');
    }
    await expect(
      t.db.update(s.lkjipReport).set({ status: 'draft' }).where(eq(s.lkjipReport.id, review.id)),
    ).rejects.toThrow();
    await expect(
      t.db
        .update(s.lkjipReviewComment)
        .set({ body: 'diubah' })
        .where(eq(s.lkjipReviewComment.id, comment.id)),
    ).rejects.toThrow();
    expect(await reportRow(review.id)).toEqual(sealed);
  });

  it('refuses the wrong role at each step, with nothing written', async () => {
    expect(
      (await rejection(createLkjipDraft(as('evaluator'), { agencyId: w.agency.id, year: 2024 }))).code,
    ).toBe('forbidden');
    const draft = await createLkjipDraft(as('kepala'), { agencyId: w.agency.id, year: 2024 });
    expect(
      (await rejection(submitLkjipForReview(as('operator'), { reportId: draft.id, version: 1 }))).code,
    ).toBe('forbidden');
    await submitLkjipForReview(as('kepala'), { reportId: draft.id, version: 1 });
    expect(
      (await rejection(addReviewComment(as('kepala'), { reportId: draft.id, sectionKey: 'bab1', body: 'x' })))
        .code,
    ).toBe('forbidden');
    expect((await rejection(finalizeLkjip(as('operator'), { reportId: draft.id, version: 2 }))).code).toBe(
      'forbidden',
    );
    expect((await rejection(finalizeLkjip(as('evaluator'), { reportId: draft.id, version: 2 }))).code).toBe(
      'forbidden',
    );
    expect((await rejection(returnLkjipToDraft(as('kepala'), { reportId: draft.id, version: 2 }))).code).toBe(
      'forbidden',
    );
    expect(await reportRow(draft.id)).toMatchObject({ status: 'in_review', version: 2 });
    expect(
      await t.db.select().from(s.lkjipReviewComment).where(eq(s.lkjipReviewComment.reportId, draft.id)),
    ).toEqual([]);
  });

  it('refuses a foreign agency’s user, with nothing written', async () => {
    expect(
      (await rejection(createLkjipDraft(as('foreign'), { agencyId: w.agency.id, year: 2024 }))).code,
    ).toBe('forbidden');
    const review = await inReview();
    const comment = await addReviewComment(as('evaluator'), {
      reportId: review.id,
      sectionKey: 'bab2',
      body: 'PK?',
    });
    expect(
      (
        await rejection(
          answerReviewComment(as('foreign'), { commentId: comment.id, version: 1, response: 'x' }),
        )
      ).code,
    ).toBe('forbidden');
    expect((await rejection(getLkjip(as('foreign'), { reportId: review.id }))).code).toBe('forbidden');
    const [row] = await t.db
      .select()
      .from(s.lkjipReviewComment)
      .where(eq(s.lkjipReviewComment.id, comment.id));
    expect(row).toMatchObject({ responseText: null, version: 1 });
  });

  it('validates input: unknown section, a sasaran of another agency, empty body; one report per year', async () => {
    const review = await inReview();
    const bad = await rejection(
      addReviewComment(as('evaluator'), { reportId: review.id, sectionKey: 'bab9', body: '  ' }),
    );
    expect(bad.code).toBe('validation');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['body', 'sectionKey']);
    const foreignSasaran = await rejection(
      addReviewComment(as('evaluator'), {
        reportId: review.id,
        sectionKey: `bab3-sasaran-${w.foreignAgency.id}`,
        body: 'Sasaran?',
      }),
    );
    expect(foreignSasaran.fields.map((f) => f.path)).toEqual(['sectionKey']);
    expect((await rejection(getLkjip(as('operator'), { reportId: 'not-a-uuid' }))).code).toBe('validation');
    expect(
      (await rejection(createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 }))).code,
    ).toBe('conflict');
  });

  it('a stale version is a conflict that changes nothing', async () => {
    const review = await inReview();
    expect((await rejection(finalizeLkjip(as('kepala'), { reportId: review.id, version: 1 }))).code).toBe(
      'conflict',
    );
    const comment = await addReviewComment(as('evaluator'), {
      reportId: review.id,
      sectionKey: 'bab1',
      body: 'SDM',
    });
    await answerReviewComment(as('operator'), { commentId: comment.id, version: 1, response: 'Pertama' });
    const stale = await rejection(
      answerReviewComment(as('kepala'), { commentId: comment.id, version: 1, response: 'Kedua' }),
    );
    expect(stale.code).toBe('conflict');
    const [row] = await t.db
      .select()
      .from(s.lkjipReviewComment)
      .where(eq(s.lkjipReviewComment.id, comment.id));
    expect(row).toMatchObject({ responseText: 'Pertama', version: 2 });
    expect(await reportRow(review.id)).toMatchObject({ status: 'in_review' });
  });

  it('is refused once the LKjIP period is locked, until an admin reopens it', async () => {
    await setDeadline(contextAt(t.db, w, 'admin', NOW), {
      regionId: w.region.id,
      year: 2024,
      kind: 'lkjip',
      dueDate: '2025-01-31',
    });
    const [lock] = await lockOverduePeriods(t.db, NOW);
    expect(
      (await rejection(createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 }))).code,
    ).toBe('locked');
    expect(await t.db.select().from(s.lkjipReport).where(eq(s.lkjipReport.year, 2024))).toEqual([]);
    await reopenPeriod(contextAt(t.db, w, 'admin', NOW), {
      lockId: lock!.lockId,
      version: 1,
      agencyId: w.agency.id,
      reason: 'LKjIP menunggu hasil audit BPK',
    });
    expect(await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 })).toMatchObject({
      status: 'draft',
    });
  });
});
