/**
 * The Inspektorat's reviu, end to end on the services: the evaluator checks
 * the real 2023 Lima Puluh Kota file (examples/), turns the 117.880.628 digit
 * slip into a review comment on the agency's LKjIP in review, the agency
 * answers, the evaluator resolves, and the worksheet (.docx read as XML,
 * .xlsx read back) carries the finding, the right value and the answer.
 * Also: the draft LKjIP's narratives checked against its tables, a filled
 * template, and the refusals (roles, foreign agency, stale version, wrong
 * year) with nothing written.
 */
import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/services/errors.ts';
import { answerReviewComment } from '../../../src/services/review/answer-review-comment.ts';
import { commentReviewFindings } from '../../../src/services/review/comment-review-findings.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { exportReviewWorksheet } from '../../../src/services/review/export-review-worksheet.ts';
import { getLkjip } from '../../../src/services/review/get-lkjip.ts';
import { getReview } from '../../../src/services/review/get-review.ts';
import { getReviewTemplate } from '../../../src/services/review/get-review-template.ts';
import { listReviews } from '../../../src/services/review/list-reviews.ts';
import { resolveReviewComment } from '../../../src/services/review/resolve-review-comment.ts';
import { runReview } from '../../../src/services/review/run-review.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

// The world already has a final LKjIP 2023: the 2023 file is checked as the agency's 2025 report.
const example = {
  ...(JSON.parse(readFileSync('examples/lkjip-2023-limapuluhkota.json', 'utf8')) as object),
  year: 2025,
};

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

async function reviewCount() {
  return (await t.db.select().from(s.reviewRecord)).length;
}

async function lkjipInReview(year: number) {
  const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year });
  return submitLkjipForReview(as('kepala'), { reportId: draft.id, version: draft.version });
}

async function documentText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
}

describe('reviu of an uploaded report-data file', () => {
  it('runs the checker, makes a comment the agency answers and the evaluator resolves, and exports the worksheet', async () => {
    const report = await lkjipInReview(2025);
    const review = await runReview(as('evaluator'), {
      agencyId: w.agency.id,
      year: 2025,
      source: 'report_data',
      fileName: 'lkjip-2023-limapuluhkota.json',
      reportData: example,
    });
    expect(review.findings).toHaveLength(10);
    expect(review.counts).toMatchObject({ errors: 8, warnings: 2, commented: 0 });
    const slip = review.findings.find((f) => f.kind === 'digit-slip')!;
    expect(slip).toMatchObject({
      printed: '117.880.628',
      expected: { id: '177.880.628', en: '177,880,628' },
      section: 'bab3-anggaran',
      state: 'none',
    });
    expect(slip.message.en).toContain('typing slip');

    // A stale version changes nothing.
    const stale = await rejection(
      commentReviewFindings(as('evaluator'), {
        reviewId: review.id,
        version: review.version + 1,
        findings: [slip.index],
      }),
    );
    expect(stale.code).toBe('conflict');
    expect((await getLkjip(as('evaluator'), { reportId: report.id })).comments).toHaveLength(0);

    const commented = await commentReviewFindings(as('evaluator'), {
      reviewId: review.id,
      version: review.version,
      findings: [slip.index],
      note: 'Mohon diperbaiki pada Tabel 3.7.',
    });
    const withComment = commented.findings[slip.index]!;
    expect(withComment.state).toBe('open');
    expect(withComment.comment!.body).toContain('tercetak 117.880.628; seharusnya 177.880.628');
    expect(withComment.comment!.body).toContain('Mohon diperbaiki pada Tabel 3.7.');
    const lkjip = await getLkjip(as('operator'), { reportId: report.id });
    expect(lkjip.comments).toHaveLength(1);
    expect(lkjip.comments[0]!.sectionKey).toBe('bab3-anggaran');

    // The same finding twice is refused.
    const twice = await rejection(
      commentReviewFindings(as('evaluator'), {
        reviewId: review.id,
        version: commented.version,
        findings: [slip.index],
      }),
    );
    expect(twice.code).toBe('validation');

    const answered = await answerReviewComment(as('operator'), {
      commentId: withComment.comment!.id,
      version: withComment.comment!.version,
      response: 'Sudah diperbaiki menjadi 177.880.628.',
    });
    await resolveReviewComment(as('evaluator'), { commentId: answered.id, version: answered.version });

    const after = await getReview(as('kepala'), { reviewId: review.id });
    expect(after.findings[slip.index]).toMatchObject({
      state: 'resolved',
      comment: { response: 'Sudah diperbaiki menjadi 177.880.628.' },
    });
    expect(after.counts).toMatchObject({ commented: 1, resolved: 1 });

    const docx = await exportReviewWorksheet(as('operator'), { reviewId: review.id, format: 'docx' });
    expect(docx.fileName).toMatch(/^kertas-kerja-reviu-2025-.*\.docx$/);
    const text = await documentText(docx.bytes);
    expect(text).toContain('KERTAS KERJA REVIU');
    expect(text).toContain(w.agency.name);
    expect(text).toContain('10 Februari 2025');
    expect(text).toContain('Inspektorat');
    expect(text).toContain('117.880.628');
    expect(text).toContain('177.880.628');
    expect(text).toContain('Sudah diperbaiki menjadi 177.880.628.');
    expect(text).toContain('Selesai');

    const xlsx = await exportReviewWorksheet(as('evaluator'), {
      reviewId: review.id,
      format: 'xlsx',
      locale: 'en',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ArrayBuffer);
    const values: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => values.push(String(c.value))));
    expect(values).toContain('Sudah diperbaiki menjadi 177.880.628.');
    expect(values).toContain('177,880,628');
    expect(values).toContain('Resolved');
    expect(values).toContain('10 February 2025');

    const listed = await listReviews(as('viewer'), { agencyId: w.agency.id, year: 2025 });
    expect(listed.reviews).toEqual([
      expect.objectContaining({
        id: review.id,
        source: 'report_data',
        findings: 10,
        errors: 8,
        commented: 1,
      }),
    ]);
  });

  it('refuses anyone but an evaluator, a foreign agency, a wrong year and an invalid file, storing nothing', async () => {
    const input = {
      agencyId: w.agency.id,
      year: 2025,
      source: 'report_data',
      fileName: 'x.json',
      reportData: example,
    };
    const before = await reviewCount();
    expect((await rejection(runReview(as('operator'), input))).code).toBe('forbidden');
    expect((await rejection(runReview(as('kepala'), input))).code).toBe('forbidden');
    expect((await rejection(runReview(as('foreign'), { ...input, agencyId: w.agency.id }))).code).toBe(
      'forbidden',
    );
    const wrongYear = await rejection(runReview(as('evaluator'), { ...input, year: 2024 }));
    expect(wrongYear.fields[0]!.path).toBe('year');
    const invalid = await rejection(
      runReview(as('evaluator'), { ...input, reportData: { format: 'akuntabel/report-data@1', year: 2025 } }),
    );
    expect(invalid.fields.map((f) => f.path)).toContain('reportData.agency');
    expect(await reviewCount()).toBe(before);
  });

  it('needs the LKjIP of the year before findings become comments', async () => {
    const review = await runReview(as('evaluator'), {
      agencyId: w.agency.id,
      year: 2025,
      source: 'report_data',
      fileName: 'x.json',
      reportData: example,
    });
    const error = await rejection(
      commentReviewFindings(as('evaluator'), { reviewId: review.id, version: review.version, findings: [0] }),
    );
    expect(error.code).toBe('invalid-state');
    const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2025 });
    // A draft is not in review: the workflow refuses comments.
    const notInReview = await rejection(
      commentReviewFindings(as('evaluator'), { reviewId: review.id, version: review.version, findings: [0] }),
    );
    expect(notInReview.code).toBe('invalid-state');
    expect(draft.status).toBe('draft');
    const [row] = await t.db.select().from(s.reviewRecord).where(eq(s.reviewRecord.id, review.id));
    expect(row!.version).toBe(review.version);
  });
});

describe('reviu of the draft LKjIP and of a filled template', () => {
  it('checks the words the agency wrote against the numbers of its draft', async () => {
    await t.db.insert(s.narrative).values({
      agencyId: w.agency.id,
      year: 2024,
      section: 'ikhtisar_eksekutif',
      topic: 'umum',
      body: 'Pada tahun 2024 Dinas Sosial mengukur 7 indikator kinerja.',
    });
    const review = await runReview(as('evaluator'), { agencyId: w.agency.id, year: 2024, source: 'lkjip' });
    const narrative = review.findings.filter((f) => f.kind === 'narrative');
    expect(narrative).toHaveLength(1);
    expect(narrative[0]).toMatchObject({
      path: 'narrative[ikhtisar]',
      printed: '7 indikator',
      section: 'ikhtisar',
    });
    expect(review.source).toBe('lkjip');
    expect(review.fileName).toBeNull();
  });

  it('reads a filled template and reports what its tables get wrong', async () => {
    const template = await getReviewTemplate(as('evaluator'), { agencyId: w.agency.id, year: 2023 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.bytes) as unknown as ArrayBuffer);
    expect(book.getWorksheet('Laporan')!.getCell('B2').value).toBe(w.agency.name);
    book
      .getWorksheet('Kinerja')!
      .addRow([
        'SS1',
        'Sasaran',
        'SS1.1',
        'Persentase PPKS',
        '%',
        'positif',
        74,
        '74,53 %',
        '100,71',
        'Sangat Tinggi',
      ]);
    book.getWorksheet('Anggaran')!.addRows([
      ['1.06.04', 'program', 'Program Rehabilitasi Sosial', 300_000_000, 226_177_000, 177_880_628, 78.65],
      ['1.06.04.2.01', 'kegiatan', 'Rehabilitasi Sosial Dasar', 300_000_000, 226_177_000, 177_880_628, 78.65],
      ['1.06.04.2.01.0005', 'sub kegiatan', 'Bimbingan Fisik', 300_000_000, 226_177_000, 117_880_628, 78.65],
    ]);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const review = await runReview(as('evaluator'), {
      agencyId: w.agency.id,
      year: 2023,
      source: 'template',
      fileName: 'templat.xlsx',
      contentBase64: bytes.toString('base64'),
    });
    expect(review.findings.map((f) => [f.kind, f.path, f.expected?.id])).toEqual([
      ['rounding', 'sasaran[SS1].indikator[SS1.1].printed.capaian', '100,72'],
      [
        'digit-slip',
        'budget.items[1.06.04].children[1.06.04.2.01].children[1.06.04.2.01.0005].realisasi',
        '177.880.628',
      ],
    ]);
    expect(review.findings[1]!.lines).toEqual([4]);
  });
});
