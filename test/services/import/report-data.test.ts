/**
 * Import kind `report-data` and the export (issue 7), on the demo agency
 * (LKjIP 2023 Lima Puluh Kota): the export measures 104,07 and checks clean;
 * exported → imported into a fresh agency with an empty Renstra period →
 * exported again gives the same numbers; the demo's own export imported back
 * changes nothing; bad files are refused naming the JSON path, nothing
 * written; a foreign agency's operator is refused.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundedDecimalText } from '../../../src/domain/numbers.ts';
import { checkReport } from '../../../src/domain/report-data/check-report.ts';
import { measureReport } from '../../../src/domain/report-data/measure-report.ts';
import { parseReportData, type ReportData } from '../../../src/domain/report-data/schema.ts';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import { createAgency } from '../../../src/services/administer/create-agency.ts';
import type { ServiceContext } from '../../../src/services/context.ts';
import { loadDemo, readAgencyBundle, type LoadDemoResult } from '../../../src/services/demo/load-demo.ts';
import { AppError } from '../../../src/services/errors.ts';
import { exportReportData } from '../../../src/services/import/export-report-data.ts';
import type { ImportOutcome } from '../../../src/services/import/import-outcome.ts';
import { runImport } from '../../../src/services/import/run-import.ts';
import { createRenstraPeriod } from '../../../src/services/plan/create-renstra-period.ts';
import { queryRows } from '../../../src/store/database.ts';
import { appUser, realisation } from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let demo: LoadDemoResult;
let evaluator: ServiceContext;
let admin: ServiceContext;
let demoExport: ReportData;
const YEAR = 2023;
const now = () => new Date('2024-02-20T03:00:00Z');

async function contextOf(username: string): Promise<ServiceContext> {
  const [user] = await t.db.select().from(appUser).where(eq(appUser.username, username));
  const actor = await actorForUser(t.db, user!.id);
  if (!actor) throw new Error(`${username} is not an actor`);
  return { db: t.db, actor, origin: 'web', now };
}

/** The operator of an agency (as the CLI acts: a system user bound to the agency). */
function operatorOf(agencyId: string): ServiceContext {
  return {
    db: t.db,
    actor: { userId: 'system', label: 'test', role: 'operator', regionId: demo.regionId, agencyId },
    origin: 'web',
    now,
  };
}

let agencyNo = 0;
/** A fresh agency of the demo's region with an empty Renstra period 2021–2026. */
async function freshAgency(): Promise<string> {
  agencyNo += 1;
  const created = await createAgency(admin, {
    regionId: demo.regionId,
    code: `9.99.0.00.0.00.0${agencyNo}.0000`,
    name: `Dinas Uji ${agencyNo}`,
  });
  await createRenstraPeriod(operatorOf(created.id), {
    agencyId: created.id,
    startYear: 2021,
    endYear: 2026,
    visi: 'Visi uji',
  });
  return created.id;
}

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

function importInto(
  ctx: ServiceContext,
  agencyId: string,
  file: unknown,
  mode: 'preview' | 'confirm',
  year = YEAR,
): Promise<ImportOutcome> {
  return runImport(ctx, {
    agencyId,
    kind: 'report-data',
    year,
    mode,
    bytes: file instanceof Uint8Array ? file : bytesOf(file),
  });
}

/** Everything an import may write, as one text: equal fingerprints mean nothing was written. */
async function fingerprint(): Promise<string> {
  const [row] = await queryRows<{ f: string }>(
    t.db,
    sql`select md5(
          coalesce((select string_agg(r::text, '|' order by r.id) from realisation r), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from indicator_target x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from indicator x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from budget_line x), '')
          || coalesce((select string_agg(x::text, '|' order by x.id) from budget_realisation x), '')
          || (select count(*)::text from audit_log)) as f`,
  );
  return row!.f;
}

const two = (value: number | null | undefined) => (value == null ? null : roundedDecimalText(value, 2));

/** The numbers of a file as measured: capaian per indicator, the average, the budget. */
function numbersOf(data: ReportData) {
  const m = measureReport(data);
  return {
    indicators: m.sasaran.flatMap((s) => s.indikator.map((i) => [i.id, two(i.capaian)])),
    overall: two(m.overall.capaian),
    budget: m.budget && [m.budget.pagu, m.budget.realisasi, two(m.budget.persen)],
  };
}

/** The demo's export without the history of 2019–2020, before the Renstra period 2021–2026. */
function withinPeriod(data: ReportData): ReportData {
  return {
    ...data,
    sasaran: data.sasaran.map((s) => ({
      ...s,
      indikator: s.indikator.map((i) => ({ ...i, history: (i.history ?? []).filter((h) => h.year >= 2021) })),
    })),
  };
}

beforeAll(async () => {
  t = await createTestDatabase();
  demo = await loadDemo(t.db, await readAgencyBundle(), { now: new Date('2024-02-20T02:00:00Z') });
  evaluator = await contextOf('evaluator.inspektorat');
  admin = await contextOf('admin');
  demoExport = (await exportReportData(evaluator, { agencyId: demo.agencyId, year: YEAR })).data;
}, 120_000);
afterAll(async () => t.close());

describe('export of an agency-year as report-data@1', () => {
  it('is a valid file that measures as the dashboard (104,07) and checks clean', async () => {
    const exported = await exportReportData(evaluator, { agencyId: demo.agencyId, year: YEAR });
    expect(exported.fileName).toBe('report-data-dinas-sosial-kabupaten-lima-puluh-kota-2023.json');
    const parsed = parseReportData(JSON.parse(exported.text));
    expect(parsed.ok).toBe(true);
    expect(exported.data.sasaran.map((s) => s.id)).toEqual(['SS1', 'SS2', 'SS3']);
    expect(exported.data.sasaran[0]!.indikator[0]).toMatchObject({
      id: 'SS1.1',
      target: 74,
      realisasi: 74.53,
      polarity: 'positive',
    });
    expect(exported.text).not.toContain('"printed"');
    const numbers = numbersOf(exported.data);
    expect(numbers.overall).toBe('104.07');
    expect(numbers.budget).toEqual([6_737_357_519, 6_420_276_477, '95.29']);
    expect(checkReport(exported.data)).toEqual([]);
  });

  it('is refused to another agency of the region for an agency-bound user', async () => {
    const other = await freshAgency();
    await expect(
      exportReportData(operatorOf(other), { agencyId: demo.agencyId, year: YEAR }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});

describe('round trip: export → import into a fresh agency → export', () => {
  it('refuses history before the Renstra period, then imports and exports the same numbers', async () => {
    const agencyId = await freshAgency();
    const op = operatorOf(agencyId);

    const refused = await importInto(op, agencyId, demoExport, 'preview');
    expect(refused.status).toBe('refused');
    if (refused.status !== 'refused') return;
    expect(refused.problems.map((p) => p.column)).toEqual([
      'sasaran[0].indikator[0].history[0].target',
      'sasaran[0].indikator[0].history[0].realisasi',
      'sasaran[0].indikator[0].history[1].target',
      'sasaran[0].indikator[0].history[1].realisasi',
    ]);
    expect(refused.problems[0]).toMatchObject({ sheet: 'report-data', row: null, found: '70' });
    expect(refused.problems[0]!.expected.en).toContain('within the Renstra period 2021–2026');

    const file = withinPeriod(demoExport);
    const preview = await importInto(op, agencyId, file, 'preview');
    expect(preview.status).toBe('preview');
    if (preview.status !== 'preview') return;
    expect(preview.counts.changed).toBe(0);
    expect(preview.counts.unchanged).toBe(0);
    const labels = preview.changes.map((c) => `${c.label}: ${c.before ?? '–'} → ${c.after ?? '–'}`);
    expect(labels).toContain(
      'SS1 · sasaran: – → Meningkatnya Pelayanan terhadap Pemerlu Pelayanan Kesejahteraan Sosial (PPKS)',
    );
    expect(labels).toContain('SS1.1 · target 2023: – → 74');
    expect(labels).toContain('SS1.1 · realisasi 2023: – → 74,53');
    expect(labels).toContain('SS1.1 · realisasi 2022: – → 78');
    expect(labels).toContain('1.06.01.2.01.0001 · pagu 2023: – → 2.736.000');

    const applied = await importInto(op, agencyId, file, 'confirm');
    expect(applied).toMatchObject({ status: 'applied', counts: preview.counts });
    const drafts = await t.db.select().from(realisation).where(eq(realisation.agencyId, agencyId));
    expect(drafts.every((r) => r.status === 'draft' && r.periodKind === 'year')).toBe(true);
    expect(drafts).toHaveLength(
      file.sasaran
        .flatMap((s) => s.indikator)
        .reduce(
          (n, i) =>
            n + (i.realisasi == null ? 0 : 1) + (i.history ?? []).filter((h) => h.realisasi != null).length,
          0,
        ),
    );

    const again = (await exportReportData(op, { agencyId, year: YEAR })).data;
    expect(numbersOf(again)).toEqual(numbersOf(demoExport));
    expect(numbersOf(again).overall).toBe('104.07');
    expect(again.sasaran).toEqual(file.sasaran);
    expect(again.budget).toEqual(demoExport.budget);

    // the same file again: all unchanged, nothing written
    const before = await fingerprint();
    const twice = await importInto(op, agencyId, file, 'confirm');
    expect(twice).toMatchObject({ status: 'applied', counts: { new: 0, changed: 0 } });
    expect(await fingerprint()).toBe(before);
  }, 60_000);
});

describe('the demo export imported back into the demo agency', () => {
  it('changes nothing: every value is unchanged', async () => {
    const op = operatorOf(demo.agencyId);
    const before = await fingerprint();
    const outcome = await importInto(op, demo.agencyId, demoExport, 'confirm');
    expect(outcome.status).toBe('applied');
    if (outcome.status !== 'applied') return;
    expect(outcome.counts).toMatchObject({ new: 0, changed: 0 });
    expect(outcome.counts.unchanged).toBeGreaterThan(100);
    expect(outcome.changes).toEqual([]);
    expect(await fingerprint()).toBe(before);
  });

  it('refuses a target that differs from the signed PK and a change to a verified realisation', async () => {
    const op = operatorOf(demo.agencyId);
    const file = structuredClone(demoExport);
    file.sasaran[0]!.indikator[0]!.target = 80;
    file.sasaran[0]!.indikator[0]!.realisasi = '75,5';
    const outcome = await importInto(op, demo.agencyId, file, 'preview');
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.problems.map((p) => [p.column, p.found])).toEqual([
      ['sasaran[0].indikator[0].target', '80'],
      ['sasaran[0].indikator[0].realisasi', '75,5'],
    ]);
    expect(outcome.problems[0]!.expected.en).toContain('signed PK');
    expect(outcome.problems[1]!.expected.en).toContain('verified');
  });
});

describe('bad files are refused naming the JSON path, nothing written', () => {
  async function refusedWith(file: unknown, year = YEAR, agencyId?: string) {
    const target = agencyId ?? demo.agencyId;
    const before = await fingerprint();
    const outcome = await importInto(operatorOf(target), target, file, 'confirm', year);
    expect(await fingerprint()).toBe(before);
    expect(outcome.status).toBe('refused');
    return outcome.status === 'refused' ? outcome.problems : [];
  }

  it('a wrong format string', async () => {
    const problems = await refusedWith({ ...demoExport, format: 'akuntabel/report-data@2' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      sheet: 'report-data',
      row: null,
      column: 'format',
      found: 'akuntabel/report-data@2',
    });
  });

  it('a file of another year', async () => {
    const problems = await refusedWith({ ...demoExport, year: 2022 });
    expect(problems).toEqual([
      expect.objectContaining({
        column: 'year',
        found: '2022',
        expected: expect.objectContaining({ en: expect.stringContaining('2023') }),
      }),
    ]);
  });

  it('a malformed number (41.600.00)', async () => {
    const file = structuredClone(demoExport);
    file.sasaran[1]!.indikator[0]!.target = '41.600.00';
    const problems = await refusedWith(file);
    expect(problems).toEqual([
      expect.objectContaining({ column: 'sasaran[1].indikator[0].target', found: '41.600.00' }),
    ]);
    expect(problems[0]!.expected.en).toContain('a number');
  });

  it('an unknown polarity', async () => {
    const file = structuredClone(demoExport) as unknown as {
      sasaran: { indikator: Record<string, unknown>[] }[];
    };
    file.sasaran[0]!.indikator[0]!.polarity = 'higher';
    const problems = await refusedWith(file);
    expect(problems.map((p) => [p.column, p.found])).toEqual([
      ['sasaran[0].indikator[0].polarity', 'higher'],
    ]);
  });

  it('a year without a Renstra period', async () => {
    const problems = await refusedWith({ ...demoExport, year: 2030 }, 2030);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.expected.en).toContain('create the Renstra period covering 2030 first');
  });

  it('a file that is not JSON, or an .xlsx uploaded as report-data', async () => {
    const notJson = importInto(
      operatorOf(demo.agencyId),
      demo.agencyId,
      new TextEncoder().encode('{"format": '),
      'preview',
    );
    await expect(notJson).rejects.toBeInstanceOf(AppError);
    await expect(notJson).rejects.toMatchObject({ code: 'unsupported-type' });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    await expect(importInto(operatorOf(demo.agencyId), demo.agencyId, xlsx, 'preview')).rejects.toMatchObject(
      {
        code: 'unsupported-type',
        userMessage: { en: expect.stringContaining('zip archive (perhaps .xlsx)') },
      },
    );
  });

  it("another agency's operator is refused", async () => {
    const other = await freshAgency();
    await expect(importInto(operatorOf(other), demo.agencyId, demoExport, 'preview')).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
