/**
 * The demo agency (Dinas Sosial Kabupaten Lima Puluh Kota, LKjIP 2023) loads
 * into an empty database in one go, with the report's correct totals, a
 * signed PK, audit events and demo users that become actors; a second load
 * is refused and changes nothing.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import { verifyPassword } from '../../../src/services/administer/password-hash.ts';
import type { AgencyBundle } from '../../../src/services/demo/agency-bundle.ts';
import {
  isDatabaseEmpty,
  loadDemo,
  readAgencyBundle,
  type LoadDemoResult,
} from '../../../src/services/demo/load-demo.ts';
import { queryRows } from '../../../src/store/database.ts';
import { appUser, auditLog } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let bundle: AgencyBundle;
let loaded: LoadDemoResult;
const now = new Date('2024-02-20T02:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase();
  bundle = await readAgencyBundle();
  expect(await isDatabaseEmpty(t.db)).toBe(true);
  loaded = await loadDemo(t.db, bundle, { now });
}, 60_000);
afterAll(async () => t.close());

async function one<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await queryRows<T>(t.db, query);
  if (!row) throw new Error('no row');
  return row;
}

describe('loadDemo (data/demo/limapuluhkota-2023.json)', () => {
  it('stores the Renstra: 3 sasaran, 5 sasaran indicators, targets per year, IKU flags', async () => {
    const counts = await one<{ sasaran: number; indicators: number; iku: number; targets2023: number }>(
      sql`select (select count(*)::int from sasaran_strategis) as sasaran,
                 (select count(*)::int from indicator where sasaran_strategis_id is not null) as indicators,
                 (select count(*)::int from indicator where is_iku) as iku,
                 (select count(*)::int from indicator_target t join indicator i on i.id = t.indicator_id
                   where t.year = 2023 and i.sasaran_strategis_id is not null) as targets2023`,
    );
    expect(counts).toEqual({ sasaran: 3, indicators: 5, iku: 4, targets2023: 4 });
    const ppks = await one<{ value: string; baseline: string }>(
      sql`select t.value::text as value, i.baseline_value::text as baseline
          from indicator i join indicator_target t on t.indicator_id = i.id
          where i.code = 'SS1.1' and t.year = 2023`,
    );
    expect(ppks).toEqual({ value: '74', baseline: '50' });
  });

  it('stores the budget: 4 programs / 10 kegiatan / 25 sub kegiatan with a revised pagu, and the totals', async () => {
    const shape = await one<{ programs: number; kegiatan: number; sub: number; lines: number }>(
      sql`select count(distinct p.id)::int as programs, count(distinct k.id)::int as kegiatan,
                 count(distinct sk.id)::int as sub, count(*)::int as lines
          from budget_line bl
          join sub_kegiatan sk on sk.id = bl.sub_kegiatan_id
          join kegiatan k on k.id = sk.kegiatan_id
          join program p on p.id = k.program_id
          where bl.year = 2023 and bl.pagu_perubahan > 0`,
    );
    expect(shape).toEqual({ programs: 4, kegiatan: 10, sub: 25, lines: 25 });
    const totals = await one<{ pagu: string; murni: string; realisasi: string; periods: string }>(
      sql`select (select sum(pagu_perubahan)::text from budget_line where year = 2023) as pagu,
                 (select sum(pagu_murni)::text from budget_line where year = 2023) as murni,
                 (select sum(amount)::text from budget_realisation) as realisasi,
                 (select string_agg(distinct period_kind || ':' || period_no, ',') from budget_realisation) as periods`,
    );
    // Pagu murni lacks the 13.468.000 the report prints on kegiatan 1.06.01.2.09 but on no sub kegiatan.
    expect(totals).toEqual({
      pagu: '6737357519',
      murni: String(7_203_419_945 - 13_468_000),
      realisasi: '6420276477',
      periods: 'year:1',
    });
  });

  it('stores the Perubahan PK 2023 as signed version 2 (no original in the source) with 4 targets', async () => {
    const versions = await queryRows<{
      number: number;
      kind: string;
      status: string;
      signed_on: string;
      targets: number;
      budget: string;
      first: string;
      nip: string;
      second: string;
    }>(
      t.db,
      sql`select v.number, v.kind, v.status, v.signed_on::text as signed_on,
                 (select count(*)::int from pk_target where pk_version_id = v.id) as targets,
                 (select sum(amount)::text from pk_budget where pk_version_id = v.id) as budget,
                 a.name as first, a.nip, b.name as second
          from pk_version v
          join signatory a on a.id = v.first_party_signatory_id
          join signatory b on b.id = v.second_party_signatory_id`,
    );
    expect(versions).toEqual([
      {
        number: 2,
        kind: 'perubahan',
        status: 'signed',
        signed_on: '2023-11-01',
        targets: 4,
        budget: '6737357519',
        first: 'Ir. Indra Suriani',
        nip: '196708121993032011',
        second: 'Safaruddin Dt. Bandaro Rajo',
      },
    ]);
  });

  it('stores the realisations 2019–2023 as verified, and the other parts of the report', async () => {
    const counts = await one<Record<string, number>>(
      sql`select (select count(*)::int from realisation r join indicator i on i.id = r.indicator_id
                   where i.sasaran_strategis_id is not null and r.status = 'verified') as realisations,
                 (select count(*)::int from org_unit) as units,
                 (select count(*)::int from kecamatan) as kecamatan,
                 (select count(*)::int from psks_count) as psks,
                 (select count(*)::int from assistance_delivery where kecamatan_id is null) as assistance,
                 (select count(*)::int from ikm_survey) as ikm,
                 (select count(*)::int from akip_recommendation) as recommendations,
                 (select count(*)::int from sdm_count) > 0 as sdm,
                 (select count(*)::int from narrative) > 10 as narratives,
                 (select count(*)::int from measurement_setting
                   where scale_preset = 'permendagri_86_2017' and sasaran_aggregation = 'mean') as settings`,
    );
    expect(counts).toEqual({
      realisations: 12,
      units: 16,
      kecamatan: 13,
      psks: 7,
      assistance: 19,
      ikm: 2,
      recommendations: 12,
      sdm: true,
      narratives: true,
      settings: 1,
    });
    const pns = await one<{ total: number }>(
      sql`select sum(count)::int as total from sdm_count where dimension = 'jabatan'`,
    );
    expect(pns.total).toBe(bundle.sdm.totals.pns);
  });

  it('audits every row as the system, and keeps no password hash in the log', async () => {
    const events = await t.db.select().from(auditLog);
    const written = Object.entries(loaded.rows)
      .filter(([table]) => table !== 'audit_log')
      .reduce((sum, [, n]) => sum + n, 0);
    // one event per row, one per PK signature, and the summary
    expect(events.length).toBe(written + 1 + 1);
    expect(loaded.rows.audit_log).toBe(events.length);
    expect(new Set(events.map((e) => `${e.origin}/${e.actorLabel}`))).toEqual(new Set(['system/system']));
    expect(events.every((e) => e.occurredAt.getTime() === now.getTime())).toBe(true);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['pk_version.signed', 'demo.loaded']));
    expect(JSON.stringify(events.filter((e) => e.entityTable === 'app_user'))).not.toContain('scrypt');
  });

  it('makes one demo user per role, each an actor with the scope of its role', async () => {
    const users = await t.db.select().from(appUser);
    expect(users).toHaveLength(bundle.demoUsers.length);
    for (const demo of bundle.demoUsers) {
      const user = users.find((u) => u.username === demo.username)!;
      expect(await verifyPassword(demo.password, user.passwordHash!)).toBe(true);
      const actor = await actorForUser(t.db, user.id);
      expect(actor).toEqual({
        userId: user.id,
        label: demo.username,
        role: demo.role,
        regionId: loaded.regionId,
        agencyId: demo.agency ? loaded.agencyId : null,
      });
    }
    expect(loaded.logins.map((l) => l.role).sort()).toEqual(
      ['admin', 'evaluator', 'kepala', 'operator', 'viewer'].sort(),
    );
  });

  it('refuses a second load and changes nothing', async () => {
    const before = await one<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    await expect(loadDemo(t.db, bundle, { now })).rejects.toMatchObject({ code: 'invalid-state' });
    const after = await one<{ n: number }>(sql`select count(*)::int as n from audit_log`);
    expect(after.n).toBe(before.n);
    expect((await t.db.select().from(appUser).where(eq(appUser.username, 'admin'))).length).toBe(1);
  });
});
