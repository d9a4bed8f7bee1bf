/**
 * Loads an agency bundle (akuntabel/agency-bundle@1, see agency-bundle.ts and
 * data/demo/README.md) into an EMPTY database, in one transaction, as the
 * system actor: every row written gets its audit event (origin `system`),
 * and a last `demo.loaded` event lists the counts. A database that already
 * holds a region, an agency or a user is refused and left untouched.
 *
 * Rows are inserted in batches (PGlite inserts are slow one by one); ids are
 * made here (UUIDs) so parents and children link without reading back.
 *
 * What the schema cannot hold is left out, never forced into a wrong column
 * (decision 0006 in docs/decisions lists each case). The choices that shape
 * what is stored:
 *
 * - **PK versions.** Version 1 is always the original (the schema ties number
 *   1 to kind `original`). A bundle that has only the perubahan (the 2023 Lima
 *   Puluh Kota report prints only the Perubahan PK, November 2023) gets it as
 *   version 2, kind `perubahan`, signed; no version 1 is invented, and the
 *   version's `reason` says the original is not in the source. Measurement
 *   reads the latest signed version, so the perubahan targets apply.
 * - **Budget realisation** is one row per budget line with period `year`
 *   (period_no 1): the report prints only the year's total, and putting it
 *   in quarter 4 would claim that everything was spent in October–December.
 *   Physical progress likewise (period `year`), only where printed.
 * - **Spending type.** The report gives it for the agency as a whole, not per
 *   sub kegiatan; lines without a type are stored as `lainnya` (unstated).
 * - **Realisations** of indicators are stored `verified` (the published
 *   report is their verification), at the load instant, by the system.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inArray, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { toPlainDecimal } from '../../domain/numbers.ts';
import { queryRows, type Database } from '../../store/database.ts';
import * as s from '../../store/schema/index.ts';
import type { PeriodAggregation, PeriodKind } from '../../store/schema/enums.ts';
import { hashPassword } from '../administer/password-hash.ts';
import { invalidState } from '../errors.ts';
import { parseAgencyBundle, type AgencyBundle, type BundleUnit } from './agency-bundle.ts';

/** The demo bundle shipped with the code. */
export const DEMO_BUNDLE_URL = new URL('../../../data/demo/limapuluhkota-2023.json', import.meta.url);

/** Reads and validates an agency bundle file (the demo's by default); throws with every error's path. */
export async function readAgencyBundle(file: URL | string = DEMO_BUNDLE_URL): Promise<AgencyBundle> {
  const json: unknown = JSON.parse(await readFile(file, 'utf8'));
  const parsed = parseAgencyBundle(json);
  if (!parsed.ok) {
    const list = parsed.errors.map((e) => `  ${e.path}: ${e.message}`).join('\n');
    throw new Error(`Berkas data demo tidak sah (${String(file)}):\n${list}`);
  }
  return parsed.bundle;
}

export type LoadDemoOptions = {
  /** The clock (audit instants, verification and signing instants). */
  now: Date | (() => Date);
};

export type DemoLogin = { username: string; displayName: string; role: string; password: string };

export type LoadDemoResult = {
  regionId: string;
  agencyId: string;
  renstraPeriodId: string;
  /** The demo logins (passwords from the bundle: demo only). */
  logins: DemoLogin[];
  /** Rows written per table (audit_log included). */
  rows: Record<string, number>;
};

/**
 * Kemendagri codes of the regions bundles come from (Kepmendagri
 * 100.1.1-6117/2022). A region not listed gets a code built from its name.
 */
const KEMENDAGRI_CODES: Readonly<Record<string, string>> = {
  'Sumatera Barat': '13',
  'Sumatera Barat/Kabupaten Lima Puluh Kota': '13.07',
};

function regionCode(key: string, name: string): string {
  return KEMENDAGRI_CODES[key] ?? name.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/** What an LKjIP does not print about the RPJMD's visi (the column is required). */
export const RPJMD_VISI_NOT_PRINTED = '(Visi RPJMD tidak dicetak dalam sumber data demo.)';

const PERIOD_AGGREGATION: Readonly<Record<'stock' | 'cumulative' | 'average', PeriodAggregation>> = {
  stock: 'last',
  cumulative: 'cumulative',
  average: 'average',
};

const FUNDING: Readonly<Record<'apbd' | 'apbn' | 'tidak_dicetak', string | null>> = {
  apbd: 'APBD Kabupaten/Kota',
  apbn: 'APBN',
  tidak_dicetak: null,
};

const decimal = (value: number): string => toPlainDecimal(value);

/** True when the database holds no region, agency or user (the demo may be loaded). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`select (select count(*) from region) + (select count(*) from agency) + (select count(*) from app_user) as n`,
  );
  return Number(row?.n ?? 0) === 0;
}

function notEmpty() {
  return invalidState({
    id: 'Database tidak kosong: data demo hanya dimuat ke database kosong (sudah ada daerah, perangkat daerah atau pengguna).',
    en: 'The database is not empty: the demo is loaded only into an empty database (a region, agency or user exists).',
  });
}

type AuditRow = typeof s.auditLog.$inferInsert;

/** Batched inserts that count rows and queue one audit event per row. */
class Writer {
  readonly rows: Record<string, number> = {};
  readonly audit: AuditRow[] = [];
  regionId: string | null = null;

  constructor(
    private readonly tx: Database,
    private readonly at: Date,
  ) {}

  async insert<T extends PgTable>(
    table: T,
    entityTable: string,
    values: T['$inferInsert'][],
    describe: (row: T['$inferSelect']) => { entityId: string; agencyId: string | null },
  ): Promise<void> {
    for (let start = 0; start < values.length; start += 400) {
      const chunk = values.slice(start, start + 400);
      const inserted = (await this.tx
        .insert(table)
        .values(chunk as never)
        .returning()) as T['$inferSelect'][];
      for (const row of inserted) this.queue(`${entityTable}.created`, entityTable, describe(row), row);
      this.rows[entityTable] = (this.rows[entityTable] ?? 0) + inserted.length;
    }
  }

  queue(
    action: string,
    entityTable: string,
    target: { entityId: string; agencyId: string | null },
    after: unknown,
  ): void {
    this.audit.push({
      occurredAt: this.at,
      actorUserId: null,
      actorLabel: 'system',
      origin: 'system',
      action,
      entityTable,
      entityId: target.entityId,
      agencyId: target.agencyId,
      regionId: this.regionId,
      before: null,
      after: JSON.parse(JSON.stringify(after)) as unknown,
    });
  }

  async flushAudit(): Promise<void> {
    for (let start = 0; start < this.audit.length; start += 400) {
      await this.tx.insert(s.auditLog).values(this.audit.slice(start, start + 400));
    }
    this.rows.audit_log = (this.rows.audit_log ?? 0) + this.audit.length;
  }
}

const byId = (row: { id: string; agencyId?: string | null }) => ({
  entityId: row.id,
  agencyId: row.agencyId ?? null,
});

/**
 * Loads `bundle` into an empty database in one transaction. Throws an
 * invalid-state error (and writes nothing) when the database is not empty.
 */
export async function loadDemo(
  db: Database,
  bundle: AgencyBundle,
  options: LoadDemoOptions,
): Promise<LoadDemoResult> {
  const at = typeof options.now === 'function' ? options.now() : options.now;
  if (!(await isDatabaseEmpty(db))) throw notEmpty();
  // Hashing is slow on purpose: do it before the transaction, in parallel.
  const hashes = await Promise.all(bundle.demoUsers.map((u) => hashPassword(u.password)));

  return db.transaction(async (transaction) => {
    const tx = transaction as unknown as Database;
    // Serialise concurrent loaders on PostgreSQL; PGlite has one connection anyway.
    await tx.execute(sql`select pg_advisory_xact_lock(7203419945)`);
    // Again inside the transaction, under the lock: another loader may have run meanwhile.
    if (!(await isDatabaseEmpty(tx))) throw notEmpty();
    const w = new Writer(tx, at);
    const year = bundle.year;

    // Region, kecamatan, RPJMD.
    const provinceId = randomUUID();
    const regionId = randomUUID();
    w.regionId = regionId;
    await w.insert(
      s.region,
      'region',
      [
        {
          id: provinceId,
          code: regionCode(bundle.region.province, bundle.region.province),
          name: bundle.region.province,
          kind: 'provinsi',
          timeZone: bundle.region.timeZone,
        },
        {
          id: regionId,
          code: regionCode(`${bundle.region.province}/${bundle.region.name}`, bundle.region.name),
          name: bundle.region.name,
          kind: bundle.region.level,
          parentRegionId: provinceId,
          timeZone: bundle.region.timeZone,
        },
      ],
      byId,
    );
    const kecamatanIds = new Map<string, string>();
    await w.insert(
      s.kecamatan,
      'kecamatan',
      bundle.region.kecamatan.map((name, i) => {
        const id = randomUUID();
        kecamatanIds.set(name, id);
        return { id, regionId, code: String(i + 1).padStart(2, '0'), name };
      }),
      byId,
    );

    const rpjmdId = randomUUID();
    await w.insert(
      s.rpjmdPeriod,
      'rpjmd_period',
      [
        {
          id: rpjmdId,
          regionId,
          startYear: bundle.rpjmd.period.start,
          endYear: bundle.rpjmd.period.end,
          visi: RPJMD_VISI_NOT_PRINTED,
        },
      ],
      byId,
    );
    const rpjmdMisiIds = new Map(bundle.rpjmd.misi.map((m) => [m.id, randomUUID()]));
    await w.insert(
      s.rpjmdMisi,
      'rpjmd_misi',
      bundle.rpjmd.misi.map((m, i) => ({
        id: rpjmdMisiIds.get(m.id)!,
        rpjmdPeriodId: rpjmdId,
        number: m.number ?? i + 1,
        statement: m.text,
      })),
      byId,
    );
    const rpjmdTujuanIds = new Map(bundle.rpjmd.tujuan.map((t) => [t.id, randomUUID()]));
    await w.insert(
      s.rpjmdTujuan,
      'rpjmd_tujuan',
      bundle.rpjmd.tujuan.map((t) => ({
        id: rpjmdTujuanIds.get(t.id)!,
        rpjmdMisiId: rpjmdMisiIds.get(t.misiId)!,
        code: t.id,
        statement: t.text,
      })),
      byId,
    );
    const rpjmdSasaranIds = new Map(bundle.rpjmd.sasaran.map((x) => [x.id, randomUUID()]));
    await w.insert(
      s.rpjmdSasaran,
      'rpjmd_sasaran',
      bundle.rpjmd.sasaran.map((x) => ({
        id: rpjmdSasaranIds.get(x.id)!,
        rpjmdTujuanId: rpjmdTujuanIds.get(x.tujuanId)!,
        code: x.id,
        statement: x.text,
      })),
      byId,
    );

    // Agency, units, positions, signatories.
    const agencyId = randomUUID();
    await w.insert(
      s.agency,
      'agency',
      [
        {
          id: agencyId,
          regionId,
          // Permendagri 90/2019 unit code: the urusan, no second urusan, first unit.
          code: `${bundle.agency.urusan.code}.0.00.0.00.01.0000`,
          name: bundle.agency.name,
          shortName: bundle.agency.shortName,
          address: bundle.agency.address.text,
        },
      ],
      (row) => ({ entityId: row.id, agencyId: row.id }),
    );
    const unitRows: (typeof s.orgUnit.$inferInsert)[] = [];
    const positionRows: (typeof s.position.$inferInsert)[] = [];
    const unitTasks: { unit: BundleUnit; id: string }[] = [];
    const walk = (unit: BundleUnit, parentId: string | null, sortOrder: number): string => {
      const id = randomUUID();
      unitRows.push({ id, agencyId, parentId, name: unit.name, echelon: unit.eselon, sortOrder });
      positionRows.push({
        id: randomUUID(),
        regionId,
        agencyId,
        orgUnitId: id,
        title: parentId === null ? bundle.head.title : unit.headTitle,
      });
      unitTasks.push({ unit, id });
      unit.children.forEach((child, i) => walk(child, id, i));
      return id;
    };
    const topUnitId = walk(bundle.units, null, 0);
    await w.insert(s.orgUnit, 'org_unit', unitRows, byId);
    const bupatiPositionId = randomUUID();
    positionRows.push({ id: bupatiPositionId, regionId, agencyId: null, title: bundle.regionalHead.title });
    await w.insert(s.position, 'position', positionRows, byId);
    const headPositionId = positionRows[0]!.id!;

    const signatories: (typeof s.signatory.$inferInsert)[] = [
      {
        id: randomUUID(),
        positionId: headPositionId,
        agencyId,
        name: bundle.head.name,
        nip: bundle.head.nip,
        rank: bundle.head.rank,
      },
      { id: randomUUID(), positionId: bupatiPositionId, agencyId: null, name: bundle.regionalHead.name },
    ];
    const signatoryFor = (person: { name: string; nip?: string; rank?: string }, headOfAgency: boolean) => {
      const found = signatories.find(
        (x) =>
          x.name === person.name &&
          (x.nip ?? undefined) === person.nip &&
          x.positionId === (headOfAgency ? headPositionId : bupatiPositionId),
      );
      if (found) return found.id!;
      const id = randomUUID();
      signatories.push({
        id,
        positionId: headOfAgency ? headPositionId : bupatiPositionId,
        agencyId: headOfAgency ? agencyId : null,
        name: person.name,
        nip: person.nip ?? null,
        rank: person.rank ?? null,
      });
      return id;
    };
    const pkDocs = [...bundle.perjanjianKinerja.documents].sort(
      (a, b) =>
        a.year - b.year ||
        Number(a.version === 'perubahan') - Number(b.version === 'perubahan') ||
        a.signedAt.date.localeCompare(b.signedAt.date),
    );
    const pkParties = pkDocs.map((d) => ({
      first: signatoryFor(d.pihakPertama, true),
      second: signatoryFor({ name: d.pihakKedua.name }, false),
    }));
    await w.insert(s.signatory, 'signatory', signatories, byId);

    // Renstra.
    const renstra = bundle.renstra;
    const renstraId = randomUUID();
    await w.insert(
      s.renstraPeriod,
      'renstra_period',
      [
        {
          id: renstraId,
          agencyId,
          rpjmdPeriodId: rpjmdId,
          startYear: renstra.period.start,
          endYear: renstra.period.end,
          visi: renstra.visi.text,
        },
      ],
      byId,
    );
    await w.insert(
      s.renstraMisi,
      'renstra_misi',
      renstra.misi.map((m, i) => ({
        agencyId,
        renstraPeriodId: renstraId,
        number: i + 1,
        statement: m.text,
      })),
      byId,
    );
    await w.insert(
      s.renstraTujuan,
      'renstra_tujuan',
      renstra.tujuan.map((t) => ({ agencyId, renstraPeriodId: renstraId, code: t.id, statement: t.text })),
      byId,
    );
    const sasaranIds = new Map(renstra.sasaran.map((x) => [x.id, randomUUID()]));
    await w.insert(
      s.sasaranStrategis,
      'sasaran_strategis',
      renstra.sasaran.map((x, i) => ({
        id: sasaranIds.get(x.id)!,
        agencyId,
        renstraPeriodId: renstraId,
        code: x.id,
        statement: x.name,
        sortOrder: i,
      })),
      byId,
    );
    await w.insert(
      s.sasaranRpjmdLink,
      'sasaran_rpjmd_link',
      renstra.sasaran.flatMap((x) =>
        x.rpjmdSasaranIds.map((r) => ({
          sasaranStrategisId: sasaranIds.get(x.id)!,
          rpjmdSasaranId: rpjmdSasaranIds.get(r)!,
          agencyId,
        })),
      ),
      (row) => ({ entityId: `${row.sasaranStrategisId}:${row.rpjmdSasaranId}`, agencyId: row.agencyId }),
    );

    // Budget tree: program → kegiatan → sub kegiatan.
    const programIds = new Map<string, string>();
    const subKegiatanIds = new Map<string, string>();
    const programRows: (typeof s.program.$inferInsert)[] = [];
    const kegiatanRows: (typeof s.kegiatan.$inferInsert)[] = [];
    const subRows: (typeof s.subKegiatan.$inferInsert)[] = [];
    for (const p of bundle.budgetTree.programs) {
      const pid = randomUUID();
      programIds.set(p.code, pid);
      programRows.push({ id: pid, agencyId, renstraPeriodId: renstraId, code: p.code, name: p.name });
      for (const k of p.kegiatan) {
        const kid = randomUUID();
        kegiatanRows.push({ id: kid, agencyId, programId: pid, code: k.code, name: k.name });
        for (const sk of k.subKegiatan) {
          const sid = randomUUID();
          subKegiatanIds.set(sk.code, sid);
          subRows.push({ id: sid, agencyId, kegiatanId: kid, code: sk.code, name: sk.name });
        }
      }
    }
    await w.insert(s.program, 'program', programRows, byId);
    await w.insert(s.kegiatan, 'kegiatan', kegiatanRows, byId);
    await w.insert(s.subKegiatan, 'sub_kegiatan', subRows, byId);
    const links = new Map<string, { sasaranStrategisId: string; programId: string; agencyId: string }>();
    for (const l of renstra.programs) {
      const row = {
        sasaranStrategisId: sasaranIds.get(l.sasaranId)!,
        programId: programIds.get(l.programCode)!,
        agencyId,
      };
      links.set(`${row.sasaranStrategisId}:${row.programId}`, row);
    }
    await w.insert(s.sasaranProgramLink, 'sasaran_program_link', [...links.values()], (row) => ({
      entityId: `${row.sasaranStrategisId}:${row.programId}`,
      agencyId: row.agencyId,
    }));

    // Indicators of the sasaran (with targets), and output indicators of sub kegiatan.
    const indicatorIds = new Map<string, string>();
    const indicatorRows: (typeof s.indicator.$inferInsert)[] = [];
    const targetRows: (typeof s.indicatorTarget.$inferInsert)[] = [];
    const realisationRows: (typeof s.realisation.$inferInsert)[] = [];
    const verified = { status: 'verified' as const, submittedAt: at, verifiedAt: at };
    for (const x of renstra.sasaran) {
      x.indikator.forEach((ind, i) => {
        if (ind.polarity === 'ordinal' || ind.polarity === 'range')
          throw new Error(`indikator ${ind.id}: polaritas ${ind.polarity} belum didukung pemuat demo`);
        const id = randomUUID();
        indicatorIds.set(ind.id, id);
        indicatorRows.push({
          id,
          agencyId,
          renstraPeriodId: renstraId,
          sasaranStrategisId: sasaranIds.get(x.id)!,
          code: ind.id,
          name: ind.name,
          definition: ind.definition?.text ?? null,
          formula: ind.formula,
          unit: ind.unit,
          polarity: ind.polarity,
          periodAggregation: PERIOD_AGGREGATION[ind.periodAggregation],
          // The report gives one value a year.
          reportingFrequency: 'yearly',
          resultKind: 'outcome',
          dataSource: ind.dataSource?.text ?? null,
          isIku: ind.iku,
          baselineYear: ind.baseline?.year ?? null,
          baselineValue: ind.baseline ? decimal(ind.baseline.value) : null,
          endTargetValue: ind.endTarget === null ? null : decimal(ind.endTarget),
          sortOrder: i,
        });
        // Targets of the previous plan's years too: the report compares with them.
        for (const t of [...ind.historicalTargets, ...ind.targets])
          targetRows.push({ agencyId, indicatorId: id, year: t.year, value: decimal(t.value) });
      });
    }
    let outputNo = 0;
    for (const p of bundle.budgetTree.programs)
      for (const k of p.kegiatan)
        for (const sk of k.subKegiatan)
          sk.outputIndicators?.forEach((o, i) => {
            const id = randomUUID();
            indicatorRows.push({
              id,
              agencyId,
              renstraPeriodId: renstraId,
              subKegiatanId: subKegiatanIds.get(sk.code)!,
              code: `${sk.code}.IK${String(i + 1)}`,
              name: o.name,
              unit: o.unit,
              polarity: 'positive',
              periodAggregation: 'cumulative',
              reportingFrequency: 'yearly',
              resultKind: 'output',
              sortOrder: outputNo++,
            });
            if (o.target !== null)
              targetRows.push({ agencyId, indicatorId: id, year, value: decimal(o.target) });
            if (o.realisasi !== null)
              realisationRows.push({
                agencyId,
                indicatorId: id,
                year,
                periodKind: 'year',
                periodNo: 1,
                value: decimal(o.realisasi),
                note: o.note ?? null,
                ...verified,
              });
          });
    await w.insert(s.indicator, 'indicator', indicatorRows, byId);
    await w.insert(s.indicatorTarget, 'indicator_target', targetRows, byId);

    for (const r of bundle.realisations) {
      const [periodKind, periodNo]: [PeriodKind, number] =
        r.period === 'year' ? ['year', 1] : ['quarter', r.period];
      realisationRows.push({
        agencyId,
        indicatorId: indicatorIds.get(r.indikatorId)!,
        year: r.year,
        periodKind,
        periodNo,
        value: decimal(r.value),
        note: r.note ?? null,
        ...verified,
      });
    }
    await w.insert(s.realisation, 'realisation', realisationRows, byId);

    // Budget lines, the year's realisation, physical progress.
    const lineRows: (typeof s.budgetLine.$inferInsert)[] = [];
    const spentRows: (typeof s.budgetRealisation.$inferInsert)[] = [];
    const progressRows: (typeof s.subKegiatanProgress.$inferInsert)[] = [];
    for (const p of bundle.budgetTree.programs)
      for (const k of p.kegiatan)
        for (const sk of k.subKegiatan)
          for (const [yearKey, y] of Object.entries(sk.years)) {
            const lineId = randomUUID();
            const subKegiatanId = subKegiatanIds.get(sk.code)!;
            lineRows.push({
              id: lineId,
              agencyId,
              subKegiatanId,
              year: Number(yearKey),
              spendingType: y.spendingType ?? 'lainnya',
              paguMurni: y.paguMurni,
              paguPerubahan: y.paguPerubahan,
            });
            spentRows.push({
              agencyId,
              budgetLineId: lineId,
              periodKind: 'year',
              periodNo: 1,
              amount: y.realisasi,
            });
            if (y.fisik !== null)
              progressRows.push({
                agencyId,
                subKegiatanId,
                year: Number(yearKey),
                periodKind: 'year',
                periodNo: 1,
                physicalProgressPercent: decimal(y.fisik),
              });
          }
    await w.insert(s.budgetLine, 'budget_line', lineRows, byId);
    await w.insert(s.budgetRealisation, 'budget_realisation', spentRows, byId);
    await w.insert(s.subKegiatanProgress, 'sub_kegiatan_progress', progressRows, byId);

    // Perjanjian Kinerja: written as drafts, then signed (a signed version takes no new rows).
    const pkIds = new Map<number, string>();
    const pkRows: (typeof s.perjanjianKinerja.$inferInsert)[] = [];
    const versionRows: (typeof s.pkVersion.$inferInsert)[] = [];
    const pkTargetRows: (typeof s.pkTarget.$inferInsert)[] = [];
    const pkBudgetRows: (typeof s.pkBudget.$inferInsert)[] = [];
    const lastNumber = new Map<number, number>();
    pkDocs.forEach((d, di) => {
      let pkId = pkIds.get(d.year);
      if (pkId === undefined) {
        pkId = randomUUID();
        pkIds.set(d.year, pkId);
        pkRows.push({ id: pkId, agencyId, orgUnitId: topUnitId, year: d.year });
      }
      // Number 1 is the original; a perubahan is 2 or later even when the original is not in the source.
      const number = d.version === 'original' ? 1 : Math.max(lastNumber.get(d.year) ?? 1, 1) + 1;
      lastNumber.set(d.year, number);
      const hasOriginal = pkDocs.some((o) => o.year === d.year && o.version === 'original');
      const versionId = randomUUID();
      versionRows.push({
        id: versionId,
        agencyId,
        perjanjianKinerjaId: pkId,
        number,
        kind: d.version,
        status: 'draft',
        firstPartySignatoryId: pkParties[di]!.first,
        secondPartySignatoryId: pkParties[di]!.second,
        signedOn: d.signedAt.date,
        signedPlace: d.signedAt.printed.split(',')[0]!.trim(),
        signedAt: at,
        reason:
          d.version === 'perubahan' && !hasOriginal
            ? `${d.title}. Versi awal (murni) tidak ada dalam sumber data, jadi tidak dimuat.`
            : d.version === 'perubahan'
              ? d.title
              : null,
      });
      d.items.forEach((it, i) =>
        pkTargetRows.push({
          agencyId,
          pkVersionId: versionId,
          indicatorId: indicatorIds.get(it.indikatorId)!,
          value: decimal(it.target),
          sortOrder: i,
        }),
      );
      d.programBudgets.forEach((b, i) =>
        pkBudgetRows.push({
          agencyId,
          pkVersionId: versionId,
          programId: programIds.get(b.programCode)!,
          amount: b.pagu,
          sortOrder: i,
        }),
      );
    });
    await w.insert(s.perjanjianKinerja, 'perjanjian_kinerja', pkRows, byId);
    await w.insert(s.pkVersion, 'pk_version', versionRows, byId);
    await w.insert(s.pkTarget, 'pk_target', pkTargetRows, byId);
    await w.insert(s.pkBudget, 'pk_budget', pkBudgetRows, byId);
    if (versionRows.length > 0) {
      const signed = await tx
        .update(s.pkVersion)
        .set({ status: 'signed', version: sql`${s.pkVersion.version} + 1`, updatedAt: at })
        .where(
          inArray(
            s.pkVersion.id,
            versionRows.map((v) => v.id!),
          ),
        )
        .returning();
      for (const row of signed) w.queue('pk_version.signed', 'pk_version', byId(row), row);
    }

    // SDM.
    const sdm = bundle.sdm;
    const snapshotId = randomUUID();
    await w.insert(
      s.sdmSnapshot,
      'sdm_snapshot',
      [{ id: snapshotId, agencyId, year: sdm.year, note: sdm.totals.note ?? null }],
      byId,
    );
    const counts: { dimension: (typeof s.SDM_DIMENSIONS)[number]; category: string; count: number }[] = [
      { dimension: 'status_kepegawaian', category: 'PNS', count: sdm.totals.pns },
      { dimension: 'status_kepegawaian', category: 'Tenaga kontrak', count: sdm.totals.kontrak },
      ...sdm.byPosition
        .filter((p) => p.group === 'eselon')
        .map((p) => ({ dimension: 'eselon' as const, category: p.category, count: p.count })),
      { dimension: 'jabatan', category: 'Kepala Dinas', count: sdm.structural.kepalaDinas },
      { dimension: 'jabatan', category: 'Sekretaris', count: sdm.structural.sekretaris },
      { dimension: 'jabatan', category: 'Kepala Bidang', count: sdm.structural.kepalaBidang },
      { dimension: 'jabatan', category: 'Kepala Sub Bagian', count: sdm.structural.kasubag },
      ...sdm.byPosition
        .filter((p) => p.group !== 'eselon')
        .map((p) => ({
          dimension: 'jabatan' as const,
          category:
            p.group === 'pelaksana' && p.category.startsWith('Gol.') ? `Pelaksana ${p.category}` : p.category,
          count: p.count,
        })),
      ...sdm.byEducation.pns.map((e) => ({
        dimension: 'pendidikan' as const,
        category: `PNS: ${e.category}`,
        count: e.count,
      })),
      ...sdm.byEducation.kontrak.map((e) => ({
        dimension: 'pendidikan' as const,
        category: `Tenaga kontrak: ${e.category}`,
        count: e.count,
      })),
      ...(sdm.byRank ?? []).map((e) => ({
        dimension: 'golongan' as const,
        category: e.category,
        count: e.count,
      })),
      ...(sdm.byGender
        ? [
            { dimension: 'jenis_kelamin' as const, category: 'L', count: sdm.byGender.L },
            { dimension: 'jenis_kelamin' as const, category: 'P', count: sdm.byGender.P },
          ]
        : []),
    ];
    await w.insert(
      s.sdmCount,
      'sdm_count',
      counts.map((c, i) => ({ agencyId, sdmSnapshotId: snapshotId, ...c, sortOrder: i })),
      byId,
    );

    // Social welfare: PPKS by category (when printed), PSKS, assistance delivered.
    const sw = bundle.socialWelfare;
    await w.insert(
      s.ppksCount,
      'ppks_count',
      (sw.ppks.byCategory ?? []).map((c) => ({
        agencyId,
        year: sw.ppks.year,
        category: c.category,
        count: c.count,
        dataSource: sw.ppks.source.text,
      })),
      byId,
    );
    await w.insert(
      s.psksCount,
      'psks_count',
      sw.psks.byType.map((p) => ({
        agencyId,
        year: sw.psks.year,
        type: p.type,
        count: p.count,
        dataSource: `LKjIP ${String(year)}: ${p.label} (satuan: ${p.unit})`,
      })),
      byId,
    );
    const assistanceRows: (typeof s.assistanceDelivery.$inferInsert)[] = [];
    for (const a of sw.assistance) {
      const base = {
        agencyId,
        year: a.year,
        program: a.program,
        programLabel: a.label,
        unitName: a.unit,
        fundingSource: FUNDING[a.funding],
      };
      // The whole region (kecamatan null) carries the total; named kecamatan their own rows.
      // Recipients the report does not place in a kecamatan stay only in the total.
      assistanceRows.push({ ...base, recipients: a.recipients, value: a.value });
      const perKecamatan = new Map<string, number>();
      for (const row of a.byKecamatan ?? [])
        if (row.kecamatan !== null)
          perKecamatan.set(row.kecamatan, (perKecamatan.get(row.kecamatan) ?? 0) + row.recipients);
      for (const [name, recipients] of perKecamatan) {
        const kecamatanId = kecamatanIds.get(name);
        if (kecamatanId === undefined) throw new Error(`kecamatan "${name}" tidak ada di region.kecamatan`);
        assistanceRows.push({ ...base, kecamatanId, recipients });
      }
    }
    await w.insert(s.assistanceDelivery, 'assistance_delivery', assistanceRows, byId);

    // IKM surveys (the index itself is derived from element data; only the survey is stored when none).
    const surveyRows: (typeof s.ikmSurvey.$inferInsert)[] = [];
    const elementRows: (typeof s.ikmElementTotal.$inferInsert)[] = [];
    for (const survey of bundle.ikm.surveys) {
      const id = randomUUID();
      surveyRows.push({
        id,
        agencyId,
        year: survey.year,
        method: 'element_totals',
        startedOn: survey.period?.start ?? null,
        endedOn: survey.period?.end ?? null,
      });
      if (survey.elements && survey.respondents)
        for (const e of survey.elements)
          elementRows.push({
            agencyId,
            ikmSurveyId: id,
            element: e.element,
            scoreSum: Math.round(e.average * survey.respondents),
            respondents: survey.respondents,
          });
    }
    await w.insert(s.ikmSurvey, 'ikm_survey', surveyRows, byId);
    await w.insert(s.ikmElementTotal, 'ikm_element_total', elementRows, byId);

    // Evaluasi AKIP: only evaluations with something the schema holds (evaluator, grade, components, recommendations).
    const evaluationRows: (typeof s.akipEvaluation.$inferInsert)[] = [];
    const componentRows: (typeof s.akipComponentScore.$inferInsert)[] = [];
    const recommendationRows: (typeof s.akipRecommendation.$inferInsert)[] = [];
    for (const e of bundle.akip.evaluations) {
      if (e.evaluator === null && e.grade === null && !e.components && e.recommendations.length === 0)
        continue;
      const id = randomUUID();
      evaluationRows.push({
        id,
        agencyId,
        year: e.evaluatedYear,
        evaluator: e.evaluator ?? '(penilai tidak dicetak)',
        publishedGrade: e.grade,
      });
      for (const c of e.components ?? [])
        componentRows.push({
          agencyId,
          akipEvaluationId: id,
          component: c.component,
          weight: decimal(c.weight),
          score: decimal(c.score),
        });
      for (const r of e.recommendations)
        recommendationRows.push({
          agencyId,
          akipEvaluationId: id,
          number: r.no,
          recommendation: r.text,
          followUpStatus: r.followUp?.status ?? 'belum',
          followUpNote:
            r.followUp === null
              ? null
              : r.followUp.status === null
                ? `${r.followUp.text} (status tindak lanjut tidak dicetak)`
                : r.followUp.text,
        });
    }
    await w.insert(s.akipEvaluation, 'akip_evaluation', evaluationRows, byId);
    await w.insert(s.akipComponentScore, 'akip_component_score', componentRows, byId);
    await w.insert(s.akipRecommendation, 'akip_recommendation', recommendationRows, byId);

    // Narratives of the report year.
    const n = bundle.narratives;
    const numbered = (items: readonly { text: string }[]) =>
      items.map((item, i) => `${String(i + 1)}. ${item.text}`).join('\n');
    const narrativeRows: (typeof s.narrative.$inferInsert)[] = [
      { agencyId, year, section: 'ikhtisar_eksekutif', body: n.ikhtisar.text },
      { agencyId, year, section: 'bab1.latar_belakang', body: n.latarBelakang.text },
      { agencyId, year, section: 'bab1.tugas_fungsi', body: n.tugasFungsi.text },
      ...unitTasks.flatMap(({ unit }) =>
        unit.task === null
          ? []
          : [
              {
                agencyId,
                year,
                section: `bab1.tugas_fungsi.${unit.id.replaceAll('-', '_')}`,
                body: `${unit.name}: ${unit.task.text}`,
              },
            ],
      ),
      { agencyId, year, section: 'bab1.isu_strategis', body: numbered(n.isuStrategis) },
      ...n.perSasaran.flatMap((p) =>
        (
          [
            ['analisis', p.analysis],
            ['solusi', p.solutions],
            ['langkah_ke_depan', p.nextSteps],
          ] as const
        ).flatMap(([topic, excerpt]) =>
          excerpt === null
            ? []
            : [
                {
                  agencyId,
                  year,
                  section: 'bab3.analisis_sasaran',
                  sasaranStrategisId: sasaranIds.get(p.sasaranId)!,
                  topic,
                  body: excerpt.text,
                },
              ],
        ),
      ),
      { agencyId, year, section: 'bab4.kesimpulan', body: n.kesimpulan.text },
      {
        agencyId,
        year,
        section: 'bab4.langkah_ke_depan',
        topic: 'langkah_ke_depan',
        body: numbered(n.langkahKeDepan),
      },
    ];
    await w.insert(s.narrative, 'narrative', narrativeRows, byId);

    // How the region measures: the scale the report uses.
    await w.insert(
      s.measurementSetting,
      'measurement_setting',
      [
        {
          regionId,
          fromYear: renstra.period.start,
          scalePreset: 'permendagri_86_2017',
          sasaranAggregation: 'mean',
          negativeFormula: 'two_minus_ratio',
        },
      ],
      (row) => ({ entityId: row.id, agencyId: null }),
    );

    // Demo users, one per role.
    const userIds = bundle.demoUsers.map(() => randomUUID());
    await w.insert(
      s.appUser,
      'app_user',
      bundle.demoUsers.map((u, i) => ({
        id: userIds[i]!,
        username: u.username,
        displayName: u.displayName,
        passwordHash: hashes[i]!,
      })),
      (row) => ({ entityId: row.id, agencyId: null }),
    );
    // The audit keeps no password hash.
    for (const event of w.audit)
      if (event.entityTable === 'app_user' && event.after && typeof event.after === 'object')
        delete (event.after as { passwordHash?: unknown }).passwordHash;
    await w.insert(
      s.userRole,
      'user_role',
      bundle.demoUsers.map((u, i) => ({
        userId: userIds[i]!,
        role: u.role,
        regionId,
        agencyId: u.agency ? agencyId : null,
      })),
      byId,
    );

    w.queue(
      'demo.loaded',
      'agency',
      { entityId: agencyId, agencyId },
      { source: bundle.source.title, rows: w.rows },
    );
    await w.flushAudit();

    return {
      regionId,
      agencyId,
      renstraPeriodId: renstraId,
      logins: bundle.demoUsers.map((u) => ({
        username: u.username,
        displayName: u.displayName,
        role: u.role,
        password: u.password,
      })),
      rows: w.rows,
    };
  });
}
