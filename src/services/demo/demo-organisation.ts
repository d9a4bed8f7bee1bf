/**
 * Demo loading, organisation: the region (with its province and kecamatan),
 * the RPJMD, the agency with its units, positions and signatories.
 */
import { randomUUID } from 'node:crypto';
import * as s from '../../store/schema/index.ts';
import type { AgencyBundle, BundleUnit } from './agency-bundle.ts';
import { byId, type DemoLoad } from './demo-writer.ts';

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

export type UnitTask = { unit: BundleUnit; id: string };
export type PkDocument = AgencyBundle['perjanjianKinerja']['documents'][number];
export type PkParties = { first: string; second: string };

/** Region, kecamatan, RPJMD. */
export async function loadRegion({ w, bundle }: DemoLoad) {
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
  return { regionId, kecamatanIds, rpjmdId, rpjmdSasaranIds };
}

/** Agency, units, positions, signatories (including the PK parties). */
export async function loadAgency({ w, bundle }: DemoLoad, regionId: string) {
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
  const unitTasks: UnitTask[] = [];
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
  const pkDocs: PkDocument[] = [...bundle.perjanjianKinerja.documents].sort(
    (a, b) =>
      a.year - b.year ||
      Number(a.version === 'perubahan') - Number(b.version === 'perubahan') ||
      a.signedAt.date.localeCompare(b.signedAt.date),
  );
  const pkParties: PkParties[] = pkDocs.map((d) => ({
    first: signatoryFor(d.pihakPertama, true),
    second: signatoryFor({ name: d.pihakKedua.name }, false),
  }));
  await w.insert(s.signatory, 'signatory', signatories, byId);
  return { agencyId, topUnitId, unitTasks, pkDocs, pkParties };
}
