import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../src/services/context.ts';
import { addIndicator } from '../../../src/services/plan/add-indicator.ts';
import { addKegiatan } from '../../../src/services/plan/add-kegiatan.ts';
import { addMisi } from '../../../src/services/plan/add-misi.ts';
import { addProgram } from '../../../src/services/plan/add-program.ts';
import { addSasaran } from '../../../src/services/plan/add-sasaran.ts';
import { addSubKegiatan } from '../../../src/services/plan/add-sub-kegiatan.ts';
import { addTujuan } from '../../../src/services/plan/add-tujuan.ts';
import { createRenstraPeriod } from '../../../src/services/plan/create-renstra-period.ts';
import { getRenstraTree } from '../../../src/services/plan/get-renstra-tree.ts';
import { linkSasaranProgram } from '../../../src/services/plan/link-sasaran-program.ts';
import { setIndicatorTargets } from '../../../src/services/plan/set-indicator-targets.ts';
import { updateIndicator } from '../../../src/services/plan/update-indicator.ts';
import { updateSasaran } from '../../../src/services/plan/update-sasaran.ts';
import {
  indicator,
  indicatorComponent,
  indicatorTarget,
  kegiatan,
  renstraPeriod,
  sasaranRpjmdLink,
  sasaranStrategis,
} from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { auditMark, auditSince, contextFor } from './plan-fixtures.ts';

let t: TestDatabase;
let a: SmallAgency;
let b: SmallAgency;
let operator: ServiceContext;
let foreignOperator: ServiceContext;
let rpjmdSasaranId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  a = await seedSmallAgency(t.db, '01');
  b = await seedSmallAgency(t.db, '02');
  operator = contextFor(t.db, a, 'operator');
  foreignOperator = contextFor(t.db, b, 'operator');
  const [link] = await t.db
    .select()
    .from(sasaranRpjmdLink)
    .where(eq(sasaranRpjmdLink.sasaranStrategisId, a.sasaran.id));
  rpjmdSasaranId = link!.rpjmdSasaranId;
});
afterAll(async () => t.close());

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; fields: { path: string; message: { id: string; en: string } }[] };
  }
  throw new Error('expected the call to fail');
}

let nextStart = 2027;
async function newPeriod() {
  const start = nextStart;
  nextStart += 5;
  return createRenstraPeriod(operator, {
    agencyId: a.agency.id,
    startYear: start,
    endYear: start + 4,
    visi: 'Masyarakat sejahtera dan mandiri',
  });
}

describe('createRenstraPeriod', () => {
  it('writes the period and its audit event', async () => {
    const mark = await auditMark(t.db);
    const period = await createRenstraPeriod(operator, {
      agencyId: a.agency.id,
      startYear: 2100 - 4,
      endYear: 2100,
      visi: 'Visi uji',
      legalBasis: 'Perbup No. 1',
    });
    expect(period).toMatchObject({ startYear: 2096, endYear: 2100, visi: 'Visi uji', version: 1 });
    const [row] = await t.db.select().from(renstraPeriod).where(eq(renstraPeriod.id, period.id));
    expect(row).toMatchObject({ agencyId: a.agency.id, legalBasis: 'Perbup No. 1' });
    const events = await auditSince(t.db, mark);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'renstra_period.created',
      entityId: period.id,
      agencyId: a.agency.id,
      actorLabel: 'operator-test',
    });
  });

  it('names the field of bad input and writes nothing', async () => {
    const mark = await auditMark(t.db);
    const bad = await rejection(
      createRenstraPeriod(operator, { agencyId: 'not-a-uuid', startYear: 2040, endYear: 2039, visi: '' }),
    );
    expect(bad.code).toBe('validation');
    expect(bad.fields.map((f) => f.path).sort()).toEqual(['agencyId', 'endYear', 'visi']);
    const reversed = await rejection(
      createRenstraPeriod(operator, { agencyId: a.agency.id, startYear: 2040, endYear: 2039, visi: 'V' }),
    );
    expect(reversed.fields.map((f) => f.path)).toEqual(['endYear']);
    const overlap = await rejection(
      createRenstraPeriod(operator, { agencyId: a.agency.id, startYear: 2024, endYear: 2028, visi: 'V' }),
    );
    expect(overlap).toMatchObject({ code: 'validation', fields: [{ path: 'startYear' }] });
    expect(await auditSince(t.db, mark)).toHaveLength(0);
  });

  it("refuses another agency's operator and writes nothing", async () => {
    const mark = await auditMark(t.db);
    const before = await t.db.select().from(renstraPeriod);
    const refused = await rejection(
      createRenstraPeriod(foreignOperator, {
        agencyId: a.agency.id,
        startYear: 2090,
        endYear: 2094,
        visi: 'X',
      }),
    );
    expect(refused.code).toBe('forbidden');
    expect(await t.db.select().from(renstraPeriod)).toHaveLength(before.length);
    expect(await auditSince(t.db, mark)).toHaveLength(0);
  });

  it('refuses a viewer (plan.write is for operator and kepala)', async () => {
    const viewer = contextFor(t.db, a, 'viewer');
    const refused = await rejection(
      createRenstraPeriod(viewer, { agencyId: a.agency.id, startYear: 2085, endYear: 2089, visi: 'X' }),
    );
    expect(refused.code).toBe('forbidden');
  });
});

describe('visi → misi → tujuan → sasaran', () => {
  it('adds misi, tujuan under the misi, and sasaran with and without tujuan, each audited', async () => {
    const period = await newPeriod();
    const mark = await auditMark(t.db);
    const misi = await addMisi(operator, { renstraPeriodId: period.id, number: 1, statement: 'Melayani' });
    const tujuan = await addTujuan(operator, {
      renstraPeriodId: period.id,
      renstraMisiId: misi.id,
      code: 'T1',
      statement: 'Meningkatkan kesejahteraan sosial',
    });
    const withTujuan = await addSasaran(operator, {
      renstraPeriodId: period.id,
      renstraTujuanId: tujuan.id,
      orgUnitId: a.bidang.id,
      code: 'SS1',
      statement: 'Meningkatnya PPKS yang tertangani',
      rpjmdSasaranIds: [rpjmdSasaranId],
    });
    const without = await addSasaran(operator, {
      renstraPeriodId: period.id,
      code: 'SS2',
      statement: 'Meningkatnya kualitas pelayanan',
    });
    expect(withTujuan).toMatchObject({ renstraTujuanId: tujuan.id, rpjmdSasaranIds: [rpjmdSasaranId] });
    expect(without).toMatchObject({ renstraTujuanId: null, orgUnitId: null, rpjmdSasaranIds: [] });
    const links = await t.db
      .select()
      .from(sasaranRpjmdLink)
      .where(eq(sasaranRpjmdLink.sasaranStrategisId, withTujuan.id));
    expect(links).toHaveLength(1);
    const actions = (await auditSince(t.db, mark)).map((e) => e.action);
    expect(actions).toEqual([
      'renstra_misi.created',
      'renstra_tujuan.created',
      'sasaran_strategis.created',
      'sasaran_strategis.created',
    ]);
  });

  it('refuses a duplicate misi number, a tujuan of another period, an unknown RPJMD sasaran', async () => {
    const period = await newPeriod();
    await addMisi(operator, { renstraPeriodId: period.id, number: 1, statement: 'M' });
    const dup = await rejection(
      addMisi(operator, { renstraPeriodId: period.id, number: 1, statement: 'M2' }),
    );
    expect(dup).toMatchObject({ code: 'validation', fields: [{ path: 'number' }] });
    const other = await newPeriod();
    const foreignTujuan = await addTujuan(operator, {
      renstraPeriodId: other.id,
      code: 'T9',
      statement: 'T',
    });
    const wrong = await rejection(
      addSasaran(operator, {
        renstraPeriodId: period.id,
        renstraTujuanId: foreignTujuan.id,
        code: 'S',
        statement: 'S',
      }),
    );
    expect(wrong).toMatchObject({ code: 'validation', fields: [{ path: 'renstraTujuanId' }] });
    const [bRpjmd] = await t.db
      .select()
      .from(sasaranRpjmdLink)
      .where(eq(sasaranRpjmdLink.agencyId, b.agency.id));
    const unknown = await rejection(
      addSasaran(operator, {
        renstraPeriodId: period.id,
        code: 'S',
        statement: 'S',
        rpjmdSasaranIds: [rpjmdSasaranId, bRpjmd!.rpjmdSasaranId],
      }),
    );
    expect(unknown).toMatchObject({ code: 'validation', fields: [{ path: 'rpjmdSasaranIds[1]' }] });
    const orgUnitOfB = await rejection(
      addSasaran(operator, { renstraPeriodId: period.id, orgUnitId: b.head.id, code: 'S', statement: 'S' }),
    );
    expect(orgUnitOfB).toMatchObject({ code: 'validation', fields: [{ path: 'orgUnitId' }] });
    const rows = await t.db
      .select()
      .from(sasaranStrategis)
      .where(eq(sasaranStrategis.renstraPeriodId, period.id));
    expect(rows).toHaveLength(0);
  });

  it('updates a sasaran with its version; a stale version is a conflict that changes nothing', async () => {
    const period = await newPeriod();
    const s = await addSasaran(operator, { renstraPeriodId: period.id, code: 'SS1', statement: 'Lama' });
    const mark = await auditMark(t.db);
    const updated = await updateSasaran(operator, {
      sasaranId: s.id,
      version: s.version,
      statement: 'Baru',
      rpjmdSasaranIds: [rpjmdSasaranId],
    });
    expect(updated).toMatchObject({ statement: 'Baru', version: 2, rpjmdSasaranIds: [rpjmdSasaranId] });
    const [event] = await auditSince(t.db, mark);
    expect(event).toMatchObject({
      action: 'sasaran_strategis.updated',
      before: { statement: 'Lama', rpjmdSasaranIds: [] },
      after: { statement: 'Baru', version: 2 },
    });
    const stale = await rejection(
      updateSasaran(operator, { sasaranId: s.id, version: 1, statement: 'Kalah', rpjmdSasaranIds: [] }),
    );
    expect(stale.code).toBe('conflict');
    const [row] = await t.db.select().from(sasaranStrategis).where(eq(sasaranStrategis.id, s.id));
    expect(row).toMatchObject({ statement: 'Baru', version: 2 });
    const links = await t.db
      .select()
      .from(sasaranRpjmdLink)
      .where(eq(sasaranRpjmdLink.sasaranStrategisId, s.id));
    expect(links).toHaveLength(1);
    const foreign = await rejection(
      updateSasaran(foreignOperator, { sasaranId: s.id, version: 2, statement: 'Asing' }),
    );
    expect(foreign.code).toBe('forbidden');
  });
});

describe('indicators and targets', () => {
  async function sasaranOfNewPeriod() {
    const period = await newPeriod();
    const s = await addSasaran(operator, { renstraPeriodId: period.id, code: 'SS1', statement: 'Sasaran' });
    return { period, sasaran: s };
  }

  it('adds an IKU with components, baseline and end target given as Indonesian numbers', async () => {
    const { sasaran } = await sasaranOfNewPeriod();
    const mark = await auditMark(t.db);
    const iku = await addIndicator(operator, {
      sasaranStrategisId: sasaran.id,
      code: 'IKU1',
      name: 'Persentase PPKS yang tertangani',
      definition: 'PPKS yang mendapat pelayanan dibanding jumlah PPKS',
      formula: 'tertangani / total × 100',
      components: [
        { code: 'served', name: 'PPKS tertangani', unit: 'orang' },
        { code: 'total', name: 'Jumlah PPKS', unit: 'orang' },
      ],
      unit: '%',
      polarity: 'positive',
      periodAggregation: 'last',
      reportingFrequency: 'quarterly',
      dataSource: 'SIKS-NG',
      isIku: true,
      baselineYear: 2026,
      baseline: { value: '61,25' },
      endTarget: { value: '85,50' },
    });
    expect(iku).toMatchObject({
      owner: { kind: 'sasaran', id: sasaran.id },
      isIku: true,
      resultKind: 'outcome',
      baseline: { year: 2026, value: '61.25' },
      endTarget: { value: '85.50', low: null },
    });
    expect(iku.components.map((c) => c.code)).toEqual(['served', 'total']);
    const [row] = await t.db.select().from(indicator).where(eq(indicator.id, iku.id));
    expect(row).toMatchObject({ baselineValue: '61.25', endTargetValue: '85.50', dataSource: 'SIKS-NG' });
    expect(
      await t.db.select().from(indicatorComponent).where(eq(indicatorComponent.indicatorId, iku.id)),
    ).toHaveLength(2);
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual(['indicator.created']);
  });

  it('checks the shape against the polarity: ordinal needs a scale, range needs low and high', async () => {
    const { sasaran } = await sasaranOfNewPeriod();
    const ordinal = await rejection(
      addIndicator(operator, {
        sasaranStrategisId: sasaran.id,
        code: 'AKIP',
        name: 'Nilai AKIP',
        unit: 'predikat',
        polarity: 'ordinal',
        periodAggregation: 'last',
        endTarget: { grade: 'A' },
      }),
    );
    expect(ordinal).toMatchObject({ code: 'validation', fields: [{ path: 'ordinalScale' }] });
    const range = await rejection(
      addIndicator(operator, {
        sasaranStrategisId: sasaran.id,
        code: 'R1',
        name: 'Rasio',
        unit: '%',
        polarity: 'range',
        periodAggregation: 'average',
        endTarget: { value: 80 },
      }),
    );
    expect(range.fields.map((f) => f.path).sort()).toEqual([
      'endTarget.high',
      'endTarget.low',
      'endTarget.value',
    ]);
    const noOwner = await rejection(
      addIndicator(operator, {
        code: 'X',
        name: 'X',
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
      }),
    );
    expect(noOwner).toMatchObject({ code: 'validation', fields: [{ path: 'sasaranStrategisId' }] });
    const badNumber = await rejection(
      addIndicator(operator, {
        sasaranStrategisId: sasaran.id,
        code: 'N',
        name: 'N',
        unit: '%',
        polarity: 'positive',
        periodAggregation: 'last',
        endTarget: { value: '41.600.00' },
      }),
    );
    expect(badNumber).toMatchObject({ code: 'validation', fields: [{ path: 'endTarget.value' }] });
    const graded = await addIndicator(operator, {
      sasaranStrategisId: sasaran.id,
      code: 'AKIP',
      name: 'Nilai AKIP',
      unit: 'predikat',
      polarity: 'ordinal',
      ordinalScale: { grades: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] },
      periodAggregation: 'last',
      endTarget: { grade: 'a' },
    });
    expect(graded).toMatchObject({
      ordinalScale: { grades: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'], rule: 'met_or_rank' },
      endTarget: { grade: 'A' },
    });
  });

  it('sets targets per year (upsert with version), warns on 0, refuses years outside the Renstra', async () => {
    const { period, sasaran } = await sasaranOfNewPeriod();
    const ind = await addIndicator(operator, {
      sasaranStrategisId: sasaran.id,
      code: 'K1',
      name: 'Jumlah kasus kekerasan',
      unit: 'kasus',
      polarity: 'negative',
      periodAggregation: 'cumulative',
    });
    const y = period.startYear;
    const mark = await auditMark(t.db);
    const set = await setIndicatorTargets(operator, {
      indicatorId: ind.id,
      targets: [
        { year: y, value: '12' },
        { year: y + 1, value: '0' },
      ],
    });
    expect(set.targets.map((x) => [x.year, x.value, x.version])).toEqual([
      [y, '12', 1],
      [y + 1, '0', 1],
    ]);
    expect(set.warnings).toEqual([
      expect.objectContaining({ path: 'targets[1].value', code: 'target-zero' }),
    ]);
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual([
      'indicator_target.created',
      'indicator_target.created',
    ]);

    const outside = await rejection(
      setIndicatorTargets(operator, {
        indicatorId: ind.id,
        targets: [
          { year: y + 2, value: 10 },
          { year: period.endYear + 1, value: 9 },
        ],
      }),
    );
    expect(outside).toMatchObject({ code: 'validation', fields: [{ path: 'targets[1].year' }] });
    const unknown = await rejection(
      setIndicatorTargets(operator, {
        indicatorId: '00000000-0000-4000-8000-000000000000',
        targets: [{ year: y, value: 1 }],
      }),
    );
    expect(unknown).toMatchObject({ code: 'not-found' });
    const notUuid = await rejection(setIndicatorTargets(operator, { indicatorId: 'IKU1', targets: [] }));
    expect(notUuid.fields.map((f) => f.path).sort()).toEqual(['indicatorId', 'targets']);
    const shape = await rejection(
      setIndicatorTargets(operator, { indicatorId: ind.id, targets: [{ year: y + 2, grade: 'A' }] }),
    );
    expect(shape.fields.map((f) => f.path).sort()).toEqual(['targets[0].grade', 'targets[0].value']);

    // changing an existing year needs its version; a stale one changes nothing
    const noVersion = await rejection(
      setIndicatorTargets(operator, { indicatorId: ind.id, targets: [{ year: y, value: '11' }] }),
    );
    expect(noVersion.code).toBe('conflict');
    const changed = await setIndicatorTargets(operator, {
      indicatorId: ind.id,
      targets: [{ year: y, value: '10,5', version: 1 }],
    });
    expect(changed.targets).toEqual([expect.objectContaining({ year: y, value: '10.5', version: 2 })]);
    const stale = await rejection(
      setIndicatorTargets(operator, { indicatorId: ind.id, targets: [{ year: y, value: '9', version: 1 }] }),
    );
    expect(stale.code).toBe('conflict');
    const rows = await t.db.select().from(indicatorTarget).where(eq(indicatorTarget.indicatorId, ind.id));
    expect(rows.map((r) => [r.year, r.value]).sort()).toEqual([
      [y, '10.5'],
      [y + 1, '0'],
    ]);

    const foreign = await rejection(
      setIndicatorTargets(foreignOperator, { indicatorId: ind.id, targets: [{ year: y + 3, value: 1 }] }),
    );
    expect(foreign.code).toBe('forbidden');
    expect(
      await t.db.select().from(indicatorTarget).where(eq(indicatorTarget.indicatorId, ind.id)),
    ).toHaveLength(2);
  });

  it('updates an indicator with its version, but not its polarity once it has targets', async () => {
    const { period, sasaran } = await sasaranOfNewPeriod();
    const ind = await addIndicator(operator, {
      sasaranStrategisId: sasaran.id,
      code: 'P1',
      name: 'Persentase',
      unit: '%',
      polarity: 'positive',
      periodAggregation: 'last',
      endTarget: { value: 90 },
    });
    const mark = await auditMark(t.db);
    const updated = await updateIndicator(operator, {
      indicatorId: ind.id,
      version: 1,
      name: 'Persentase baru',
      isIku: true,
      endTarget: { value: '92,5' },
    });
    expect(updated).toMatchObject({
      name: 'Persentase baru',
      isIku: true,
      endTarget: { value: '92.5' },
      version: 2,
    });
    expect((await auditSince(t.db, mark))[0]).toMatchObject({
      action: 'indicator.updated',
      before: { name: 'Persentase' },
      after: { name: 'Persentase baru' },
    });
    const stale = await rejection(updateIndicator(operator, { indicatorId: ind.id, version: 1, name: 'X' }));
    expect(stale.code).toBe('conflict');
    await setIndicatorTargets(operator, {
      indicatorId: ind.id,
      targets: [{ year: period.startYear, value: 80 }],
    });
    const flip = await rejection(
      updateIndicator(operator, { indicatorId: ind.id, version: 2, polarity: 'negative' }),
    );
    expect(flip).toMatchObject({ code: 'validation', fields: [{ path: 'polarity' }] });
    const [row] = await t.db.select().from(indicator).where(eq(indicator.id, ind.id));
    expect(row).toMatchObject({ name: 'Persentase baru', polarity: 'positive', version: 2 });
  });
});

describe('program → kegiatan → sub kegiatan', () => {
  it('adds the tree with codes under their parents and links the program to a sasaran', async () => {
    const period = await newPeriod();
    const mark = await auditMark(t.db);
    const prog = await addProgram(operator, {
      renstraPeriodId: period.id,
      code: '1.06.02',
      name: 'Program Pemberdayaan Sosial',
    });
    const keg = await addKegiatan(operator, {
      programId: prog.id,
      code: '1.06.02.2.01',
      name: 'Pengumpulan Sumbangan',
      orgUnitId: a.bidang.id,
    });
    const sub = await addSubKegiatan(operator, {
      kegiatanId: keg.id,
      code: '1.06.02.2.01.0001',
      name: 'Penerbitan Izin',
      orgUnitId: a.seksi.id,
    });
    expect(sub).toMatchObject({ parentId: keg.id, code: '1.06.02.2.01.0001', orgUnitId: a.seksi.id });
    const s = await addSasaran(operator, { renstraPeriodId: period.id, code: 'SS1', statement: 'Sasaran' });
    const link = await linkSasaranProgram(operator, { sasaranStrategisId: s.id, programId: prog.id });
    expect(link.created).toBe(true);
    expect(
      (await linkSasaranProgram(operator, { sasaranStrategisId: s.id, programId: prog.id })).created,
    ).toBe(false);
    const out = await addIndicator(operator, {
      subKegiatanId: sub.id,
      code: 'O1',
      name: 'Jumlah izin terbit',
      unit: 'dokumen',
      polarity: 'positive',
      periodAggregation: 'cumulative',
    });
    expect(out).toMatchObject({ owner: { kind: 'subKegiatan', id: sub.id }, resultKind: 'output' });
    expect((await auditSince(t.db, mark)).map((e) => e.action)).toEqual([
      'program.created',
      'kegiatan.created',
      'sub_kegiatan.created',
      'sasaran_strategis.created',
      'sasaran_program_link.created',
      'indicator.created',
    ]);
  });

  it('refuses codes not under their parent or in the wrong format, naming `code`', async () => {
    const period = await newPeriod();
    const badProgram = await rejection(
      addProgram(operator, { renstraPeriodId: period.id, code: '1.6.2', name: 'P' }),
    );
    expect(badProgram).toMatchObject({ code: 'validation', fields: [{ path: 'code' }] });
    const prog = await addProgram(operator, {
      renstraPeriodId: period.id,
      code: '1.06.04',
      name: 'Rehabilitasi',
    });
    const notUnder = await rejection(
      addKegiatan(operator, { programId: prog.id, code: '1.06.02.2.01', name: 'K' }),
    );
    expect(notUnder).toMatchObject({ code: 'validation', fields: [{ path: 'code' }] });
    expect(notUnder.fields[0]!.message.en).toContain('must start with its program\'s code "1.06.04."');
    const badTail = await rejection(
      addKegiatan(operator, { programId: prog.id, code: '1.06.04.01', name: 'K' }),
    );
    expect(badTail).toMatchObject({ code: 'validation', fields: [{ path: 'code' }] });
    const keg = await addKegiatan(operator, { programId: prog.id, code: '1.06.04.2.01', name: 'K' });
    const badSub = await rejection(
      addSubKegiatan(operator, { kegiatanId: keg.id, code: '1.06.04.2.02.0001', name: 'S' }),
    );
    expect(badSub).toMatchObject({ code: 'validation', fields: [{ path: 'code' }] });
    expect(await t.db.select().from(kegiatan).where(eq(kegiatan.programId, prog.id))).toHaveLength(1);
    const foreign = await rejection(
      addKegiatan(foreignOperator, { programId: prog.id, code: '1.06.04.2.02', name: 'K' }),
    );
    expect(foreign.code).toBe('forbidden');
    expect(await t.db.select().from(kegiatan).where(eq(kegiatan.programId, prog.id))).toHaveLength(1);
  });
});

describe('getRenstraTree', () => {
  it('returns visi → misi → tujuan → sasaran → indicators with targets, and the program tree', async () => {
    const period = await newPeriod();
    const misi = await addMisi(operator, { renstraPeriodId: period.id, number: 1, statement: 'Misi' });
    const tujuan = await addTujuan(operator, {
      renstraPeriodId: period.id,
      renstraMisiId: misi.id,
      code: 'T1',
      statement: 'Tujuan',
    });
    const s1 = await addSasaran(operator, {
      renstraPeriodId: period.id,
      renstraTujuanId: tujuan.id,
      code: 'SS1',
      statement: 'S1',
    });
    const s2 = await addSasaran(operator, { renstraPeriodId: period.id, code: 'SS2', statement: 'S2' });
    const ind = await addIndicator(operator, {
      sasaranStrategisId: s1.id,
      code: 'IKU1',
      name: 'I',
      unit: '%',
      polarity: 'positive',
      periodAggregation: 'last',
    });
    await setIndicatorTargets(operator, {
      indicatorId: ind.id,
      targets: [
        { year: period.startYear + 1, value: '81' },
        { year: period.startYear, value: '80' },
      ],
    });
    const prog = await addProgram(operator, { renstraPeriodId: period.id, code: '1.06.04', name: 'P' });
    const keg = await addKegiatan(operator, { programId: prog.id, code: '1.06.04.2.01', name: 'K' });
    await addSubKegiatan(operator, { kegiatanId: keg.id, code: '1.06.04.2.01.0002', name: 'S b' });
    await addSubKegiatan(operator, { kegiatanId: keg.id, code: '1.06.04.2.01.0001', name: 'S a' });
    await linkSasaranProgram(operator, { sasaranStrategisId: s1.id, programId: prog.id });

    const viewer = contextFor(t.db, a, 'viewer');
    const tree = await getRenstraTree(viewer, { agencyId: a.agency.id, renstraPeriodId: period.id });
    expect(tree.period).toMatchObject({ id: period.id, visi: period.visi });
    expect(tree.misi).toHaveLength(1);
    const treeSasaran = tree.misi[0]!.tujuan[0]!.sasaran;
    expect(treeSasaran.map((s) => s.code)).toEqual(['SS1']);
    expect(treeSasaran[0]!.programIds).toEqual([prog.id]);
    expect(treeSasaran[0]!.indicators[0]!.targets.map((x) => [x.year, x.value])).toEqual([
      [period.startYear, '80'],
      [period.startYear + 1, '81'],
    ]);
    expect(tree.sasaranWithoutTujuan.map((s) => s.id)).toEqual([s2.id]);
    expect(tree.programs[0]).toMatchObject({ code: '1.06.04', sasaranIds: [s1.id] });
    expect(tree.programs[0]!.kegiatan[0]!.subKegiatan.map((s) => s.code)).toEqual([
      '1.06.04.2.01.0001',
      '1.06.04.2.01.0002',
    ]);

    const latest = await getRenstraTree(operator, { agencyId: a.agency.id });
    expect(latest.period.startYear).toBeGreaterThanOrEqual(period.startYear);

    const foreign = await rejection(getRenstraTree(foreignOperator, { agencyId: a.agency.id }));
    expect(foreign.code).toBe('forbidden');
    const notHis = await rejection(
      getRenstraTree(foreignOperator, { agencyId: b.agency.id, renstraPeriodId: period.id }),
    );
    expect(notHis.code).toBe('not-found');
  });
});
