/**
 * The rows a sasaran strategis refers to, checked the same way on add and
 * update: its tujuan (same Renstra period), its answerable unit (same agency)
 * and the RPJMD sasaran daerah it supports (same region).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import {
  orgUnit,
  renstraTujuan,
  rpjmdMisi,
  rpjmdPeriod,
  rpjmdSasaran,
  rpjmdTujuan,
  sasaranRpjmdLink,
} from '../../store/schema/index.ts';
import { validationError, type FieldError } from '../errors.ts';
import { fieldIssue, loadReference, WHAT } from './renstra-rows.ts';

export async function checkTujuan(
  tx: Database,
  tujuanId: string,
  agencyId: string,
  renstraPeriodId: string,
): Promise<void> {
  const tujuan = await loadReference(tx, renstraTujuan, tujuanId, agencyId, 'renstraTujuanId', WHAT.tujuan);
  if (tujuan.renstraPeriodId !== renstraPeriodId) {
    throw fieldIssue(
      'renstraTujuanId',
      'tujuan ini milik periode Renstra lain',
      'this tujuan belongs to another Renstra period',
    );
  }
}

export async function checkOrgUnit(tx: Database, orgUnitId: string, agencyId: string): Promise<void> {
  await loadReference(tx, orgUnit, orgUnitId, agencyId, 'orgUnitId', WHAT.orgUnit);
}

/** Every id must be a sasaran daerah of an RPJMD of the agency's region. */
export async function checkRpjmdSasaran(
  tx: Database,
  ids: readonly string[],
  regionId: string,
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({ id: rpjmdSasaran.id })
    .from(rpjmdSasaran)
    .innerJoin(rpjmdTujuan, eq(rpjmdSasaran.rpjmdTujuanId, rpjmdTujuan.id))
    .innerJoin(rpjmdMisi, eq(rpjmdTujuan.rpjmdMisiId, rpjmdMisi.id))
    .innerJoin(rpjmdPeriod, eq(rpjmdMisi.rpjmdPeriodId, rpjmdPeriod.id))
    .where(and(inArray(rpjmdSasaran.id, [...ids]), eq(rpjmdPeriod.regionId, regionId)));
  const known = new Set(rows.map((r) => r.id));
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    if (!known.has(id)) {
      errors.push({
        path: `rpjmdSasaranIds[${i}]`,
        message: {
          id: 'sasaran RPJMD tidak ditemukan di daerah ini',
          en: 'RPJMD sasaran not found in this region',
        },
      });
    }
  });
  if (errors.length > 0) throw validationError(errors);
}

/** Replaces the sasaran's RPJMD links with `ids`. */
export async function replaceRpjmdLinks(
  tx: Database,
  sasaranId: string,
  agencyId: string,
  ids: readonly string[],
  now: Date,
): Promise<void> {
  await tx.delete(sasaranRpjmdLink).where(eq(sasaranRpjmdLink.sasaranStrategisId, sasaranId));
  if (ids.length === 0) return;
  await tx.insert(sasaranRpjmdLink).values(
    [...new Set(ids)].map((rpjmdSasaranId) => ({
      sasaranStrategisId: sasaranId,
      rpjmdSasaranId,
      agencyId,
      createdAt: now,
    })),
  );
}
