/** Reading how a region measures: its settings and its agencies' overrides, as far as the reader may see. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMeasurementSettings } from '../../../src/services/administer/list-measurement-settings.ts';
import { setMeasurementSetting } from '../../../src/services/administer/set-measurement-setting.ts';
import { AppError } from '../../../src/services/errors.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type Who, type WorkflowWorld } from '../workflow-fixtures.ts';

let t: TestDatabase;
let w: WorkflowWorld;
const NOW = new Date('2025-01-10T03:00:00Z');
const as = (who: Who) => contextAt(t.db, w, who, NOW);

beforeAll(async () => {
  t = await createTestDatabase();
  w = await seedWorkflowWorld(t.db);
  // the region's own setting (2021, Permendagri 86/2017) comes with the world
  await setMeasurementSetting(as('admin'), {
    agencyId: w.agency.id,
    fromYear: 2024,
    scalePreset: 'lan_239_2003',
    sasaranAggregation: 'group_mean',
    capaianCap: '120',
  });
  await setMeasurementSetting(as('admin'), {
    agencyId: w.foreignAgency.id,
    fromYear: 2023,
    scalePreset: 'baik_4',
  });
}, 60_000);
afterAll(async () => t.close());

describe('listMeasurementSettings', () => {
  it('gives a region-wide reader the region’s setting and every agency’s override, oldest year first', async () => {
    const { settings } = await listMeasurementSettings(as('evaluator'), { regionId: w.region.id });
    expect(settings.map((s) => [s.fromYear, s.regionId, s.agencyId, s.scalePreset])).toEqual([
      [2021, w.region.id, null, 'permendagri_86_2017'],
      [2023, null, w.foreignAgency.id, 'baik_4'],
      [2024, null, w.agency.id, 'lan_239_2003'],
    ]);
    expect(settings[2]).toMatchObject({ sasaranAggregation: 'group_mean', capaianCap: '120', version: 1 });
  });

  it('shows an agency’s user the region’s setting and their own agency’s only', async () => {
    const { settings } = await listMeasurementSettings(as('operator'), { regionId: w.region.id });
    expect(settings.map((s) => s.agencyId)).toEqual([null, w.agency.id]);
  });

  it('refuses another region', async () => {
    const error = await listMeasurementSettings(as('admin'), {
      regionId: '00000000-0000-4000-8000-000000000001',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('forbidden');
  });
});
