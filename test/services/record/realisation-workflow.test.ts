import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { returnRealisation } from '../../../src/services/record/return-realisation.ts';
import { saveRealisation } from '../../../src/services/record/save-realisation.ts';
import { submitRealisation } from '../../../src/services/record/submit-realisation.ts';
import { verifyRealisation } from '../../../src/services/record/verify-realisation.ts';
import { auditLog, measurementSetting, realisation } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextFor, NOW, seedRecordWorld, type RecordWorld } from './record-fixtures.ts';

let t: TestDatabase;
let w: RecordWorld;
beforeAll(async () => {
  t = await createTestDatabase();
});
beforeEach(async () => {
  await t.reset();
  w = await seedRecordWorld(t.db);
});
afterAll(async () => t.close());

const as = (who: 'operator' | 'kepala' | 'foreign' | 'admin') => contextFor(t.db, w, who);

async function draft(value: number | string | null, periodNo = 2) {
  return saveRealisation(as('operator'), {
    indicatorId: w.plain.id,
    year: 2024,
    periodKind: 'quarter',
    periodNo,
    value,
    note: 'catatan awal',
  });
}

async function rowOf(id: string) {
  const [row] = await t.db.select().from(realisation).where(eq(realisation.id, id));
  return row!;
}

async function eventsOf(id: string) {
  return (await t.db.select().from(auditLog).where(eq(auditLog.entityId, id)).orderBy(auditLog.id)).map(
    (e) => e.action,
  );
}

describe('submit, verify, return', () => {
  it('draft → submitted → returned → submitted → verified, each audited', async () => {
    const saved = await draft('79,9');
    const submitted = await submitRealisation(as('operator'), {
      realisationId: saved.id,
      version: saved.version,
    });
    expect(submitted).toMatchObject({ status: 'submitted', version: 2 });
    expect(await rowOf(saved.id)).toMatchObject({
      status: 'submitted',
      submittedByUserId: w.user.id,
      submittedAt: NOW,
      note: 'catatan awal',
    });

    const returned = await returnRealisation(as('kepala'), {
      realisationId: saved.id,
      version: 2,
      comment: 'Lampirkan data DTKS',
    });
    expect(returned).toMatchObject({ status: 'returned', version: 3 });
    expect(await rowOf(saved.id)).toMatchObject({
      returnReason: 'Lampirkan data DTKS',
      returnedByUserId: w.kepala.id,
      returnedAt: NOW,
    });

    const edited = await saveRealisation(as('operator'), {
      indicatorId: w.plain.id,
      year: 2024,
      periodKind: 'quarter',
      periodNo: 2,
      value: '79,95',
      version: 3,
    });
    expect(edited).toMatchObject({ status: 'returned', version: 4, value: '79.95' });
    await submitRealisation(as('operator'), { realisationId: saved.id, version: 4 });
    const verified = await verifyRealisation(as('kepala'), { realisationId: saved.id, version: 5 });
    expect(verified).toMatchObject({ status: 'verified', version: 6 });
    expect(await rowOf(saved.id)).toMatchObject({ verifiedByUserId: w.kepala.id, verifiedAt: NOW });
    expect(await eventsOf(saved.id)).toEqual([
      'realisation.saved',
      'realisation.submitted',
      'realisation.returned',
      'realisation.saved',
      'realisation.submitted',
      'realisation.verified',
    ]);
  });

  it('refuses invalid transitions with invalid-state and changes nothing', async () => {
    const saved = await draft(79);
    await expect(
      verifyRealisation(as('kepala'), { realisationId: saved.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    await expect(
      returnRealisation(as('kepala'), { realisationId: saved.id, version: 1, comment: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    await submitRealisation(as('operator'), { realisationId: saved.id, version: 1 });
    await expect(
      submitRealisation(as('operator'), { realisationId: saved.id, version: 2 }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    await verifyRealisation(as('admin'), { realisationId: saved.id, version: 2 });
    await expect(
      returnRealisation(as('kepala'), { realisationId: saved.id, version: 3, comment: 'x' }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    await expect(
      saveRealisation(as('operator'), {
        indicatorId: w.plain.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 2,
        value: 1,
        version: 3,
      }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
    expect(await rowOf(saved.id)).toMatchObject({ status: 'verified', version: 3, value: '79' });
  });

  it('a return needs a comment; an operator cannot verify; a stale version is a conflict', async () => {
    const saved = await draft(79);
    await submitRealisation(as('operator'), { realisationId: saved.id, version: 1 });
    await expect(
      returnRealisation(as('kepala'), { realisationId: saved.id, version: 2, comment: '   ' }),
    ).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'comment' }] });
    await expect(
      verifyRealisation(as('operator'), { realisationId: saved.id, version: 2 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      verifyRealisation(as('kepala'), { realisationId: saved.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await rowOf(saved.id)).toMatchObject({ status: 'submitted', version: 2, verifiedAt: null });
  });

  it("a foreign agency's operator cannot submit", async () => {
    const saved = await draft(79);
    await expect(
      submitRealisation(as('foreign'), { realisationId: saved.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await rowOf(saved.id)).toMatchObject({ status: 'draft', version: 1 });
  });

  it('a realisation with no value cannot be submitted', async () => {
    const saved = await draft(null);
    await expect(
      submitRealisation(as('operator'), { realisationId: saved.id, version: 1 }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
  });
});

describe('a low predikat needs an explanation', () => {
  it('refuses to submit 30 against a target of 80 (37,5 %, Sangat Rendah) without an explanation', async () => {
    const saved = await draft(30);
    expect(saved.measurement.predikat).toMatchObject({ label: 'Sangat Rendah', lowest: true });
    const bare = submitRealisation(as('operator'), { realisationId: saved.id, version: 1 });
    await expect(bare).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'explanation' }] });
    await expect(bare).rejects.toMatchObject({
      fields: [{ message: { id: expect.stringContaining('37,50') } }],
    });
    const blank = submitRealisation(as('operator'), {
      realisationId: saved.id,
      version: 1,
      explanation: '  ',
    });
    await expect(blank).rejects.toMatchObject({ code: 'validation', fields: [{ path: 'explanation' }] });
    expect(await rowOf(saved.id)).toMatchObject({ status: 'draft', version: 1 });
    expect(await eventsOf(saved.id)).toEqual(['realisation.saved']);

    const explained = await submitRealisation(as('operator'), {
      realisationId: saved.id,
      version: 1,
      explanation: 'Penyaluran tertunda karena pemutakhiran DTKS',
    });
    expect(explained).toMatchObject({
      status: 'submitted',
      measurement: { predikat: { label: 'Sangat Rendah' } },
    });
    expect(await rowOf(saved.id)).toMatchObject({ note: 'Penyaluran tertunda karena pemutakhiran DTKS' });
  });

  it('the second-lowest level (Rendah: 55/80 = 68,75 % is Sedang; 44/80 = 55 % is Rendah) also needs one', async () => {
    const sedang = await draft(55, 1);
    expect(sedang.measurement.predikat).toMatchObject({ label: 'Sedang', lowest: false });
    await expect(
      submitRealisation(as('operator'), { realisationId: sedang.id, version: 1 }),
    ).resolves.toMatchObject({ status: 'submitted' });
    const rendah = await draft(44, 2);
    expect(rendah.measurement.predikat).toMatchObject({ label: 'Rendah', lowest: true });
    await expect(
      submitRealisation(as('operator'), { realisationId: rendah.id, version: 1 }),
    ).rejects.toMatchObject({
      fields: [{ path: 'explanation' }],
    });
  });

  it("uses the agency's own scale: on the 4-level Baik scale 60/80 = 75 % is Baik, not low", async () => {
    await t.db
      .insert(measurementSetting)
      .values({ agencyId: w.agency.id, fromYear: 2024, scalePreset: 'baik_4' });
    const saved = await draft(60);
    expect(saved.measurement).toMatchObject({
      scaleId: 'baik-4',
      predikat: { label: 'Baik', lowest: false },
    });
    await expect(
      submitRealisation(as('operator'), { realisationId: saved.id, version: 1 }),
    ).resolves.toMatchObject({ status: 'submitted' });
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, saved.id), eq(auditLog.action, 'realisation.submitted')));
    expect(event!.before).toMatchObject({ status: 'draft' });
    expect(event!.after).toMatchObject({ status: 'submitted' });
  });
});
