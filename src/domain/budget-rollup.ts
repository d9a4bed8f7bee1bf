/**
 * The budget tree of an agency (program → kegiatan → sub kegiatan, coded per
 * Permendagri 90/2019), its roll-up and its reconciliation.
 *
 * Rules (docs/decisions/0004-budget-efficiency-ikm-akip.md):
 * - Money is integer Rupiah (assertRupiah); a negative pagu or realisasi is refused.
 * - `null` means unknown, not zero. A report's "-" for a dropped sub kegiatan is
 *   0 and must be entered as 0.
 * - A node's effective value is its given value when present, else the sum of
 *   its children's effective values; that sum is null when any child's value is
 *   null, and a leaf without a given value is null.
 * - persen = realisasi / pagu × 100 at full precision; null when pagu is 0 or
 *   unknown. sisa = pagu − realisasi.
 * - Reconciliation compares every given value with the sum of its children's
 *   effective values; a difference is reported, never corrected.
 */

import { assertRupiah } from './numbers.ts';

export type BudgetLevel = 'program' | 'kegiatan' | 'subkegiatan';
export type SpendingType = 'pegawai' | 'barang-jasa' | 'modal' | 'lainnya';

export type BudgetNode = {
  code: string;
  level: BudgetLevel;
  name: string;
  /** Pagu (after the budget revision, *perubahan*, when there was one). */
  pagu: number | null;
  /** Pagu of the original budget (*APBD murni*, "anggaran awal"). */
  paguMurni?: number | null;
  realisasi: number | null;
  spendingType?: SpendingType;
  children: readonly BudgetNode[];
};

export type BudgetAmounts = { pagu: number | null; paguMurni: number | null; realisasi: number | null };

export type RolledUpNode = {
  code: string;
  level: BudgetLevel;
  name: string;
  pagu: number | null;
  paguMurni: number | null;
  realisasi: number | null;
  /** realisasi / pagu × 100, full precision; null when pagu is 0 or unknown. */
  persen: number | null;
  /** pagu − realisasi. */
  sisa: number | null;
  /** The values as entered (null when not entered). */
  given: BudgetAmounts;
  /** The sums of the children's effective values; null for a leaf. */
  childSum: BudgetAmounts | null;
  children: RolledUpNode[];
};

export type BudgetTotal = BudgetAmounts & { persen: number | null; sisa: number | null };

export type ReconciliationIssue = {
  code: string;
  field: 'pagu' | 'paguMurni' | 'realisasi';
  given: number;
  childSum: number;
  /** given − childSum. */
  difference: number;
};

const FIELDS = ['pagu', 'paguMurni', 'realisasi'] as const;
type Field = (typeof FIELDS)[number];

const LEVEL_DEPTH: Record<BudgetLevel, number> = { program: 0, kegiatan: 1, subkegiatan: 2 };
const LEVEL_NAME: Record<BudgetLevel, string> = {
  program: 'program',
  kegiatan: 'kegiatan',
  subkegiatan: 'sub kegiatan',
};
const FIELD_NAME: Record<Field, string> = { pagu: 'pagu', paguMurni: 'pagu murni', realisasi: 'realisasi' };
const SEGMENTS: Record<BudgetLevel, number> = { program: 3, kegiatan: 5, subkegiatan: 6 };

/** Realisasi as a percentage of pagu, full precision; null when pagu is 0. */
export function absorptionPercent(realisasi: number, pagu: number): number | null {
  checkAmount(realisasi, 'realisasi');
  checkAmount(pagu, 'pagu');
  if (pagu === 0) return null;
  const scaled = realisasi * 100;
  // realisasi × 100 is exact while it stays a safe integer; then one division rounds once.
  return Number.isSafeInteger(scaled) ? scaled / pagu : (realisasi / pagu) * 100;
}

/** Rolls the tree up: effective values, persen and sisa per node, and the total over the roots. */
export function rollUpBudget(nodes: readonly BudgetNode[]): { items: RolledUpNode[]; total: BudgetTotal } {
  const items = nodes.map(rollUpNode);
  const sums = sumAmounts(items);
  return { items, total: { ...sums, persen: persenOf(sums), sisa: sisaOf(sums) } };
}

/** Every given value that differs from the sum of its children, depth first, in tree order. */
export function reconcileBudget(nodes: readonly BudgetNode[]): ReconciliationIssue[] {
  const issues: ReconciliationIssue[] = [];
  const visit = (node: RolledUpNode): void => {
    if (node.childSum) {
      for (const field of FIELDS) {
        const given = node.given[field];
        const childSum = node.childSum[field];
        if (given !== null && childSum !== null && given !== childSum) {
          issues.push({ code: node.code, field, given, childSum, difference: given - childSum });
        }
      }
    }
    node.children.forEach(visit);
  };
  rollUpBudget(nodes).items.forEach(visit);
  return issues;
}

/**
 * Pagu and realisasi by spending type, summed over the leaves (the nodes
 * without children). A leaf without a spending type counts as 'lainnya'; an
 * unknown (null) leaf value adds nothing.
 */
export function spendingBreakdown(
  nodes: readonly BudgetNode[],
): Record<SpendingType, { pagu: number; realisasi: number }> {
  const out: Record<SpendingType, { pagu: number; realisasi: number }> = {
    pegawai: { pagu: 0, realisasi: 0 },
    'barang-jasa': { pagu: 0, realisasi: 0 },
    modal: { pagu: 0, realisasi: 0 },
    lainnya: { pagu: 0, realisasi: 0 },
  };
  const visit = (node: BudgetNode): void => {
    if (node.children.length > 0) {
      node.children.forEach(visit);
      return;
    }
    const bucket = out[node.spendingType ?? 'lainnya'];
    if (node.pagu !== null) bucket.pagu = safeAdd(bucket.pagu, checkAmount(node.pagu, 'pagu', node.code));
    if (node.realisasi !== null) {
      bucket.realisasi = safeAdd(bucket.realisasi, checkAmount(node.realisasi, 'realisasi', node.code));
    }
  };
  nodes.forEach(visit);
  return out;
}

/**
 * Structural problems of a budget tree, as Indonesian messages naming the code:
 * roots must be programs; a program holds kegiatan and a kegiatan holds sub
 * kegiatan; a sub kegiatan has no children; codes are non-empty, dotted digit
 * segments (3 for a program, 5 for a kegiatan, 6 for a sub kegiatan; `X`
 * placeholders allowed, as in X.XX.01 for the generic support program), a
 * child's code extends its parent's code, and no code appears twice; amounts
 * are whole, non-negative Rupiah. An empty list means the tree is valid.
 */
export function validateBudgetTree(nodes: readonly BudgetNode[]): string[] {
  const errors: string[] = [];
  const seen = new Set<string>();
  const visit = (node: BudgetNode, parent: BudgetNode | null): void => {
    const label = `${LEVEL_NAME[node.level] ?? 'simpul'} "${node.code}"`;
    if (!(node.level in LEVEL_DEPTH)) {
      errors.push(
        `Kode "${node.code}": tingkat "${String(node.level)}" tidak dikenal (program, kegiatan, subkegiatan)`,
      );
      return;
    }
    if (node.code.trim() === '') {
      errors.push(`${LEVEL_NAME[node.level]} "${node.name}": kode kosong`);
    } else {
      if (seen.has(node.code)) errors.push(`Kode "${node.code}" muncul lebih dari sekali`);
      seen.add(node.code);
      const segments = node.code.split('.');
      if (!segments.every((s) => /^([0-9]+|X+)$/i.test(s)) || segments.length !== SEGMENTS[node.level]) {
        errors.push(
          `Kode ${label}: format tidak sesuai; ${LEVEL_NAME[node.level]} memakai ${SEGMENTS[node.level]} segmen angka ` +
            `dipisah titik (mis. ${exampleCode(node.level)})`,
        );
      }
    }
    if (parent === null && node.level !== 'program') {
      errors.push(`Kode ${label}: tingkat teratas harus program, bukan ${LEVEL_NAME[node.level]}`);
    }
    if (parent !== null) {
      if (LEVEL_DEPTH[node.level] !== LEVEL_DEPTH[parent.level] + 1) {
        errors.push(
          `Kode ${label}: ${LEVEL_NAME[node.level]} tidak boleh berada langsung di bawah ` +
            `${LEVEL_NAME[parent.level]} "${parent.code}"`,
        );
      }
      if (!node.code.startsWith(`${parent.code}.`)) {
        errors.push(`Kode ${label}: harus diawali kode induknya "${parent.code}."`);
      }
    }
    if (node.level === 'subkegiatan' && node.children.length > 0) {
      errors.push(`Kode ${label}: sub kegiatan tidak boleh memiliki rincian di bawahnya`);
    }
    for (const field of FIELDS) {
      const value = field === 'paguMurni' ? (node.paguMurni ?? null) : node[field];
      if (value !== null && !(Number.isSafeInteger(value) && value >= 0)) {
        errors.push(
          `Kode ${label}: ${FIELD_NAME[field]} ${value} harus bilangan bulat Rupiah yang tidak negatif`,
        );
      }
    }
    for (const child of node.children) visit(child, node);
  };
  for (const node of nodes) visit(node, null);
  return errors;
}

function rollUpNode(node: BudgetNode): RolledUpNode {
  const given: BudgetAmounts = {
    pagu: nullableAmount(node.pagu, 'pagu', node.code),
    paguMurni: nullableAmount(node.paguMurni ?? null, 'paguMurni', node.code),
    realisasi: nullableAmount(node.realisasi, 'realisasi', node.code),
  };
  const children = node.children.map(rollUpNode);
  const childSum = children.length > 0 ? sumAmounts(children) : null;
  const effective = (field: Field): number | null => given[field] ?? childSum?.[field] ?? null;
  const amounts: BudgetAmounts = {
    pagu: effective('pagu'),
    paguMurni: effective('paguMurni'),
    realisasi: effective('realisasi'),
  };
  return {
    code: node.code,
    level: node.level,
    name: node.name,
    ...amounts,
    persen: persenOf(amounts),
    sisa: sisaOf(amounts),
    given,
    childSum,
    children,
  };
}

function sumAmounts(items: readonly BudgetAmounts[]): BudgetAmounts {
  const sum = (field: Field): number | null => {
    let total = 0;
    for (const item of items) {
      const value = item[field];
      if (value === null) return null;
      total = safeAdd(total, value);
    }
    return total;
  };
  return { pagu: sum('pagu'), paguMurni: sum('paguMurni'), realisasi: sum('realisasi') };
}

function persenOf(amounts: BudgetAmounts): number | null {
  if (amounts.pagu === null || amounts.realisasi === null) return null;
  return absorptionPercent(amounts.realisasi, amounts.pagu);
}

function sisaOf(amounts: BudgetAmounts): number | null {
  if (amounts.pagu === null || amounts.realisasi === null) return null;
  return amounts.pagu - amounts.realisasi;
}

function safeAdd(a: number, b: number): number {
  const sum = a + b;
  assertRupiah(sum);
  return sum;
}

function nullableAmount(value: number | null, field: Field, code: string): number | null {
  return value === null ? null : checkAmount(value, field, code);
}

function checkAmount(value: number, field: string, code?: string): number {
  const where = code === undefined ? '' : ` (kode "${code}")`;
  if (!Number.isSafeInteger(value))
    throw new RangeError(`${field}${where} must be a safe integer Rupiah, got ${value}`);
  if (value < 0) throw new RangeError(`${field}${where} must not be negative, got ${value}`);
  return value;
}

function exampleCode(level: BudgetLevel): string {
  return { program: '1.06.02', kegiatan: '1.06.02.2.01', subkegiatan: '1.06.02.2.01.0001' }[level];
}
