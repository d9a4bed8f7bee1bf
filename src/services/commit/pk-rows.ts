/**
 * Shared by the PK use cases: loading a version with its PK, the state rules
 * of the workflow (draft → submitted → signed; a signed version is
 * immutable, a change is a new perubahan version), the rows a version holds,
 * and their plain result shape.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import type { PkStatus } from '../../store/schema/enums.ts';
import {
  indicator,
  kegiatan,
  perjanjianKinerja,
  pkBudget,
  pkTarget,
  pkVersion,
  program,
  subKegiatan,
} from '../../store/schema/index.ts';
import { invalidState, notFound, type Texts } from '../errors.ts';

export const PK_VERSION = { id: 'Versi Perjanjian Kinerja', en: 'Perjanjian Kinerja version' } as const;
export const PK = { id: 'Perjanjian Kinerja', en: 'Perjanjian Kinerja' } as const;

const STATUS_TEXT: Record<PkStatus, Texts> = {
  draft: { id: 'draf', en: 'a draft' },
  submitted: { id: 'diajukan', en: 'submitted' },
  signed: { id: 'ditandatangani', en: 'signed' },
};

export type PkVersionRow = typeof pkVersion.$inferSelect;
export type PkRow = typeof perjanjianKinerja.$inferSelect;

export async function loadPkVersion(tx: Database, id: string): Promise<{ version: PkVersionRow; pk: PkRow }> {
  const [row] = await tx
    .select({ version: pkVersion, pk: perjanjianKinerja })
    .from(pkVersion)
    .innerJoin(perjanjianKinerja, eq(pkVersion.perjanjianKinerjaId, perjanjianKinerja.id))
    .where(eq(pkVersion.id, id));
  if (!row) throw notFound(PK_VERSION);
  return row;
}

/**
 * Throws invalid-state unless the version is in `expected`; `doing` says
 * what was tried ("ditandatangani" / "signed"), for a message the user can act on.
 */
export function requireStatus(version: PkVersionRow, expected: readonly PkStatus[], doing: Texts): void {
  if (expected.includes(version.status)) return;
  const needed = expected.map((s) => STATUS_TEXT[s]);
  const now = STATUS_TEXT[version.status];
  const advice: Texts =
    version.status === 'signed'
      ? {
          id: ' Versi yang sudah ditandatangani tidak dapat diubah; buat versi perubahan.',
          en: ' A signed version cannot be changed; create a perubahan (revised) version.',
        }
      : { id: '', en: '' };
  throw invalidState({
    id: `PK versi ${version.number} berstatus ${now.id}; hanya versi berstatus ${needed.map((n) => n.id).join(' atau ')} yang dapat ${doing.id}.${advice.id}`,
    en: `PK version ${version.number} is ${now.en}; only a version that is ${needed.map((n) => n.en).join(' or ')} can be ${doing.en}.${advice.en}`,
  });
}

export type PkTargetResult = {
  indicatorId: string;
  indicatorCode: string;
  indicatorName: string;
  unit: string;
  polarity: (typeof indicator.$inferSelect)['polarity'];
  value: string | null;
  low: string | null;
  high: string | null;
  grade: string | null;
  sortOrder: number;
};

export type PkBudgetLevel = 'program' | 'kegiatan' | 'subKegiatan';

export type PkBudgetResult = {
  level: PkBudgetLevel;
  /** The program, kegiatan or sub kegiatan id. */
  id: string;
  code: string;
  name: string;
  amount: number;
  sortOrder: number;
};

export type PkVersionResult = {
  id: string;
  pkId: string;
  number: number;
  kind: PkVersionRow['kind'];
  status: PkStatus;
  reason: string | null;
  firstPartySignatoryId: string | null;
  secondPartySignatoryId: string | null;
  signedOn: string | null;
  signedPlace: string | null;
  signedAt: Date | null;
  version: number;
  targets: PkTargetResult[];
  budgets: PkBudgetResult[];
};

export async function versionTargets(tx: Database, versionIds: readonly string[]) {
  if (versionIds.length === 0) return new Map<string, PkTargetResult[]>();
  const rows = await tx
    .select({ target: pkTarget, indicator })
    .from(pkTarget)
    .innerJoin(indicator, eq(pkTarget.indicatorId, indicator.id))
    .where(inArray(pkTarget.pkVersionId, [...versionIds]))
    .orderBy(asc(pkTarget.sortOrder), asc(indicator.code));
  const map = new Map<string, PkTargetResult[]>();
  for (const { target, indicator: ind } of rows) {
    const list = map.get(target.pkVersionId) ?? [];
    list.push({
      indicatorId: ind.id,
      indicatorCode: ind.code,
      indicatorName: ind.name,
      unit: ind.unit,
      polarity: ind.polarity,
      value: target.value,
      low: target.low,
      high: target.high,
      grade: target.grade,
      sortOrder: target.sortOrder,
    });
    map.set(target.pkVersionId, list);
  }
  return map;
}

export async function versionBudgets(tx: Database, versionIds: readonly string[]) {
  const map = new Map<string, PkBudgetResult[]>();
  if (versionIds.length === 0) return map;
  const rows = await tx
    .select({
      budget: pkBudget,
      programCode: program.code,
      programName: program.name,
      kegiatanCode: kegiatan.code,
      kegiatanName: kegiatan.name,
      subCode: subKegiatan.code,
      subName: subKegiatan.name,
    })
    .from(pkBudget)
    .leftJoin(program, eq(pkBudget.programId, program.id))
    .leftJoin(kegiatan, eq(pkBudget.kegiatanId, kegiatan.id))
    .leftJoin(subKegiatan, eq(pkBudget.subKegiatanId, subKegiatan.id))
    .where(inArray(pkBudget.pkVersionId, [...versionIds]))
    .orderBy(asc(pkBudget.sortOrder));
  for (const r of rows) {
    const b = r.budget;
    const item: PkBudgetResult = b.programId
      ? {
          level: 'program',
          id: b.programId,
          code: r.programCode!,
          name: r.programName!,
          amount: b.amount,
          sortOrder: b.sortOrder,
        }
      : b.kegiatanId
        ? {
            level: 'kegiatan',
            id: b.kegiatanId,
            code: r.kegiatanCode!,
            name: r.kegiatanName!,
            amount: b.amount,
            sortOrder: b.sortOrder,
          }
        : {
            level: 'subKegiatan',
            id: b.subKegiatanId!,
            code: r.subCode!,
            name: r.subName!,
            amount: b.amount,
            sortOrder: b.sortOrder,
          };
    const list = map.get(b.pkVersionId) ?? [];
    list.push(item);
    map.set(b.pkVersionId, list);
  }
  for (const list of map.values()) {
    list.sort((x, y) => x.sortOrder - y.sortOrder || x.code.localeCompare(y.code, 'en', { numeric: true }));
  }
  return map;
}

export async function pkVersionResult(tx: Database, row: PkVersionRow): Promise<PkVersionResult> {
  const targets = await versionTargets(tx, [row.id]);
  const budgets = await versionBudgets(tx, [row.id]);
  return toVersionResult(row, targets.get(row.id) ?? [], budgets.get(row.id) ?? []);
}

export function toVersionResult(
  row: PkVersionRow,
  targets: PkTargetResult[],
  budgets: PkBudgetResult[],
): PkVersionResult {
  return {
    id: row.id,
    pkId: row.perjanjianKinerjaId,
    number: row.number,
    kind: row.kind,
    status: row.status,
    reason: row.reason,
    firstPartySignatoryId: row.firstPartySignatoryId,
    secondPartySignatoryId: row.secondPartySignatoryId,
    signedOn: row.signedOn,
    signedPlace: row.signedPlace,
    signedAt: row.signedAt,
    version: row.version,
    targets,
    budgets,
  };
}

/** The latest version number of a PK. */
export async function latestVersionNumber(tx: Database, pkId: string): Promise<number> {
  const rows = await tx
    .select({ number: pkVersion.number })
    .from(pkVersion)
    .where(and(eq(pkVersion.perjanjianKinerjaId, pkId)));
  return rows.reduce((max, r) => Math.max(max, r.number), 0);
}
