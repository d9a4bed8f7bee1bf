/**
 * Checking a social-data workbook (sheets PPKS, PSKS, Bantuan) against the
 * agency-year and sorting its rows into new, changed, unchanged and empty —
 * writing nothing. The rules of a row are the save use cases' own: each row
 * is parsed with their row schemas (`ppksCountRows`, `psksCountRows`,
 * `assistanceDeliveryRows`: whole counts, Indonesian numbers, Rupiah, served
 * at most the PPKS count, text lengths), the kecamatan are those of the
 * agency's region and a key given twice is refused, as in
 * social-data-batch.ts; this file maps each problem back to its sheet, row
 * and column, with the value found and what was expected.
 *
 * Decisions (docs/en/import.md, "Social data"):
 * - a row whose data cells are all blank means "no data in this file": an
 *   import never deletes a stored row;
 * - a row with data is taken whole (like the entry table): a blank cell in it
 *   clears what is stored;
 * - a row equal to what is stored is unchanged and not written, so importing
 *   the same file twice changes nothing.
 */
import type ExcelJS from 'exceljs';
import type { Texts } from '../errors.ts';
import type { ImportPlan, ImportProgressShare } from './import-kind.ts';
import { MAX_LISTED_CHANGES, ProblemList } from './import-outcome.ts';
import type { SocialImportFacts } from './social-import-facts.ts';
import {
  assistanceSpec,
  ppksSpec,
  psksSpec,
  type Change,
  type PlannedSocialWrite,
  type SheetSpec,
} from './social-row-specs.ts';
import {
  FIRST_DATA_ROW,
  WHOLE_REGION,
  columnNo,
  kecamatanName,
  resolveCode,
  resolveKecamatan,
  socialColumnLabel,
} from './social-sheets.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

export type { AssistanceValues, PlannedSocialWrite, PpksValues, PsksValues } from './social-row-specs.ts';

export type SocialImportPlan = ImportPlan<PlannedSocialWrite>;

/** What is expected in a data cell, before the rule's own message. */
const WHOLE_NUMBER: Texts = {
  id: 'bilangan bulat 0 atau lebih, mis. 1.520',
  en: 'a whole number 0 or more, e.g. 1.520',
};
const TEXT: Texts = { id: 'teks yang lebih pendek', en: 'a shorter text' };
const EXPECTED: Record<string, Texts> = {
  count: WHOLE_NUMBER,
  served: WHOLE_NUMBER,
  recipients: WHOLE_NUMBER,
  units: { id: 'angka 0 atau lebih, mis. 1.080 atau 12,5', en: 'a number 0 or more, e.g. 1.080 or 12,5' },
  value: {
    id: 'jumlah Rupiah bulat 0 atau lebih, mis. 32.400.000',
    en: 'a whole Rupiah amount 0 or more, e.g. 32.400.000',
  },
  dataSource: TEXT,
  unitName: TEXT,
  fundingSource: TEXT,
  programLabel: TEXT,
};

const text = (input: CellInput) => (input === null ? null : String(input).trim());

/** What is expected, with the rule's own words unless they only repeat it. */
function withRule(expected: Texts, rule: Texts): Texts {
  const repeats = expected.id.includes(rule.id.replace(/^harus /, ''));
  return repeats ? expected : { id: `${expected.id} (${rule.id})`, en: `${expected.en} (${rule.en})` };
}

/** A rule's message, split when it is written "Indonesian / English". */
function ruleTexts(message: string): Texts {
  const [idPart, enPart] = message.split(' / ');
  return { id: idPart!, en: enPart ?? idPart! };
}

export async function planSocialImport(
  facts: SocialImportFacts,
  scope: { year: number },
  workbook: ExcelJS.Workbook,
  progress: ImportProgressShare = () => undefined,
): Promise<SocialImportPlan> {
  const plan: SocialImportPlan = {
    problems: new ProblemList(),
    counts: { new: 0, changed: 0, unchanged: 0, empty: 0 },
    changes: [],
    writes: [],
    rowsRead: 0,
  };
  const specs = [ppksSpec(facts), psksSpec(facts), assistanceSpec(facts)];
  for (const [i, spec] of specs.entries()) {
    planSheet(facts, scope.year, workbook, spec as SheetSpec<string, unknown, unknown>, plan);
    progress((i + 1) / specs.length);
  }
  return Promise.resolve(plan);
}

function planSheet<C extends string, V, S>(
  facts: SocialImportFacts,
  year: number,
  workbook: ExcelJS.Workbook,
  spec: SheetSpec<C, V, S>,
  plan: SocialImportPlan,
): void {
  const add = (row: number | null, column: string | null, found: CellInput, expected: Texts) =>
    plan.problems.add({
      sheet: spec.sheet,
      row,
      column: column === null ? null : socialColumnLabel(spec.columns, column),
      found: shownCell(found),
      expected,
    });
  const sheet = workbook.getWorksheet(spec.sheet);
  if (!sheet) {
    plan.problems.add(
      missingSheetProblem(workbook, spec.sheet, {
        id: 'templat data sosial',
        en: 'the social-data template',
      }),
    );
    return;
  }
  const headers = headerProblems(sheet, spec.columns, spec.sheet);
  for (const problem of headers) plan.problems.add(problem);
  if (headers.length > 0) return;

  const firstOf = new Map<string, number>();
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells: Record<string, CellInput> = {};
    for (const column of spec.columns)
      cells[column.key] = cellInput(row.getCell(columnNo(spec.columns, column.key)).value);
    if (Object.values(cells).every((v) => v === null)) continue;
    plan.rowsRead += 1;
    let ok = true;
    if (text(cells.year!) !== String(year)) {
      ok = false;
      add(r, 'year', cells.year!, {
        id: `tahun ${year} (tahun yang dipilih untuk impor)`,
        en: `the year ${year} (the year chosen for the import)`,
      });
    }
    const codeCell = text(cells.code!) ?? null;
    const written = codeCell ?? text(cells.name!);
    const code = written === null ? null : resolveCode(spec.codes, written);
    if (code === null) {
      ok = false;
      add(r, codeCell === null && written !== null ? 'name' : 'code', written, {
        id: `kode atau nama ${spec.codes.what.id} (lihat daftar di lembar Petunjuk)`,
        en: `a code or name of a ${spec.codes.what.en} (see the list on the Petunjuk sheet)`,
      });
    }
    const kecamatanId = resolveKecamatan(facts.kecamatan, text(cells.kecamatan!));
    if (kecamatanId === undefined) {
      ok = false;
      add(r, 'kecamatan', cells.kecamatan!, {
        id: `nama atau kode kecamatan di daerah ini (lihat lembar Petunjuk), atau "${WHOLE_REGION}"`,
        en: `the name or code of a kecamatan of this region (see the Petunjuk sheet), or "${WHOLE_REGION}"`,
      });
    }
    if (spec.dataKeys.every((k) => cells[k] === null)) {
      if (ok) plan.counts.empty += 1;
      continue;
    }
    if (!ok || code === null || kecamatanId === undefined) continue;

    const raw = spec.raw(code, kecamatanId, (key) => cells[key] ?? null);
    const parsed = spec.schema.safeParse([raw]);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[1] ?? '');
        const column = spec.columnOf[field] ?? spec.dataKeys[0]!;
        const found = cells[column] ?? null;
        const header = spec.columns.find((c) => c.key === column)!.header;
        const rule = ruleTexts(issue.message);
        add(
          r,
          column,
          found,
          found === null
            ? {
                id: `${header} wajib diisi bila baris berisi data`,
                en: `${header} is required when the row has data`,
              }
            : withRule(EXPECTED[field] ?? TEXT, rule),
        );
      }
      continue;
    }
    const values = spec.values((parsed.data as Record<string, unknown>[])[0]!, kecamatanId);
    const key = spec.keyOf(values);
    const first = firstOf.get(key);
    if (first !== undefined) {
      add(r, 'code', written, {
        id: `${spec.oneRow.id}: sudah ada di baris ${first}`,
        en: `${spec.oneRow.en}: already on row ${first}`,
      });
      continue;
    }
    firstOf.set(key, r);
    const existing = spec.stored.get(key) ?? null;
    if (existing !== null && spec.same(existing, values)) {
      plan.counts.unchanged += 1;
      continue;
    }
    const change: Change = existing === null ? 'new' : 'changed';
    plan.counts[change] += 1;
    plan.writes.push(spec.write(change, existing, values));
    if (plan.changes.length < MAX_LISTED_CHANGES)
      plan.changes.push({
        change,
        sheet: spec.sheet,
        row: r,
        label: spec.label(values, kecamatanName(facts.kecamatan, kecamatanId)),
        before: existing === null ? null : spec.describe(existing),
        after: spec.describe(values),
      });
  }
}
