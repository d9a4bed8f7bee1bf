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
import { readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import { hashPassword } from '../administer/password-hash.ts';
import { invalidState } from '../errors.ts';
import { parseAgencyBundle, type AgencyBundle } from './agency-bundle.ts';
import { loadBudgetLines, loadBudgetTree, loadPerjanjianKinerja } from './demo-budget-pk.ts';
import { loadMeasurementSetting, loadNarratives } from './demo-narratives.ts';
import { loadAgency, loadRegion } from './demo-organisation.ts';
import { loadIndicators, loadRenstra } from './demo-renstra.ts';
import { loadAkip, loadIkm, loadSdm, loadSocialWelfare } from './demo-social-ikm-akip.ts';
import { loadDemoUsers } from './demo-users.ts';
import { Writer, type DemoLoad } from './demo-writer.ts';

export { RPJMD_VISI_NOT_PRINTED } from './demo-organisation.ts';

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
    const ctx: DemoLoad = { w, tx, bundle, at };

    const { regionId, kecamatanIds, rpjmdId, rpjmdSasaranIds } = await loadRegion(ctx);
    const { agencyId, topUnitId, unitTasks, pkDocs, pkParties } = await loadAgency(ctx, regionId);
    const { renstraId, sasaranIds } = await loadRenstra(ctx, { agencyId, rpjmdId, rpjmdSasaranIds });
    const { programIds, subKegiatanIds } = await loadBudgetTree(ctx, { agencyId, renstraId, sasaranIds });
    const indicatorIds = await loadIndicators(ctx, { agencyId, renstraId, sasaranIds, subKegiatanIds });
    await loadBudgetLines(ctx, { agencyId, subKegiatanIds });
    await loadPerjanjianKinerja(ctx, { agencyId, topUnitId, pkDocs, pkParties, indicatorIds, programIds });
    await loadSdm(ctx, agencyId);
    await loadSocialWelfare(ctx, { agencyId, kecamatanIds });
    await loadIkm(ctx, agencyId);
    await loadAkip(ctx, agencyId);
    await loadNarratives(ctx, { agencyId, unitTasks, sasaranIds });
    await loadMeasurementSetting(ctx, regionId);
    await loadDemoUsers(ctx, { regionId, agencyId, hashes });

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
