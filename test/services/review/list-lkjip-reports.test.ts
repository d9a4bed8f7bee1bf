/** The history of an agency's LKjIP: each year's report, its comments by state, the sections to comment on. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/services/errors.ts';
import { addReviewComment } from '../../../src/services/review/add-review-comment.ts';
import { answerReviewComment } from '../../../src/services/review/answer-review-comment.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { listLkjipReports } from '../../../src/services/review/list-lkjip-reports.ts';
import { resolveReviewComment } from '../../../src/services/review/resolve-review-comment.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
}, 60_000);
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
}, 60_000);
afterAll(async () => t.close());

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);

describe('listLkjipReports', () => {
  it('lists every year newest first, with comments counted by state and the sections of the year', async () => {
    // the world holds a final 2023 report with one answered comment
    const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 });
    await submitLkjipForReview(as('kepala'), { reportId: draft.id, version: draft.version });
    const comment = (sectionKey: string, body: string) =>
      addReviewComment(as('evaluator'), { reportId: draft.id, sectionKey, body });
    const answered = await comment('bab3-pengukuran', 'Capaian IKU 1 memakai polaritas yang salah.');
    const resolved = await comment(`bab3-sasaran-${w.sasaran.id}`, 'Analisis penyebab belum ada.');
    await comment('bab3-anggaran', 'Jumlah sub kegiatan tidak sama dengan total kegiatan.');
    await answerReviewComment(as('operator'), {
      commentId: answered.id,
      version: 1,
      response: 'Diperbaiki.',
    });
    await answerReviewComment(as('operator'), {
      commentId: resolved.id,
      version: 1,
      response: 'Ditambahkan.',
    });
    await resolveReviewComment(as('evaluator'), { commentId: resolved.id, version: 2 });

    const { reports } = await listLkjipReports(as('evaluator'), { agencyId: w.agency.id });
    expect(reports.map((r) => [r.year, r.status])).toEqual([
      [2024, 'in_review'],
      [2023, 'final'],
    ]);
    expect(reports[0]!.comments).toEqual({ total: 3, open: 1, answered: 1, resolved: 1 });
    expect(reports[1]!.comments).toEqual({ total: 1, open: 0, answered: 1, resolved: 0 });
    expect(reports[1]!.finalisedAt).not.toBeNull();
    expect(reports[0]!.sections.map((s) => s.key)).toEqual([
      'ikhtisar',
      'bab1',
      'bab2',
      'bab3-pengukuran',
      `bab3-sasaran-${w.sasaran.id}`,
      'bab3-anggaran',
      'bab4',
      'lampiran',
    ]);
    expect(reports[0]!.sections[4]!.sasaran).toEqual({
      id: w.sasaran.id,
      code: w.sasaran.code,
      statement: w.sasaran.statement,
    });
  });

  it('an agency without reports has an empty history', async () => {
    expect(await listLkjipReports(as('foreign'), { agencyId: w.foreignAgency.id })).toEqual({ reports: [] });
  });

  it("refuses another agency's user", async () => {
    await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 });
    const error = await listLkjipReports(as('foreign'), { agencyId: w.agency.id }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('forbidden');
  });
});
