/**
 * Checking an IKM responses workbook against the agency-year's surveys and
 * sorting what it holds into new, changed, removed and unchanged respondents —
 * writing nothing. A row's answers and profile are parsed with
 * `ikmResponseInput`, the hand-entry schema of save-ikm-responses.ts (scores
 * whole numbers 1–4, all nine required; sex L/P; text lengths); this file
 * only reads the cells, maps each problem back to its sheet, row and column,
 * and compares with what is stored.
 *
 * Decisions (docs/en/import.md, "IKM responses"):
 * - A survey named in the file is taken whole, as the hand entry saves it:
 *   its responses in the file REPLACE its stored responses (a respondent
 *   stored but not in the file is removed). A survey not named is left alone.
 * - Respondents keep the file's numbers (No Responden), so a respondent equal
 *   to what is stored is unchanged and not written: the same file twice
 *   changes nothing.
 * - A survey entered as per-element totals is refused, as save-ikm-responses
 *   refuses it: its entry method must be changed on the IKM page first.
 * - A row with neither answers nor profile is blank ("empty") and skipped.
 * - Counts are respondents; a removed respondent counts as changed (and the
 *   survey's line in the change list says how many are removed).
 */
import type ExcelJS from 'exceljs';
import { parseNumber } from '../../domain/numbers.ts';
import type { Texts } from '../errors.ts';
import { scoresOf, surveyResult, type ResponseRow } from '../ikm/ikm-survey-data.ts';
import { ikmResponseInput, MAX_RESPONSES, totalsOf } from '../ikm/save-ikm-responses.ts';
import type { IkmImportFacts, IkmImportSurvey } from './ikm-import-facts.ts';
import {
  DATE_EXPECTED,
  IKM_COLUMNS,
  FIRST_DATA_ROW,
  IKM_SHEET,
  SCORE_KEYS,
  SEX_EXPECTED,
  describeResult,
  ikmColumnLabel,
  ikmColumnNumber,
  parseDate,
  parseSex,
  surveyKey,
  type IkmColumnKey,
} from './ikm-sheet.ts';
import type { ImportPlan } from './import-kind.ts';
import { MAX_LISTED_CHANGES, ProblemList, type ImportChange } from './import-outcome.ts';
import { headerProblems, missingSheetProblem } from './template-sheet.ts';
import { cellInput, shownCell, type CellInput } from './workbook-cells.ts';

/** A respondent as the file gives it (and as ikm_response stores it). */
export type ResponseValues = Pick<
  ResponseRow,
  | 'respondentNo'
  | 'u1'
  | 'u2'
  | 'u3'
  | 'u4'
  | 'u5'
  | 'u6'
  | 'u7'
  | 'u8'
  | 'u9'
  | 'sex'
  | 'ageGroup'
  | 'education'
  | 'occupation'
  | 'respondedOn'
>;

/** One survey whose responses change: what to insert, update (by version) and delete. */
export type PlannedIkmWrite = {
  survey: { id: string; agencyId: string; version: number; year: number };
  inserts: ResponseValues[];
  updates: (ResponseValues & { id: string; version: number })[];
  deletes: { id: string; version: number }[];
  /** As the hand entry audits it (ikm_survey.responses_saved). */
  audit: {
    before: { respondents: number; totals: number[] };
    after: { respondents: number; totals: number[]; nilai: number | null };
  };
};

type Taken = { row: number; values: ResponseValues };
type Group = { survey: IkmImportSurvey; firstRow: number; rows: Taken[]; byNo: Map<number, number> };

const PROFILE_KEYS = ['sex', 'ageGroup', 'education', 'occupation', 'respondedOn'] as const;

const text = (input: CellInput) => (input === null ? null : String(input).trim());

function scoreExpected(blank: boolean): Texts {
  return blank
    ? {
        id: 'nilai 1–4: jawaban tiap unsur U1–U9 wajib diisi',
        en: 'a score 1–4: every element U1–U9 must be answered',
      }
    : { id: 'bilangan bulat 1 sampai 4', en: 'a whole number from 1 to 4' };
}

function lengthExpected(key: IkmColumnKey): Texts {
  const max = key === 'ageGroup' ? 50 : 100;
  return {
    id: `teks paling panjang ${max} huruf, atau kosong`,
    en: `text of at most ${max} characters, or blank`,
  };
}

export async function planIkmImport(
  facts: IkmImportFacts,
  workbook: ExcelJS.Workbook,
  scope: { year: number },
  progress: (share: number) => void = () => undefined,
): Promise<ImportPlan<PlannedIkmWrite>> {
  const problems = new ProblemList();
  const result: ImportPlan<PlannedIkmWrite> = {
    problems,
    counts: { new: 0, changed: 0, unchanged: 0, empty: 0 },
    changes: [],
    writes: [],
    rowsRead: 0,
  };
  const add = (row: number | null, column: IkmColumnKey | null, found: CellInput, expected: Texts) =>
    problems.add({
      sheet: IKM_SHEET,
      row,
      column: column === null ? null : ikmColumnLabel(column),
      found: shownCell(found),
      expected,
    });

  const sheet = workbook.getWorksheet(IKM_SHEET);
  if (!sheet) {
    problems.add(
      missingSheetProblem(workbook, IKM_SHEET, {
        id: 'templat jawaban survei IKM',
        en: 'the IKM responses template',
      }),
    );
    return result;
  }
  for (const problem of headerProblems(sheet, IKM_COLUMNS, IKM_SHEET)) problems.add(problem);
  if (problems.count > 0) return result;

  const surveyNames = facts.surveys.map((s) => s.label);
  const unknownSurvey: Texts =
    surveyNames.length === 0
      ? {
          id: `survei IKM tahun ${scope.year}: belum ada; buat dulu di menu IKM → "Survei baru"`,
          en: `an IKM survey of ${scope.year}: there is none yet; create it first (IKM page → "New survey")`,
        }
      : {
          id: `nama survei IKM tahun ${scope.year}: ${surveyNames.join('; ')}`,
          en: `the name of an IKM survey of ${scope.year}: ${surveyNames.join('; ')}`,
        };
  const groups = new Map<string, Group>();
  const refusedSurveys = new Set<string>();
  const last = sheet.actualRowCount > 0 ? sheet.rowCount : 0;
  for (let r = FIRST_DATA_ROW; r <= last; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells = Object.fromEntries(
      IKM_COLUMNS.map((c) => [c.key, cellInput(row.getCell(ikmColumnNumber(c.key)).value)]),
    ) as Record<IkmColumnKey, CellInput>;
    if (Object.values(cells).every((v) => v === null)) continue;
    result.rowsRead += 1;
    if (r % 2000 === 0) progress((r / Math.max(last, 1)) * 0.8);
    if ([...SCORE_KEYS, ...PROFILE_KEYS].every((k) => cells[k] === null)) {
      result.counts.empty += 1;
      continue;
    }
    const name = text(cells.survey);
    const survey = name === null ? undefined : facts.byKey.get(surveyKey(name));
    if (survey === null) {
      add(r, 'survey', cells.survey, {
        id: `nama yang hanya dipakai satu survei (dua survei bernama "${name}"; ubah jenis layanan atau periodenya di menu IKM)`,
        en: `a name only one survey has (two surveys are named "${name}"; change a service or period on the IKM page)`,
      });
    } else if (survey === undefined) add(r, 'survey', cells.survey, unknownSurvey);
    else if (survey.method !== 'responses' && !refusedSurveys.has(survey.id)) {
      refusedSurveys.add(survey.id);
      const clear = survey.elementTotals > 0;
      add(r, 'survey', cells.survey, {
        id: `survei yang diisi dengan jawaban per responden; survei "${survey.label}" diisi dengan jumlah nilai per unsur — ubah dulu cara pengisiannya menjadi "Jawaban per responden" di menu IKM${clear ? ' (kosongkan dulu jumlah nilainya)' : ''}`,
        en: `a survey entered as individual responses; "${survey.label}" is entered as per-element totals — first change its entry method to "Jawaban per responden" on the IKM page${clear ? ' (clear its totals first)' : ''}`,
      });
    }
    const no = parseRespondentNo(cells.respondentNo);
    if (no === null)
      add(r, 'respondentNo', cells.respondentNo, {
        id: 'nomor responden: bilangan bulat 1 atau lebih',
        en: 'a respondent number: a whole number 1 or more',
      });
    const sex = text(cells.sex) === null ? null : parseSex(text(cells.sex)!);
    if (cells.sex !== null && sex === null) add(r, 'sex', cells.sex, SEX_EXPECTED);
    const date = text(cells.respondedOn) === null ? null : parseDate(text(cells.respondedOn)!);
    if (cells.respondedOn !== null && date === null) add(r, 'respondedOn', cells.respondedOn, DATE_EXPECTED);
    const parsed = ikmResponseInput.safeParse({
      ...Object.fromEntries(SCORE_KEYS.map((k) => [k, cells[k]])),
      sex,
      ageGroup: text(cells.ageGroup),
      education: text(cells.education),
      occupation: text(cells.occupation),
      respondedOn: date,
    });
    if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0]) as IkmColumnKey;
        if (seen.has(key)) continue;
        seen.add(key);
        const isScore = (SCORE_KEYS as readonly string[]).includes(key);
        add(r, key, cells[key], isScore ? scoreExpected(cells[key] === null) : lengthExpected(key));
      }
    }
    if (!survey || survey.method !== 'responses' || no === null) continue;
    let group = groups.get(survey.id);
    if (!group) {
      group = { survey, firstRow: r, rows: [], byNo: new Map() };
      groups.set(survey.id, group);
    }
    const earlier = group.byNo.get(no);
    if (earlier !== undefined) {
      add(r, 'respondentNo', cells.respondentNo, {
        id: `nomor responden yang belum dipakai di survei ini (${no} sudah ada di baris ${earlier})`,
        en: `a respondent number not yet used in this survey (${no} is already on row ${earlier})`,
      });
      continue;
    }
    group.byNo.set(no, r);
    if (group.rows.length === MAX_RESPONSES)
      add(r, 'respondentNo', cells.respondentNo, {
        id: `paling banyak ${MAX_RESPONSES} responden per survei`,
        en: `at most ${MAX_RESPONSES} respondents per survey`,
      });
    if (parsed.success && problems.count === 0) {
      const d = parsed.data;
      group.rows.push({
        row: r,
        values: {
          respondentNo: no,
          ...Object.fromEntries(SCORE_KEYS.map((k) => [k, d[k]])),
          sex: d.sex ?? null,
          ageGroup: d.ageGroup,
          education: d.education,
          occupation: d.occupation,
          respondedOn: d.respondedOn ?? null,
        } as ResponseValues,
      });
    }
  }
  if (problems.count > 0) return result;
  progress(0.9);
  const respondentChanges: ImportChange[] = [];
  for (const group of groups.values()) planSurvey(group, result, respondentChanges);
  result.changes.push(...respondentChanges.slice(0, MAX_LISTED_CHANGES - result.changes.length));
  return result;
}

/** A whole number ≥ 1 (an Excel number or text "12"); null otherwise. */
function parseRespondentNo(input: CellInput): number | null {
  if (input === null) return null;
  const parsed = parseNumber(input);
  return parsed.ok && Number.isSafeInteger(parsed.value) && parsed.value >= 1 && parsed.value <= 2_147_483_647
    ? parsed.value
    : null;
}

function sameResponse(stored: ResponseRow, given: ResponseValues): boolean {
  return (
    SCORE_KEYS.every((k) => stored[k] === given[k]) &&
    PROFILE_KEYS.every((k) => (stored[k] ?? null) === (given[k] ?? null))
  );
}

/** A respondent as the preview shows it: "3 4 3 3 3 4 3 3 3 · P · SLTA · Petani". */
function describeResponse(v: ResponseValues): string {
  const profile = [v.sex, v.ageGroup, v.education, v.occupation, v.respondedOn].filter((p) => p !== null);
  return [scoresOf(v).join(' '), ...profile].join(' · ');
}

function planSurvey(
  group: Group,
  result: ImportPlan<PlannedIkmWrite>,
  respondentChanges: ImportChange[],
): void {
  const { survey } = group;
  const write: PlannedIkmWrite = {
    survey: { id: survey.id, agencyId: survey.agencyId, version: survey.version, year: survey.year },
    inserts: [],
    updates: [],
    deletes: [],
    audit: { before: { respondents: 0, totals: [] }, after: { respondents: 0, totals: [], nilai: null } },
  };
  let unchanged = 0;
  const label = (no: number) => `${survey.label} · No ${no}`;
  for (const { row, values } of group.rows) {
    const stored = survey.responses.get(values.respondentNo);
    if (!stored) {
      write.inserts.push(values);
      respondentChanges.push({
        change: 'new',
        sheet: IKM_SHEET,
        row,
        label: label(values.respondentNo),
        before: null,
        after: describeResponse(values),
      });
    } else if (sameResponse(stored, values)) unchanged += 1;
    else {
      write.updates.push({ ...values, id: stored.id, version: stored.version });
      respondentChanges.push({
        change: 'changed',
        sheet: IKM_SHEET,
        row,
        label: label(values.respondentNo),
        before: describeResponse(stored),
        after: describeResponse(values),
      });
    }
  }
  for (const stored of survey.responses.values())
    if (!group.byNo.has(stored.respondentNo)) {
      write.deletes.push({ id: stored.id, version: stored.version });
      respondentChanges.push({
        change: 'changed',
        sheet: IKM_SHEET,
        row: group.firstRow,
        label: label(stored.respondentNo),
        before: describeResponse(stored),
        after: '(dihapus: tidak ada di berkas)',
      });
    }
  result.counts.new += write.inserts.length;
  result.counts.changed += write.updates.length + write.deletes.length;
  result.counts.unchanged += unchanged;
  if (write.inserts.length + write.updates.length + write.deletes.length === 0) return;
  const stored = [...survey.responses.values()];
  const given = group.rows.map((t) => t.values);
  const before = surveyResult(survey, stored, []);
  const after = surveyResult(survey, given, []);
  write.audit = {
    before: { respondents: stored.length, totals: totalsOf(stored.map(scoresOf)) },
    after: { respondents: given.length, totals: totalsOf(given.map(scoresOf)), nilai: after?.nilai ?? null },
  };
  result.writes.push(write);
  if (result.changes.length < MAX_LISTED_CHANGES)
    result.changes.push({
      change: stored.length === 0 ? 'new' : 'changed',
      sheet: IKM_SHEET,
      row: group.firstRow,
      label: `Survei ${survey.label}`,
      before: stored.length === 0 ? null : `${stored.length} responden; ${describeResult(before)}`,
      after:
        `${given.length} responden (baru ${write.inserts.length}, berubah ${write.updates.length}, ` +
        `dihapus ${write.deletes.length}, tetap ${unchanged}); ${describeResult(after)}`,
    });
}
