/**
 * What the editor writes reaches the report: a stored narrative replaces the
 * generated default in the .docx text, the agency's logo is on the cover
 * (word/media, and an image in the PDF), and a final LKjIP keeps the logo it
 * was sealed with after the agency uploads another.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLkjipModel } from '../../../src/report/build-lkjip.ts';
import type { LkjipReportModel } from '../../../src/report/model.ts';
import { renderFormat } from '../../../src/report/render.ts';
import { listNarratives } from '../../../src/services/report/list-narratives.ts';
import { loadLkjipSource } from '../../../src/services/report/load-lkjip-source.ts';
import { saveNarrative } from '../../../src/services/report/save-narrative.ts';
import { setAgencyLogo } from '../../../src/services/report/set-agency-logo.ts';
import { createLkjipDraft } from '../../../src/services/review/create-lkjip-draft.ts';
import { finalizeLkjip } from '../../../src/services/review/finalize-lkjip.ts';
import { submitLkjipForReview } from '../../../src/services/review/submit-lkjip-for-review.ts';
import { makeLogoPng } from '../../support/png.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedWorkflowWorld(t.db);
});
afterAll(async () => t.close());

const NOW = new Date('2025-02-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);
const LOGO = makeLogoPng(200, 100);
const OTHER_LOGO = makeLogoPng(100, 100);

async function model(): Promise<LkjipReportModel> {
  const { source } = await loadLkjipSource(as('viewer'), { agencyId: w.agency.id, year: 2024 });
  return buildLkjipModel(source);
}

async function docx(m: LkjipReportModel): Promise<{ text: string; media: Uint8Array[] }> {
  const zip = await JSZip.loadAsync(await renderFormat(m, 'docx'));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  const media = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => name.startsWith('word/media/'))
      .map((name) => zip.file(name)!.async('uint8array')),
  );
  return { text, media };
}

function bytesIn(media: Uint8Array[], bytes: Uint8Array): boolean {
  return media.some((m) => Buffer.from(m).equals(Buffer.from(bytes)));
}

describe('the LKjIP with written narratives and a logo', () => {
  it('prints the stored narrative instead of the default, and the logo on the cover', async () => {
    const defaults = await listNarratives(as('operator'), { agencyId: w.agency.id, year: 2024 });
    const kesimpulan = defaults.sections.find((e) => e.section === 'kesimpulan')!;
    expect(kesimpulan.generated).toBe(true);
    const defaultFirst = kesimpulan.text.split('\n\n')[0]!;
    expect((await docx(await model())).text).toContain(defaultFirst);

    await saveNarrative(as('operator'), {
      agencyId: w.agency.id,
      year: 2024,
      section: 'kesimpulan',
      text: 'Capaian kinerja Dinas Sosial tahun 2024 ditulis sendiri oleh perangkat daerah.',
    });
    await saveNarrative(as('operator'), {
      agencyId: w.agency.id,
      year: 2024,
      section: `sasaran.${w.sasaran.id}.analysis`,
      text: 'Analisis sasaran yang ditulis.',
    });
    await setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType: 'image/png', bytes: LOGO });

    const m = await model();
    expect(m.generatedSections).not.toContain('kesimpulan');
    const cover = m.parts.find((p) => p.kind === 'cover')!;
    const image = cover.blocks.find((b) => b.type === 'image');
    // about 3 cm high, aspect (2:1) kept
    expect(image).toMatchObject({ type: 'image', format: 'png', heightCm: 3, widthCm: 6 });
    const { text, media } = await docx(m);
    expect(text).toContain('Capaian kinerja Dinas Sosial tahun 2024 ditulis sendiri oleh perangkat daerah.');
    expect(text).toContain('Analisis sasaran yang ditulis.');
    expect(text).not.toContain(defaultFirst);
    expect(bytesIn(media, LOGO)).toBe(true);
    const pdf = Buffer.from(await renderFormat(m, 'pdf')).toString('latin1');
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
  }, 120_000);

  it('a final LKjIP keeps the logo it was sealed with', async () => {
    const draft = await createLkjipDraft(as('operator'), { agencyId: w.agency.id, year: 2024 });
    const submitted = await submitLkjipForReview(as('kepala'), {
      reportId: draft.id,
      version: draft.version,
    });
    await finalizeLkjip(as('kepala'), { reportId: draft.id, version: submitted.version });
    await setAgencyLogo(as('operator'), { agencyId: w.agency.id, mimeType: 'image/png', bytes: OTHER_LOGO });

    const { media, text } = await docx(await model());
    expect(bytesIn(media, LOGO)).toBe(true);
    expect(bytesIn(media, OTHER_LOGO)).toBe(false);
    expect(text).toContain('Analisis sasaran yang ditulis.');
    const refused = saveNarrative(as('operator'), {
      agencyId: w.agency.id,
      year: 2024,
      section: 'kesimpulan',
      text: 'Diubah setelah final.',
      version: 1,
    });
    await expect(refused).rejects.toMatchObject({ code: 'invalid-state' });
  }, 120_000);
});
