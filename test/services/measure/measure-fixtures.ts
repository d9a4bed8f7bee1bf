/**
 * A small agency to measure, with numbers simple enough to compute by hand:
 * a kabupaten with two agencies (the measured one and a foreign one), one
 * Renstra 2021–2026, 2 sasaran and 3 indicators, and a budget tree of two
 * programs (one per sasaran). No PK and no measurement setting: targets come
 * from the Renstra, the scale is Permendagri 86/2017 with the mean.
 *
 * | indicator | sasaran | polarity | periods | target 2024 | realisation 2024 |
 * |-----------|---------|----------|---------|-------------|------------------|
 * | I1 | S1 | positive, cumulative | TW I–IV 20 + 25 + 30 + 35 | 100 | 110 (2023: 90 vs 95) |
 * | I2 | S1 | negative, last | year | 5,5 | 6,67 |
 * | I3 | S2 | positive, last | quarterly | 75 | none |
 *
 * Budget 2024: P1 (→ S1): SK1 pagu murni 100 jt, perubahan 120 jt, realisasi 30 + 60 jt;
 * SK2 50 jt, realisasi 50 jt. P2 (→ S2): SK3 80 jt, realisasi 20 jt.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../../src/store/database.ts';
import * as s from '../../../src/store/schema/index.ts';
import type { ServiceActor, ServiceContext } from '../../../src/services/context.ts';

function one<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new Error('insert returned no row');
  return row;
}

export type MeasureAgency = Awaited<ReturnType<typeof seedMeasureAgency>>;

export async function seedMeasureAgency(db: Database, suffix = '1') {
  const region = one(
    await db
      .insert(s.region)
      .values({ code: `7${suffix}`, name: `Kabupaten Ukur ${suffix}`, kind: 'kabupaten' })
      .returning(),
  );
  const agency = one(
    await db
      .insert(s.agency)
      .values({
        regionId: region.id,
        code: '1.06.0.00.0.00.01.0000',
        name: 'Dinas Sosial',
        shortName: 'Dinsos',
      })
      .returning(),
  );
  const foreign = one(
    await db
      .insert(s.agency)
      .values({ regionId: region.id, code: '1.02.0.00.0.00.01.0000', name: 'Dinas Kesehatan' })
      .returning(),
  );
  const head = one(
    await db
      .insert(s.orgUnit)
      .values({ agencyId: agency.id, name: 'Kepala Dinas', echelon: 'II' })
      .returning(),
  );
  const renstra = one(
    await db
      .insert(s.renstraPeriod)
      .values({ agencyId: agency.id, startYear: 2021, endYear: 2026, visi: 'Sejahtera' })
      .returning(),
  );
  const sasaran = (code: string, statement: string, sortOrder: number) =>
    db
      .insert(s.sasaranStrategis)
      .values({ agencyId: agency.id, renstraPeriodId: renstra.id, code, statement, sortOrder })
      .returning()
      .then(one);
  const s1 = await sasaran('S1', 'Meningkatnya PPKS yang tertangani', 1);
  const s2 = await sasaran('S2', 'Meningkatnya kualitas layanan', 2);

  const indicator = (values: Omit<typeof s.indicator.$inferInsert, 'agencyId' | 'renstraPeriodId'>) =>
    db
      .insert(s.indicator)
      .values({ agencyId: agency.id, renstraPeriodId: renstra.id, ...values })
      .returning()
      .then(one);
  const i1 = await indicator({
    sasaranStrategisId: s1.id,
    code: 'I1',
    name: 'Jumlah PPKS yang menerima bantuan',
    unit: 'orang',
    polarity: 'positive',
    periodAggregation: 'cumulative',
    reportingFrequency: 'quarterly',
    isIku: true,
    baselineValue: '80',
    endTargetValue: '120',
    sortOrder: 1,
  });
  const i2 = await indicator({
    sasaranStrategisId: s1.id,
    code: 'I2',
    name: 'Persentase penduduk miskin',
    unit: '%',
    polarity: 'negative',
    periodAggregation: 'last',
    reportingFrequency: 'yearly',
    sortOrder: 2,
  });
  const i3 = await indicator({
    sasaranStrategisId: s2.id,
    code: 'I3',
    name: 'Indeks kepuasan layanan',
    unit: 'indeks',
    polarity: 'positive',
    periodAggregation: 'last',
    reportingFrequency: 'quarterly',
    sortOrder: 1,
  });
  await db.insert(s.indicatorTarget).values([
    { agencyId: agency.id, indicatorId: i1.id, year: 2023, value: '95' },
    { agencyId: agency.id, indicatorId: i1.id, year: 2024, value: '100' },
    { agencyId: agency.id, indicatorId: i2.id, year: 2024, value: '5.50' },
    { agencyId: agency.id, indicatorId: i3.id, year: 2024, value: '75' },
  ]);
  const quarter = (indicatorId: string, year: number, periodNo: number, value: string) => ({
    agencyId: agency.id,
    indicatorId,
    year,
    periodKind: 'quarter' as const,
    periodNo,
    value,
    status: 'submitted' as const,
  });
  await db.insert(s.realisation).values([
    quarter(i1.id, 2023, 1, '20'),
    quarter(i1.id, 2023, 2, '20'),
    quarter(i1.id, 2023, 3, '25'),
    quarter(i1.id, 2023, 4, '25'),
    quarter(i1.id, 2024, 1, '20'),
    quarter(i1.id, 2024, 2, '25'),
    quarter(i1.id, 2024, 3, '30'),
    quarter(i1.id, 2024, 4, '35'),
    {
      agencyId: agency.id,
      indicatorId: i2.id,
      year: 2024,
      periodKind: 'year',
      periodNo: 1,
      value: '6.67',
      status: 'verified',
      verifiedAt: new Date('2025-01-10T02:00:00Z'),
    },
  ]);

  // Budget: program → kegiatan → sub kegiatan.
  const program = (code: string, name: string) =>
    db
      .insert(s.program)
      .values({ agencyId: agency.id, renstraPeriodId: renstra.id, code, name })
      .returning()
      .then(one);
  const p1 = await program('1.06.04', 'Program Rehabilitasi Sosial');
  const p2 = await program('1.06.05', 'Program Perlindungan Sosial');
  await db.insert(s.sasaranProgramLink).values([
    { sasaranStrategisId: s1.id, programId: p1.id, agencyId: agency.id },
    { sasaranStrategisId: s2.id, programId: p2.id, agencyId: agency.id },
  ]);
  const k1 = one(
    await db
      .insert(s.kegiatan)
      .values({ agencyId: agency.id, programId: p1.id, code: '1.06.04.2.01', name: 'Rehabilitasi Dasar' })
      .returning(),
  );
  const k2 = one(
    await db
      .insert(s.kegiatan)
      .values({ agencyId: agency.id, programId: p2.id, code: '1.06.05.2.01', name: 'Perlindungan Korban' })
      .returning(),
  );
  const sub = (kegiatanId: string, code: string, name: string) =>
    db.insert(s.subKegiatan).values({ agencyId: agency.id, kegiatanId, code, name }).returning().then(one);
  const sk1 = await sub(k1.id, '1.06.04.2.01.0001', 'Permakanan');
  const sk2 = await sub(k1.id, '1.06.04.2.01.0002', 'Alat Bantu');
  const sk3 = await sub(k2.id, '1.06.05.2.01.0001', 'Bantuan Bencana');
  const line = (subKegiatanId: string, paguMurni: number, paguPerubahan: number | null) =>
    db
      .insert(s.budgetLine)
      .values({
        agencyId: agency.id,
        subKegiatanId,
        year: 2024,
        spendingType: 'barang_jasa',
        paguMurni,
        paguPerubahan,
      })
      .returning()
      .then(one);
  const l1 = await line(sk1.id, 100_000_000, 120_000_000);
  const l2 = await line(sk2.id, 50_000_000, null);
  const l3 = await line(sk3.id, 80_000_000, null);
  const spent = (budgetLineId: string, periodNo: number, amount: number) => ({
    agencyId: agency.id,
    budgetLineId,
    periodKind: 'quarter' as const,
    periodNo,
    amount,
  });
  await db
    .insert(s.budgetRealisation)
    .values([
      spent(l1.id, 1, 30_000_000),
      spent(l1.id, 2, 60_000_000),
      spent(l2.id, 1, 50_000_000),
      spent(l3.id, 3, 20_000_000),
    ]);

  // Signatories, for PKs the tests add.
  const bupatiPos = one(
    await db.insert(s.position).values({ regionId: region.id, title: 'Bupati' }).returning(),
  );
  const kadisPos = one(
    await db
      .insert(s.position)
      .values({ regionId: region.id, agencyId: agency.id, orgUnitId: head.id, title: 'Kepala Dinas Sosial' })
      .returning(),
  );
  const bupati = one(
    await db.insert(s.signatory).values({ positionId: bupatiPos.id, name: 'Bupati Ukur' }).returning(),
  );
  const kadis = one(
    await db
      .insert(s.signatory)
      .values({ positionId: kadisPos.id, agencyId: agency.id, name: 'Kepala Dinas Ukur' })
      .returning(),
  );

  return { region, agency, foreign, head, renstra, s1, s2, i1, i2, i3, p1, p2, bupati, kadis };
}

/** Adds a PK version of the top unit for `year` with the given targets, signed unless `status` says otherwise. */
export async function addPkVersion(
  db: Database,
  seed: MeasureAgency,
  options: {
    year: number;
    number: number;
    targets: { indicatorId: string; value: string }[];
    status?: 'draft' | 'signed';
  },
) {
  const agencyId = seed.agency.id;
  const [existing] = await db
    .select()
    .from(s.perjanjianKinerja)
    .where(and(eq(s.perjanjianKinerja.orgUnitId, seed.head.id), eq(s.perjanjianKinerja.year, options.year)));
  const pk =
    existing ??
    one(
      await db
        .insert(s.perjanjianKinerja)
        .values({ agencyId, orgUnitId: seed.head.id, year: options.year })
        .returning(),
    );
  const version = one(
    await db
      .insert(s.pkVersion)
      .values({
        agencyId,
        perjanjianKinerjaId: pk.id,
        number: options.number,
        kind: options.number === 1 ? 'original' : 'perubahan',
      })
      .returning(),
  );
  if (options.targets.length > 0)
    await db.insert(s.pkTarget).values(
      options.targets.map((t) => ({
        agencyId,
        pkVersionId: version.id,
        indicatorId: t.indicatorId,
        value: t.value,
      })),
    );
  if ((options.status ?? 'signed') === 'signed') {
    await db
      .update(s.pkVersion)
      .set({
        status: 'signed',
        firstPartySignatoryId: seed.kadis.id,
        secondPartySignatoryId: seed.bupati.id,
        signedOn: `${options.year}-01-20`,
        signedAt: new Date(`${options.year}-01-20T03:00:00Z`),
      })
      .where(eq(s.pkVersion.id, version.id));
  }
  return version;
}

export function contextFor(
  db: Database,
  actor: Partial<ServiceActor> & Pick<ServiceActor, 'role' | 'regionId'>,
): ServiceContext {
  return {
    db,
    actor: { userId: '00000000-0000-4000-8000-000000000001', label: actor.role, agencyId: null, ...actor },
    origin: 'web',
    now: () => new Date('2025-02-01T03:00:00Z'),
  };
}
