import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  absorptionPercent,
  reconcileBudget,
  rollUpBudget,
  spendingBreakdown,
  validateBudgetTree,
} from '../../src/domain/budget-rollup.ts';
import type { BudgetLevel, BudgetNode, SpendingType } from '../../src/domain/budget-rollup.ts';
import { roundHalfUp } from '../../src/domain/numbers.ts';

// ---- Tabel 3.7 "Realisasi Anggaran Dinas Sosial", LKjIP 2023 Lima Puluh Kota (seed lines 1121-1187) ----

type FixtureRow = {
  line: number;
  name: string;
  anggaran_awal: number | null;
  anggaran_perubahan: number | null;
  realisasi: number | null;
  kegiatan?: FixtureRow[];
  sub_kegiatan?: FixtureRow[];
};
type Fixture = {
  budget: {
    tabel_3_7: {
      tree: FixtureRow[];
      total: {
        anggaran_awal: number;
        anggaran_perubahan: number;
        realisasi: number;
        persen_keuangan: number;
      };
    };
  };
};

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../shared/fixtures/lkjip-2023-dinsos-limapuluhkota.json', import.meta.url),
    'utf8',
  ),
) as Fixture;
const tabel37 = fixture.budget.tabel_3_7;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Builds the budget tree from the fixture. The table prints no codes, so codes
 * are assigned by position in the Permendagri 90/2019 shape (urusan Sosial 1.06):
 * program 1.06.PP, kegiatan 1.06.PP.2.KK, sub kegiatan 1.06.PP.2.KK.SSSS.
 * In Tabel 3.7 "-" under Anggaran Perubahan/Realisasi marks a row dropped in the
 * budget revision (it still has an anggaran awal): its revised pagu and its
 * realisasi are 0, not unknown, and are entered as 0.
 * Returns the tree and the seed line of each code, so assertions can name rows.
 */
function buildTabel37(): {
  tree: BudgetNode[];
  lineOf: Map<string, number>;
  codeAt: (line: number) => string;
} {
  const lineOf = new Map<string, number>();
  const node = (row: FixtureRow, level: BudgetLevel, code: string, children: BudgetNode[]): BudgetNode => {
    lineOf.set(code, row.line);
    return {
      code,
      level,
      name: row.name,
      pagu: row.anggaran_perubahan ?? 0,
      paguMurni: row.anggaran_awal ?? 0,
      realisasi: row.realisasi ?? 0,
      children,
    };
  };
  const tree = tabel37.tree.map((program, p) => {
    const programCode = `1.06.${pad(p + 1, 2)}`;
    const kegiatan = (program.kegiatan ?? []).map((k, i) => {
      const kegiatanCode = `${programCode}.2.${pad(i + 1, 2)}`;
      const subs = (k.sub_kegiatan ?? []).map((s, j) =>
        node(s, 'subkegiatan', `${kegiatanCode}.${pad(j + 1, 4)}`, []),
      );
      return node(k, 'kegiatan', kegiatanCode, subs);
    });
    return node(program, 'program', programCode, kegiatan);
  });
  const codeAt = (line: number): string => {
    for (const [code, l] of lineOf) if (l === line) return code;
    throw new Error(`no row at line ${line}`);
  };
  return { tree, lineOf, codeAt };
}

/** The same tree with the realisasi of the row at `line` replaced. */
function withRealisasi(nodes: readonly BudgetNode[], code: string, realisasi: number): BudgetNode[] {
  return nodes.map((n) =>
    n.code === code ? { ...n, realisasi } : { ...n, children: withRealisasi(n.children, code, realisasi) },
  );
}

/** The same tree with all given values of non-leaf nodes removed, so everything rolls up from the leaves. */
function leavesOnly(nodes: readonly BudgetNode[]): BudgetNode[] {
  return nodes.map((n) =>
    n.children.length === 0
      ? n
      : { ...n, pagu: null, paguMurni: null, realisasi: null, children: leavesOnly(n.children) },
  );
}

describe('rollUpBudget on Tabel 3.7 (LKjIP 2023 Lima Puluh Kota, L1121-1187)', () => {
  const { tree, codeAt } = buildTabel37();

  it('builds a structurally valid tree from the fixture', () => {
    expect(validateBudgetTree(tree)).toEqual([]);
    expect(tree).toHaveLength(6);
  });

  it('totals pagu perubahan 6.737.357.519, realisasi 6.420.276.477, 95,29 % (L1187, Ikhtisar L81-86)', () => {
    const { total } = rollUpBudget(tree);
    expect(total.pagu).toBe(6_737_357_519);
    expect(total.paguMurni).toBe(7_203_419_945);
    expect(total.realisasi).toBe(6_420_276_477);
    expect(total.sisa).toBe(6_737_357_519 - 6_420_276_477);
    expect(roundHalfUp(total.persen!, 2)).toBe(95.29);
    expect(total.pagu).toBe(tabel37.total.anggaran_perubahan);
    expect(total.realisasi).toBe(tabel37.total.realisasi);
  });

  it('rolled up from the sub kegiatan alone, the total changes by the two typos (inconsistencies 1 and 2)', () => {
    const { total } = rollUpBudget(leavesOnly(tree));
    expect(total.pagu).toBe(6_737_357_519);
    // 8.974.000 → 8.947.000 (−27.000) is already in the printed program I;
    // 117.880.628 was printed for 177.880.628 (−60.000.000) in the sub kegiatan only.
    expect(total.realisasi).toBe(6_420_276_477 - 60_000_000);
    expect(total.paguMurni).toBe(7_203_419_945 - 13_468_000);
  });

  it('keeps the given value and the child sum side by side (Kegiatan 1, L1127)', () => {
    const program = rollUpBudget(tree).items[0]!;
    const kegiatan1 = program.children[0]!;
    expect(kegiatan1.code).toBe(codeAt(1127));
    expect(kegiatan1.realisasi).toBe(8_974_000);
    expect(kegiatan1.given.realisasi).toBe(8_974_000);
    expect(kegiatan1.childSum?.realisasi).toBe(8_947_000);
    // printed 97,13 % is 8.947.000 / 9.211.000; the printed realisasi gives 97,43 %.
    expect(roundHalfUp(kegiatan1.persen!, 2)).toBe(97.43);
    expect(roundHalfUp(absorptionPercent(kegiatan1.childSum!.realisasi!, kegiatan1.pagu!)!, 2)).toBe(97.13);
    expect(kegiatan1.children[0]!.childSum).toBeNull();
  });

  it('gives no persen for a row with pagu 0 (Program II, dropped in the revision, L1151)', () => {
    const program2 = rollUpBudget(tree).items[1]!;
    expect(program2.code).toBe(codeAt(1151));
    expect(program2.pagu).toBe(0);
    expect(program2.persen).toBeNull();
    expect(program2.sisa).toBe(0);
    expect(program2.paguMurni).toBe(1_541_460_200);
  });
});

describe('reconcileBudget on Tabel 3.7 (fixture inconsistencies 1, 2, 3)', () => {
  const { tree, codeAt } = buildTabel37();

  it('finds exactly the rows that do not add up', () => {
    expect(reconcileBudget(tree)).toEqual([
      // Program I (L1126) realisasi 2.836.857.626 sums the sub kegiatan, not the printed Kegiatan 1.
      {
        code: codeAt(1126),
        field: 'realisasi',
        given: 2_836_857_626,
        childSum: 2_836_884_626,
        difference: -27_000,
      },
      // id 1: Kegiatan Perencanaan (L1127) realisasi 8.974.000 vs 2.567.000 + 6.380.000.
      { code: codeAt(1127), field: 'realisasi', given: 8_974_000, childSum: 8_947_000, difference: 27_000 },
      // id 3: Kegiatan Pemeliharaan BMD (L1148) anggaran awal 284.869.000 vs 263.731.000 + 7.670.000.
      {
        code: codeAt(1148),
        field: 'paguMurni',
        given: 284_869_000,
        childSum: 271_401_000,
        difference: 13_468_000,
      },
      // id 2: Kegiatan 8 (L1157) realisasi 1.756.861.458 vs sub kegiatan with the 117.880.628 row (L1163).
      {
        code: codeAt(1157),
        field: 'realisasi',
        given: 1_756_861_458,
        childSum: 1_696_861_458,
        difference: 60_000_000,
      },
    ]);
  });

  it('177.880.628 at L1163 (as the narrative L601/613 prints) makes Kegiatan 8 add up (id 2)', () => {
    const fixed = withRealisasi(tree, codeAt(1163), 177_880_628);
    expect(reconcileBudget(fixed).map((i) => i.code)).not.toContain(codeAt(1157));
    // and gives the printed 78,65 %; the typed 117.880.628 gives 52,12 %.
    expect(roundHalfUp(absorptionPercent(177_880_628, 226_177_000)!, 2)).toBe(78.65);
    expect(roundHalfUp(absorptionPercent(117_880_628, 226_177_000)!, 2)).toBe(52.12);
  });

  it('8.947.000 at L1127 clears both the kegiatan and the program I issue (id 1)', () => {
    const fixed = withRealisasi(tree, codeAt(1127), 8_947_000);
    const codes = reconcileBudget(fixed).map((i) => i.code);
    expect(codes).not.toContain(codeAt(1127));
    expect(codes).not.toContain(codeAt(1126));
  });
});

describe('rollUpBudget rules', () => {
  const leaf = (
    code: string,
    pagu: number | null,
    realisasi: number | null,
    paguMurni?: number | null,
  ): BudgetNode => ({
    code,
    level: 'subkegiatan',
    name: code,
    pagu,
    paguMurni,
    realisasi,
    children: [],
  });
  const kegiatan = (code: string, children: BudgetNode[], pagu: number | null = null): BudgetNode => ({
    code,
    level: 'kegiatan',
    name: code,
    pagu,
    realisasi: null,
    children,
  });

  it('a parent without a value takes the sum of its children; unknown stays unknown', () => {
    const { items, total } = rollUpBudget([
      kegiatan('1.06.02.2.01', [leaf('1.06.02.2.01.0001', 100, 50), leaf('1.06.02.2.01.0002', 300, null)]),
    ]);
    expect(items[0]!.pagu).toBe(400);
    expect(items[0]!.realisasi).toBeNull();
    expect(items[0]!.paguMurni).toBeNull();
    expect(items[0]!.persen).toBeNull();
    expect(items[0]!.sisa).toBeNull();
    expect(total.pagu).toBe(400);
    expect(total.realisasi).toBeNull();
  });

  it('a given value wins over the child sum, and a missing child sum does not hide it', () => {
    const { items } = rollUpBudget([kegiatan('1.06.02.2.01', [leaf('1.06.02.2.01.0001', null, null)], 500)]);
    expect(items[0]!.pagu).toBe(500);
    expect(items[0]!.childSum).toEqual({ pagu: null, paguMurni: null, realisasi: null });
    expect(reconcileBudget([kegiatan('1.06.02.2.01', [leaf('1.06.02.2.01.0001', null, null)], 500)])).toEqual(
      [],
    );
  });

  it('a childless node without values is unknown, and so is every total above it', () => {
    const program: BudgetNode = {
      code: '1.06.02',
      level: 'program',
      name: 'p',
      pagu: null,
      realisasi: null,
      children: [],
    };
    expect(rollUpBudget([program]).total).toEqual({
      pagu: null,
      paguMurni: null,
      realisasi: null,
      persen: null,
      sisa: null,
    });
  });

  it('an empty list totals 0 with no persen', () => {
    expect(rollUpBudget([]).total).toEqual({ pagu: 0, paguMurni: 0, realisasi: 0, persen: null, sisa: 0 });
  });

  it('refuses amounts that are not whole, non-negative Rupiah, naming the code', () => {
    expect(() => rollUpBudget([leaf('1.06.02.2.01.0001', 100.5, 0)])).toThrow(/1\.06\.02\.2\.01\.0001/);
    expect(() => rollUpBudget([leaf('1.06.02.2.01.0001', 100, -1)])).toThrow(RangeError);
  });

  it('absorptionPercent keeps full precision and refuses bad amounts', () => {
    expect(absorptionPercent(1, 3)).toBe(100 / 3);
    expect(absorptionPercent(0, 0)).toBeNull();
    expect(absorptionPercent(5, 0)).toBeNull();
    expect(absorptionPercent(24_965_000, 24_965_800)).toBeCloseTo(99.9967955, 6); // L1138 prints "100"
    expect(() => absorptionPercent(1.5, 3)).toThrow(RangeError);
    expect(() => absorptionPercent(1, -3)).toThrow(RangeError);
  });

  it('property: with values only on the leaves, the total equals the sum of the leaves', () => {
    const amount = fc.integer({ min: 0, max: 1_000_000_000_000 });
    const leafArb = fc.record({ pagu: amount, paguMurni: amount, realisasi: amount });
    // Every program and kegiatan has children: a childless node is a leaf, and values sit on leaves only.
    const treeArb = fc.array(
      fc.array(fc.array(leafArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(treeArb, (shape) => {
        const sum = { pagu: 0, paguMurni: 0, realisasi: 0 };
        const nodes: BudgetNode[] = shape.map((kegiatans, p) => {
          const programCode = `1.06.${pad(p + 1, 2)}`;
          return {
            code: programCode,
            level: 'program',
            name: programCode,
            pagu: null,
            paguMurni: null,
            realisasi: null,
            children: kegiatans.map((subs, k) => {
              const kegiatanCode = `${programCode}.2.${pad(k + 1, 2)}`;
              return kegiatan(
                kegiatanCode,
                subs.map((v, s) => {
                  sum.pagu += v.pagu;
                  sum.paguMurni += v.paguMurni;
                  sum.realisasi += v.realisasi;
                  return leaf(`${kegiatanCode}.${pad(s + 1, 4)}`, v.pagu, v.realisasi, v.paguMurni);
                }),
              );
            }),
          };
        });
        const { total } = rollUpBudget(nodes);
        expect(total.pagu).toBe(sum.pagu);
        expect(total.paguMurni).toBe(sum.paguMurni);
        expect(total.realisasi).toBe(sum.realisasi);
        expect(total.sisa).toBe(sum.pagu - sum.realisasi);
        expect(reconcileBudget(nodes)).toEqual([]);
        expect(validateBudgetTree(nodes)).toEqual([]);
      }),
    );
  });
});

describe('spendingBreakdown (Tabel 3.7 and the belanja breakdown at L1197, inconsistency 23)', () => {
  const { tree, codeAt } = buildTabel37();
  const typed = (nodes: readonly BudgetNode[], types: Map<string, SpendingType>): BudgetNode[] =>
    nodes.map((n) => ({ ...n, spendingType: types.get(n.code), children: typed(n.children, types) }));

  it('the only capital sub kegiatan (Pengadaan Peralatan dan Mesin, L1142) is 4.250.000, not 41.250.000', () => {
    const types = new Map<string, SpendingType>([
      [codeAt(1131), 'pegawai'], // Penyediaan Gaji dan Tunjangan ASN
      [codeAt(1142), 'modal'],
    ]);
    const breakdown = spendingBreakdown(typed(tree, types));
    expect(breakdown.modal).toEqual({ pagu: 4_250_000, realisasi: 4_250_000 });
    expect(breakdown.pegawai).toEqual({ pagu: 2_601_280_878, realisasi: 2_545_975_793 });
    const all = Object.values(breakdown).reduce((s, b) => s + b.pagu, 0);
    expect(all).toBe(6_737_357_519);
  });

  it('counts leaves only and untyped leaves as lainnya; null values add nothing', () => {
    const breakdown = spendingBreakdown([
      {
        code: '1.06.02.2.01',
        level: 'kegiatan',
        name: 'k',
        pagu: 999,
        realisasi: 999,
        spendingType: 'modal',
        children: [
          {
            code: '1.06.02.2.01.0001',
            level: 'subkegiatan',
            name: 'a',
            pagu: 10,
            realisasi: null,
            children: [],
          },
          {
            code: '1.06.02.2.01.0002',
            level: 'subkegiatan',
            name: 'b',
            pagu: 20,
            realisasi: 5,
            spendingType: 'barang-jasa',
            children: [],
          },
        ],
      },
    ]);
    expect(breakdown).toEqual({
      pegawai: { pagu: 0, realisasi: 0 },
      'barang-jasa': { pagu: 20, realisasi: 5 },
      modal: { pagu: 0, realisasi: 0 },
      lainnya: { pagu: 10, realisasi: 0 },
    });
  });
});

describe('validateBudgetTree (Permendagri 90/2019 code structure)', () => {
  const n = (code: string, level: BudgetLevel, children: BudgetNode[] = []): BudgetNode => ({
    code,
    level,
    name: code,
    pagu: 0,
    realisasi: 0,
    children,
  });

  it('accepts program 1.06.02 → kegiatan 1.06.02.2.01 → sub kegiatan 1.06.02.2.01.0001', () => {
    expect(
      validateBudgetTree([
        n('1.06.02', 'program', [n('1.06.02.2.01', 'kegiatan', [n('1.06.02.2.01.0001', 'subkegiatan')])]),
      ]),
    ).toEqual([]);
    expect(validateBudgetTree([n('X.XX.01', 'program', [n('X.XX.01.2.01', 'kegiatan')])])).toEqual([]);
  });

  it('names the code of a child outside its parent code', () => {
    const errors = validateBudgetTree([n('1.06.02', 'program', [n('1.06.04.2.01', 'kegiatan')])]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"1.06.04.2.01"');
    expect(errors[0]).toContain('"1.06.02."');
  });

  it('does not take 1.06.020 as a child of 1.06.02', () => {
    const errors = validateBudgetTree([n('1.06.02', 'program', [n('1.06.020.2.01', 'kegiatan')])]);
    expect(errors.some((e) => e.includes('harus diawali kode induknya'))).toBe(true);
  });

  it('reports levels out of order', () => {
    const errors = validateBudgetTree([
      n('1.06.02', 'program', [n('1.06.02.2.01.0001', 'subkegiatan')]),
      n('1.06.03.2.01', 'kegiatan'),
    ]);
    expect(errors).toEqual([
      'Kode sub kegiatan "1.06.02.2.01.0001": sub kegiatan tidak boleh berada langsung di bawah program "1.06.02"',
      'Kode kegiatan "1.06.03.2.01": tingkat teratas harus program, bukan kegiatan',
    ]);
  });

  it('reports a sub kegiatan with children, duplicates, malformed codes and bad amounts', () => {
    const errors = validateBudgetTree([
      n('1.06.02', 'program', [
        n('1.06.02.2.01', 'kegiatan', [
          n('1.06.02.2.01.0001', 'subkegiatan', [n('1.06.02.2.01.0001.1', 'subkegiatan')]),
          n('1.06.02.2.01.0001', 'subkegiatan'),
          { ...n('1.06.02.2.01.0003', 'subkegiatan'), pagu: 41_600.5 },
        ]),
        n('1.06.02.2', 'kegiatan'),
      ]),
    ]);
    expect(errors).toContain(
      'Kode sub kegiatan "1.06.02.2.01.0001": sub kegiatan tidak boleh memiliki rincian di bawahnya',
    );
    expect(errors).toContain('Kode "1.06.02.2.01.0001" muncul lebih dari sekali');
    expect(errors.some((e) => e.startsWith('Kode kegiatan "1.06.02.2": format tidak sesuai'))).toBe(true);
    expect(errors.some((e) => e.includes('"1.06.02.2.01.0003"') && e.includes('pagu 41600.5'))).toBe(true);
  });
});
