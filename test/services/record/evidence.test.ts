import { createHash } from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addEvidence } from '../../../src/services/record/add-evidence.ts';
import { getEvidenceContent } from '../../../src/services/record/get-evidence-content.ts';
import { listEvidence } from '../../../src/services/record/list-evidence.ts';
import { removeEvidence } from '../../../src/services/record/remove-evidence.ts';
import { saveRealisation } from '../../../src/services/record/save-realisation.ts';
import { EVIDENCE_MAX_BYTES } from '../../../src/store/schema/enums.ts';
import { auditLog, evidenceBlob, evidenceFile } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
let draftId: string;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
  const saved = await saveRealisation(contextFor(t.db, w, 'operator'), {
    indicatorId: w.plain.id,
    year: 2024,
    periodKind: 'quarter',
    periodNo: 2,
    value: 70,
  });
  draftId = saved.id;
});
afterAll(async () => t.close());

const op = () => contextFor(t.db, w, 'operator');
const bytesOf = (...parts: (string | number[])[]) =>
  new Uint8Array(
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))),
  );
const PDF = bytesOf('%PDF-1.7\nBerita acara penyaluran\n%%EOF\n');
const PNG = bytesOf([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR....');
const DOCX = bytesOf('PK\x03\x04', '....[Content_Types].xml....word/document.xml....');
const XLSX = bytesOf('PK\x03\x04', '....[Content_Types].xml....xl/workbook.xml....');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function filesOf(realisationId: string) {
  return t.db.select().from(evidenceFile).where(eq(evidenceFile.realisationId, realisationId));
}

describe('addEvidence', () => {
  it('stores the bytes once per sha256 and the file reference, audited', async () => {
    const added = await addEvidence(op(), {
      realisationId: draftId,
      fileName: 'berita-acara.pdf',
      mimeType: 'application/pdf',
      bytes: PDF,
    });
    const sha = createHash('sha256').update(PDF).digest('hex');
    expect(added).toMatchObject({
      sha256: sha,
      sizeBytes: PDF.byteLength,
      mimeType: 'application/pdf',
      duplicate: false,
      version: 1,
    });
    const again = await addEvidence(op(), {
      realisationId: draftId,
      fileName: 'salinan.pdf',
      mimeType: 'application/pdf',
      bytes: PDF,
    });
    expect(again).toMatchObject({ id: added.id, duplicate: true });
    // the same bytes on another realisation: a second reference, one blob (the seed's own PDF is another blob)
    const other = await saveRealisation(op(), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 3,
      value: 71,
    });
    await addEvidence(op(), {
      realisationId: other.id,
      fileName: 'berita-acara.pdf',
      mimeType: 'application/pdf',
      bytes: PDF,
    });
    const blobs = await t.db.select({ n: count() }).from(evidenceBlob).where(eq(evidenceBlob.sha256, sha));
    expect(blobs[0]!.n).toBe(1);
    expect(await filesOf(draftId)).toHaveLength(1);
    const events = await t.db.select().from(auditLog).where(eq(auditLog.action, 'evidence.added'));
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      entityTable: 'evidence_file',
      entityId: added.id,
      agencyId: w.agency.id,
    });

    const docx = await addEvidence(op(), {
      realisationId: draftId,
      fileName: 'Laporan.DOCX',
      mimeType: DOCX_TYPE,
      bytes: DOCX,
    });
    expect(docx.mimeType).toBe(DOCX_TYPE);
    const listed = await listEvidence(contextFor(t.db, w, 'kepala'), { realisationId: draftId });
    expect(listed.map((f) => f.fileName).sort()).toEqual(['Laporan.DOCX', 'berita-acara.pdf']);
    const content = await getEvidenceContent(op(), { evidenceId: added.id });
    expect(Buffer.from(content.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect(content).toMatchObject({ fileName: 'berita-acara.pdf', mimeType: 'application/pdf' });
  });

  it('refuses an oversized file with too-large before touching the database', async () => {
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PDF);
    await expect(
      addEvidence(op(), {
        realisationId: draftId,
        fileName: 'besar.pdf',
        mimeType: 'application/pdf',
        bytes: big,
      }),
    ).rejects.toMatchObject({ code: 'too-large' });
    expect(await filesOf(draftId)).toEqual([]);
  });

  it('refuses content that is not its declared type, by sniffing', async () => {
    const cases = [
      { fileName: 'foto.pdf', mimeType: 'application/pdf', bytes: PNG, path: 'bytes' },
      { fileName: 'foto.png', mimeType: 'application/pdf', bytes: PNG, path: 'fileName' },
      { fileName: 'foto.png', mimeType: 'image/png', bytes: PDF, path: 'bytes' },
      { fileName: 'data.docx', mimeType: DOCX_TYPE, bytes: XLSX, path: 'bytes' },
      { fileName: 'data.csv', mimeType: 'text/csv', bytes: PNG, path: 'bytes' },
      { fileName: 'skrip.exe', mimeType: 'application/x-msdownload', bytes: bytesOf('MZ'), path: 'mimeType' },
    ];
    for (const c of cases) {
      await expect(
        addEvidence(op(), {
          realisationId: draftId,
          fileName: c.fileName,
          mimeType: c.mimeType,
          bytes: c.bytes,
        }),
      ).rejects.toMatchObject({ code: 'unsupported-type', fields: [{ path: c.path }] });
    }
    await expect(
      addEvidence(op(), {
        realisationId: draftId,
        fileName: 'kosong.pdf',
        mimeType: 'application/pdf',
        bytes: new Uint8Array(),
      }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'bytes' }] });
    expect(await filesOf(draftId)).toEqual([]);
    const csv = await addEvidence(op(), {
      realisationId: draftId,
      fileName: 'rekap.csv',
      mimeType: 'text/csv',
      bytes: bytesOf('kecamatan;jumlah\nKota;36\n'),
    });
    expect(csv.duplicate).toBe(false);
  });

  it("refuses a foreign agency's operator and a submitted realisation", async () => {
    await expect(
      addEvidence(contextFor(t.db, w, 'foreign'), {
        realisationId: draftId,
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        bytes: PDF,
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      getEvidenceContent(contextFor(t.db, w, 'foreign'), { evidenceId: w.evidence.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      addEvidence(op(), {
        realisationId: w.realisation.id,
        fileName: 'a.pdf',
        mimeType: 'application/pdf',
        bytes: PDF,
      }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    expect(await filesOf(draftId)).toEqual([]);
  });
});

describe('removeEvidence', () => {
  it('removes from a draft (stale version: conflict), never from a submitted realisation', async () => {
    const added = await addEvidence(op(), {
      realisationId: draftId,
      fileName: 'a.pdf',
      mimeType: 'application/pdf',
      bytes: PDF,
    });
    await expect(removeEvidence(op(), { evidenceId: added.id, version: 2 })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await filesOf(draftId)).toHaveLength(1);
    await removeEvidence(op(), { evidenceId: added.id, version: 1 });
    expect(await filesOf(draftId)).toEqual([]);
    const [event] = await t.db.select().from(auditLog).where(eq(auditLog.action, 'evidence.removed'));
    expect(event).toMatchObject({ entityId: added.id, before: { fileName: 'a.pdf' } });

    await expect(removeEvidence(op(), { evidenceId: w.evidence.id, version: 1 })).rejects.toMatchObject({
      code: 'invalid-state',
    });
    expect(await filesOf(w.realisation.id)).toHaveLength(1);
  });
});
