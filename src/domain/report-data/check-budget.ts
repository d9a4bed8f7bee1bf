/**
 * Checks the budget side of a report: malformed amounts, parents that do not
 * equal the sum of their rows, printed percentages, totals and the amounts in
 * words.
 *
 * A sum mismatch is reported where it starts: a parent whose rows do not add
 * up only because one of its rows itself does not add up is not reported
 * again (the 2023 Lima Puluh Kota program total is right; only the kegiatan
 * with 8.974.000 for 8.947.000 is wrong).
 */
import { normalizeTerbilang, terbilangRupiah } from '../terbilang.ts';
import { formatNumber } from '../numbers.ts';
import { uniqueSlip } from '../digit-slips.ts';
import { matches, readPrinted, type FindingCollector } from './check-context.ts';
import { readMoney, readNumber, valueOf, type ReadValue } from './read-values.ts';
import type { BudgetItemInput, ReportData, TerbilangPrinted } from './schema.ts';

type MoneyField = 'pagu' | 'paguMurni' | 'realisasi';
const MONEY_FIELDS: readonly MoneyField[] = ['paguMurni', 'pagu', 'realisasi'];

const FIELD_NAME: Record<MoneyField, { id: string; en: string }> = {
  pagu: { id: 'pagu', en: 'budget' },
  paguMurni: { id: 'pagu murni', en: 'original budget' },
  realisasi: { id: 'realisasi', en: 'realisation' },
};

const LEVEL_NAME: Record<BudgetItemInput['level'], { id: string; en: string }> = {
  program: { id: 'Program', en: 'Program' },
  kegiatan: { id: 'Kegiatan', en: 'Activity' },
  subkegiatan: { id: 'Sub kegiatan', en: 'Sub-activity' },
};

/** What the checker knows of one amount of one row. */
type Amount = {
  read: ReadValue;
  /**
   * The value the other printed figures support when the printed one is a
   * slip already reported on this row (its rows' sum, or a digit slip the
   * printed % agrees with); null when the printed value stands.
   */
  corrected: number | null;
};

type Checked = Record<MoneyField, Amount>;

function money(c: FindingCollector, n: number): string {
  return formatNumber(n, { decimals: 0, locale: c.locale });
}

function subjectOf(item: BudgetItemInput): { id: string; en: string } {
  return {
    id: `${LEVEL_NAME[item.level].id} ${item.code} "${item.name}"`,
    en: `${LEVEL_NAME[item.level].en} ${item.code} "${item.name}"`,
  };
}

function checkItems(
  c: FindingCollector,
  items: readonly BudgetItemInput[],
  basePath: string,
  parent: { item: BudgetItemInput; amounts: Record<MoneyField, ReadValue> } | null,
): Checked[] {
  const reads = items.map((item) => {
    const amounts = {} as Record<MoneyField, ReadValue>;
    for (const field of MONEY_FIELDS) amounts[field] = readMoney(item[field]);
    return amounts;
  });
  return items.map((item, index) => {
    const path = `${basePath}[${item.code}]`;
    const amounts = reads[index]!;
    const lines = item.source?.lines;
    // Malformed amounts: say what the row should be when the parent and siblings tell.
    for (const field of MONEY_FIELDS) {
      const read = amounts[field];
      if (read.state !== 'malformed') continue;
      let expected: number | null = null;
      const parentValue = parent?.amounts[field];
      const siblings = reads.filter((_, i) => i !== index).map((r) => r[field]);
      if (parentValue?.state === 'ok' && siblings.every((s) => s.state === 'ok')) {
        expected = parentValue.value - siblings.reduce((sum, s) => sum + (s.state === 'ok' ? s.value : 0), 0);
      }
      const expectedText = expected !== null && expected >= 0 ? money(c, expected) : null;
      c.add(
        'malformed-number',
        `${path}.${field}`,
        read.printed,
        expectedText,
        {
          kind: 'malformed',
          subject: {
            id: `${subjectOf(item).id}, ${FIELD_NAME[field].id}`,
            en: `${subjectOf(item).en}, ${FIELD_NAME[field].en}`,
          },
          printed: String(read.printed),
          reason: read.reason,
          expected: expectedText,
        },
        lines,
      );
    }
    const children = checkItems(c, item.children, `${path}.children`, { item, amounts });
    const checked = {} as Checked;
    for (const field of MONEY_FIELDS) {
      checked[field] = { read: amounts[field], corrected: checkSum(c, item, path, field, amounts, children) };
    }
    const slip = checkPercent(c, item, path, amounts, checked.realisasi.corrected);
    if (checked.realisasi.corrected === null) checked.realisasi.corrected = slip;
    const values = {
      pagu: valueOf(amounts.pagu),
      paguMurni: valueOf(amounts.paguMurni),
      realisasi: valueOf(amounts.realisasi),
    };
    checkWords(c, item.printed?.terbilang, values, `${path}.printed.terbilang`, subjectOf(item));
    return checked;
  });
}

/**
 * Compares a parent's printed amount with the sum of its rows. Rows that
 * disagree with their own rows explain a difference: it is reported there
 * only. Returns the rows' sum when it is reported here, so the level above
 * does not report it again.
 */
function checkSum(
  c: FindingCollector,
  item: BudgetItemInput,
  path: string,
  field: MoneyField,
  amounts: Record<MoneyField, ReadValue>,
  children: readonly Checked[],
): number | null {
  const read = amounts[field];
  const childSum = sumOf(children.map((ch) => ch[field].read));
  if (read.state !== 'ok' || childSum === null || childSum === read.value) return null;
  const reconciled = sumOf(children.map((ch) => supported(ch[field])));
  if (reconciled === read.value) return null;
  const note = field === 'realisasi' ? percentNote(c, item, amounts.pagu, childSum) : undefined;
  c.add(
    'sum-mismatch',
    `${path}.${field}`,
    read.printed,
    money(c, childSum),
    {
      kind: 'sum',
      subject: subjectOf(item),
      field: FIELD_NAME[field],
      printed: money(c, read.value),
      expected: money(c, childSum),
      ...(note ? { percentNote: note } : {}),
    },
    item.source?.lines,
  );
  return childSum;
}

/** The value a row stands for in its parent's sum: the corrected one when its printed value was a slip. */
function supported(amount: Amount): ReadValue {
  return amount.corrected === null
    ? amount.read
    : { state: 'ok', value: amount.corrected, decimals: 0, printed: amount.corrected };
}

function sumOf(values: readonly ReadValue[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) {
    if (v.state !== 'ok') return null;
    sum += v.value;
  }
  return sum;
}

/** When the printed % agrees with the rows' sum, the printed realisasi is the slip: say so. */
function percentNote(
  c: FindingCollector,
  item: BudgetItemInput,
  pagu: ReadValue,
  childSum: number,
): string | undefined {
  const printed = readNumber(item.printed?.persen);
  if (printed.state !== 'ok' || pagu.state !== 'ok' || pagu.value === 0) return undefined;
  if (!matches((childSum / pagu.value) * 100, printed)) return undefined;
  return c.locale === 'id'
    ? `Persentase tercetak ${c.show(printed.printed)} cocok dengan ${money(c, childSum)}, jadi angka realisasi yang tercetak kemungkinan salah ketik.`
    : `The printed percentage ${c.show(printed.printed)} agrees with ${money(c, childSum)}, so the printed realisation is probably a typing slip.`;
}

/**
 * Compares a row's printed % with realisasi ÷ pagu. When exactly one digit
 * slip of the printed realisasi agrees with the printed %, that slip is the
 * finding (and the value returned, for the parent's sum).
 */
function checkPercent(
  c: FindingCollector,
  item: BudgetItemInput,
  path: string,
  amounts: Record<MoneyField, ReadValue>,
  /** A realisasi already shown to be what the rows add up to; a % that agrees with it is not reported. */
  rowsRealisasi: number | null,
): number | null {
  const lines = item.source?.lines;
  const printed = readPrinted(c, item.printed?.persen, `${path}.printed.persen`, subjectOf(item), lines);
  const { pagu, realisasi, paguMurni } = amounts;
  if (!printed || pagu.state !== 'ok' || realisasi.state !== 'ok' || pagu.value === 0) return null;
  const computed = (realisasi.value / pagu.value) * 100;
  if (matches(computed, printed)) return null;
  if (rowsRealisasi !== null && matches((rowsRealisasi / pagu.value) * 100, printed)) return null;
  if (rowsRealisasi !== null) {
    // The sum finding already names the realisasi; the % agrees with neither figure.
    const expected = c.expect(computed, printed.decimals);
    c.add(
      'percent-mismatch',
      `${path}.printed.persen`,
      printed.printed,
      expected,
      {
        kind: 'percent',
        subject: subjectOf(item),
        printed: c.show(printed.printed, printed.decimals),
        expected,
      },
      lines,
    );
    return null;
  }
  const slip = uniqueSlip(realisasi.value, (candidate) => matches((candidate / pagu.value) * 100, printed));
  if (slip !== null) {
    c.add(
      'digit-slip',
      `${path}.realisasi`,
      realisasi.printed,
      money(c, slip),
      {
        kind: 'slip',
        subject: subjectOf(item),
        field: FIELD_NAME.realisasi,
        printed: money(c, realisasi.value),
        expected: money(c, slip),
        percent: c.show(printed.printed, printed.decimals),
      },
      lines,
    );
    return slip;
  }
  const againstMurni =
    paguMurni.state === 'ok' &&
    paguMurni.value > 0 &&
    matches((realisasi.value / paguMurni.value) * 100, printed);
  const expected = c.expect(computed, printed.decimals);
  c.add(
    'percent-mismatch',
    `${path}.printed.persen`,
    printed.printed,
    expected,
    {
      kind: 'percent',
      subject: subjectOf(item),
      printed: c.show(printed.printed, printed.decimals),
      expected,
      ...(againstMurni ? { againstMurni } : {}),
    },
    lines,
  );
  return null;
}

/** Compares amounts printed in words with the engine's terbilang of the printed amount. */
function checkWords(
  c: FindingCollector,
  words: TerbilangPrinted | undefined,
  amounts: Record<MoneyField, number | null>,
  path: string,
  subject: { id: string; en: string },
): void {
  if (!words) return;
  for (const field of MONEY_FIELDS) {
    const text = words[field];
    const amount = amounts[field];
    if (text === undefined || amount === null) continue;
    const expected = terbilangRupiah(amount);
    if (normalizeTerbilang(text) === normalizeTerbilang(expected)) continue;
    c.add('words', `${path}.${field}`, text, expected, {
      kind: 'words',
      subject: {
        id: `${subject.id}, terbilang ${FIELD_NAME[field].id}`,
        en: `${subject.en}, ${FIELD_NAME[field].en} in words`,
      },
      amount: `Rp ${money(c, amount)}`,
      expected,
    });
  }
}

function checkTotals(c: FindingCollector, budget: NonNullable<ReportData['budget']>, top: Checked[]): void {
  const printed = budget.printed;
  if (!printed) return;
  const subject = { id: 'Total anggaran', en: 'Budget total' };
  const totals = {} as Record<MoneyField, number | null>;
  for (const field of MONEY_FIELDS) {
    const itemsSum = sumOf(top.map((t) => t[field].read));
    const read = readMoney(printed[field]);
    if (read.state === 'malformed') {
      readPrinted(c, printed[field], `budget.printed.${field}`, subject);
    }
    totals[field] = read.state === 'ok' ? read.value : itemsSum;
    if (read.state === 'ok' && itemsSum !== null && itemsSum !== read.value) {
      c.add('sum-mismatch', `budget.printed.${field}`, read.printed, money(c, itemsSum), {
        kind: 'sum',
        subject,
        field: FIELD_NAME[field],
        printed: money(c, read.value),
        expected: money(c, itemsSum),
      });
    }
  }
  const persen = readPrinted(c, printed.persen, 'budget.printed.persen', subject);
  if (persen && totals.pagu && totals.realisasi !== null) {
    const computed = (totals.realisasi / totals.pagu) * 100;
    const rowsPagu = sumOf(top.map((t) => t.pagu.read));
    const rowsRealisasi = sumOf(top.map((t) => supported(t.realisasi)));
    const agreesWithRows =
      rowsPagu !== null &&
      rowsPagu > 0 &&
      rowsRealisasi !== null &&
      matches((rowsRealisasi / rowsPagu) * 100, persen);
    if (!matches(computed, persen) && !agreesWithRows) {
      const expected = c.expect(computed, persen.decimals);
      c.add('percent-mismatch', 'budget.printed.persen', persen.printed, expected, {
        kind: 'percent',
        subject,
        printed: c.show(persen.printed, persen.decimals),
        expected,
      });
    }
  }
  checkWords(c, printed.terbilang, totals, 'budget.printed.terbilang', subject);
}

export function checkBudget(c: FindingCollector, data: ReportData): void {
  if (!data.budget) return;
  const top = checkItems(c, data.budget.items, 'budget.items', null);
  checkTotals(c, data.budget, top);
}
