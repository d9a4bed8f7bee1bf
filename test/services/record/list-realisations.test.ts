import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../src/services/context.ts';
import { listRealisations, type RealisationGrid } from '../../../src/services/record/list-realisations.ts';
import { returnRealisation } from '../../../src/services/record/return-realisation.ts';
import { saveRealisationsBatch } from '../../../src/services/record/save-realisations-batch.ts';
import { submitRealisation } from '../../../src/services/record/submit-realisation.ts';
import { indicator, periodLock } from '../../../src/store/schema/index.ts';
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
const evaluator = (): ServiceContext => ({
  db: t.db,
  actor: {
    userId: 'evaluator',
    label: 'evaluator',
    role: 'evaluator',
    regionId: w.region.id,
    agencyId: null,
  },
  origin: 'web',
  now: () => NOW,
});

function indicatorOf(grid: RealisationGrid, code: string) {
  const found = grid.sasaran.flatMap((s) => s.indicators).find((i) => i.code === code);
  if (!found) throw new Error(`indicator ${code} not listed`);
  return found;
}

/** The seed's submitted TW I of IKU1 (with evidence), plus drafts of IK2 TW I–II and IKU1 TW II, TW II of IK2 submitted and returned. */
async function recordSome() {
  const { rows } = await saveRealisationsBatch(as('operator'), {
    agencyId: w.agency.id,
    rows: [
      { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 1, value: '74,53' },
      { indicatorId: w.plain.id, year: 2024, periodKind: 'quarter', periodNo: 2, value: '76' },
      {
        indicatorId: w.indicator.id,
        year: 2024,
        periodKind: 'quarter',
        periodNo: 2,
        components: { served: '650', total: null },
      },
    ],
  });
  const tw2 = rows[1]!;
  const submitted = await submitRealisation(as('operator'), { realisationId: tw2.id, version: tw2.version });
  await returnRealisation(as('kepala'), {
    realisationId: tw2.id,
    version: submitted.version,
    comment: 'Lampirkan daftar penerima',
  });
  return rows;
}

describe('listRealisations', () => {
  it('lists the year’s indicators by sasaran with their realisations, versions, statuses, components and evidence', async () => {
    const saved = await recordSome();
    const grid = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2024 });
    expect(grid).toMatchObject({
      agencyId: w.agency.id,
      year: 2024,
      includesDrafts: true,
      renstra: { id: w.renstra.id, startYear: 2021, endYear: 2026 },
      policy: { negativeFormula: 'two-minus-ratio', scale: { id: 'permendagri-86-2017' } },
    });
    expect(grid.policy.scale.levels.map((l) => l.label)).toEqual([
      'Sangat Tinggi',
      'Tinggi',
      'Sedang',
      'Rendah',
      'Sangat Rendah',
    ]);
    expect(grid.sasaran.map((s) => s.code)).toEqual(['SS1']);
    expect(grid.sasaran[0]!.indicators.map((i) => i.code)).toEqual(['IK2', 'IK3', 'IKU1']); // sort order, then code

    const iku = indicatorOf(grid, 'IKU1');
    expect(iku).toMatchObject({
      periodKind: 'quarter',
      formula: 'served / total × 100',
      components: [
        { code: 'served', name: 'PPKS tertangani' },
        { code: 'total', name: 'Jumlah PPKS' },
      ],
      target: { value: '80.50', low: null, high: null, grade: null },
      grades: null,
    });
    expect(iku.realisations).toEqual([
      expect.objectContaining({
        periodNo: 1,
        value: '78.125',
        status: 'submitted',
        components: { served: '625', total: '800' },
        evidenceCount: 1,
      }),
      expect.objectContaining({
        id: saved[2]!.id,
        periodNo: 2,
        value: null,
        status: 'draft',
        version: 1,
        components: { served: '650' },
        evidenceCount: 0,
      }),
    ]);

    const plain = indicatorOf(grid, 'IK2');
    expect(plain.target).toEqual({ value: '80', low: null, high: null, source: 'renstra', grade: null });
    expect(plain.components).toEqual([]);
    expect(plain.realisations).toEqual([
      expect.objectContaining({ periodNo: 1, value: '74.53', status: 'draft', components: null }),
      expect.objectContaining({
        id: saved[1]!.id,
        periodNo: 2,
        value: '76',
        status: 'returned',
        version: 3,
        returnReason: 'Lampirkan daftar penerima',
        returnedAt: NOW,
        submittedAt: NOW,
      }),
    ]);

    const ordinal = indicatorOf(grid, 'IK3');
    expect(ordinal).toMatchObject({
      polarity: 'ordinal',
      grades: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'],
      target: { grade: 'BB' },
      realisations: [],
    });
  });

  it('shows others only submitted and verified realisations: drafts and returned ones are the agency’s own work', async () => {
    await recordSome();
    for (const ctx of [evaluator(), as('admin')]) {
      const grid = await listRealisations(ctx, { agencyId: w.agency.id, year: 2024 });
      expect(grid.includesDrafts).toBe(false);
      expect(indicatorOf(grid, 'IKU1').realisations.map((r) => [r.periodNo, r.status])).toEqual([
        [1, 'submitted'],
      ]);
      expect(indicatorOf(grid, 'IK2').realisations).toEqual([]);
    }
  });

  it('takes the period kind from the year’s realisations, else from the reporting frequency', async () => {
    await t.db.update(indicator).set({ reportingFrequency: 'yearly' }).where(eq(indicator.id, w.plain.id));
    await t.db
      .update(indicator)
      .set({ reportingFrequency: 'semester' })
      .where(eq(indicator.id, w.ordinal.id));
    await saveRealisationsBatch(as('operator'), {
      agencyId: w.agency.id,
      rows: [{ indicatorId: w.plain.id, year: 2025, periodKind: 'month', periodNo: 2, value: 70 }],
    });
    const y2024 = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2024 });
    expect(indicatorOf(y2024, 'IK2').periodKind).toBe('year');
    expect(indicatorOf(y2024, 'IK3').periodKind).toBe('semester');
    expect(indicatorOf(y2024, 'IKU1').periodKind).toBe('quarter');
    const y2025 = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2025 });
    expect(indicatorOf(y2025, 'IK2')).toMatchObject({
      periodKind: 'month',
      target: null,
      realisations: [expect.objectContaining({ periodKind: 'month', periodNo: 2, value: '70' })],
    });
  });

  it('names the locked periods of every kind from the quarter locks in force', async () => {
    await t.db.insert(periodLock).values([
      { regionId: w.region.id, year: 2024, kind: 'realisation_quarter', periodNo: 1, lockedAt: NOW },
      { regionId: w.region.id, year: 2024, kind: 'realisation_quarter', periodNo: 2, lockedAt: NOW },
      // reopened for this agency: the agency's own row overrides the region's lock
      {
        regionId: w.region.id,
        agencyId: w.agency.id,
        year: 2024,
        kind: 'realisation_quarter',
        periodNo: 2,
        lockedAt: NOW,
        reopenedAt: NOW,
        reopenReason: 'Perbaikan data',
      },
      { regionId: w.region.id, year: 2023, kind: 'realisation_quarter', periodNo: 4, lockedAt: NOW },
    ]);
    const grid = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2024 });
    expect(grid.lockedPeriods).toEqual({ month: [1, 2, 3], quarter: [1], semester: [], year: [] });
    const last = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2023 });
    expect(last.lockedPeriods).toEqual({ month: [10, 11, 12], quarter: [4], semester: [2], year: [1] });
  });

  it('lists nothing for a year outside the Renstra, and refuses a foreign or unknown agency', async () => {
    const outside = await listRealisations(as('operator'), { agencyId: w.agency.id, year: 2030 });
    expect(outside).toMatchObject({ renstra: null, sasaran: [] });
    await expect(
      listRealisations(as('foreign'), { agencyId: w.agency.id, year: 2024 }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      listRealisations(as('operator'), { agencyId: '00000000-0000-4000-8000-000000000000', year: 2024 }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(listRealisations(as('operator'), { agencyId: w.agency.id })).rejects.toMatchObject({
      code: 'validation',
    });
  });
});
