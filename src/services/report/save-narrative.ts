/**
 * Saves the text of one narrative section of an agency's LKjIP for a year
 * (operator or kepala of the agency). Sections are the report's keys
 * (narrative-keys.ts); a per-sasaran section names a sasaran of the agency
 * whose Renstra covers the year.
 *
 * - Empty text (or only white space) deletes the stored text: the report
 *   goes back to its generated default.
 * - Optimistic concurrency per section: `version` is the version the editor
 *   read (list-narratives.ts); leave it out when nothing was stored. A stale
 *   or missing version when a text is stored is a conflict and changes
 *   nothing.
 * - A final LKjIP (its snapshot is sealed) and a locked year refuse every
 *   change.
 * - Line ends are stored as `\n`; the text is otherwise kept as typed.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { lkjipReport, narrative, renstraPeriod, sasaranStrategis } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { assertDocumentOpen } from '../calendar/period-lock.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { conflict, invalidState, type Texts } from '../errors.ts';
import { conflictOnDuplicate } from '../record/unique-conflict.ts';
import { fieldError, parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  FIXED_NARRATIVE_KEYS,
  narrativeKeyText,
  narrativeRows,
  parseNarrativeKey,
  rowsOfKey,
  storageOf,
} from './narrative-keys.ts';
import { periodCoversYear } from '../plan/renstra-period-of-year.ts';

/** Longest narrative text of one section. */
export const NARRATIVE_MAX_CHARS = 20_000;

export const saveNarrativeInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  /** A report section key: `ikhtisar`, `kesimpulan`, …, or `sasaran.<sasaran id>.analysis` / `.causes`. */
  section: z.string().min(1).max(100),
  /** The text; paragraphs separated by a blank line (list sections: one item per line). Empty: delete. */
  text: z.string().max(NARRATIVE_MAX_CHARS),
  /** The version read; absent when no text is stored yet. */
  version: z.number().int().positive().optional(),
});
export type SaveNarrativeInput = z.input<typeof saveNarrativeInput>;

export type SavedNarrative = {
  agencyId: string;
  year: number;
  section: string;
  /** The stored text ('' when deleted). */
  text: string;
  /** The stored row's version; null when deleted. */
  version: number | null;
  /** True when the save removed the stored text (the report prints its generated default). */
  deleted: boolean;
};

const NARRATIVE_TEXTS: Texts = { id: 'Narasi', en: 'Narrative' };

export async function saveNarrative(ctx: ServiceContext, input: unknown): Promise<SavedNarrative> {
  const data = parseInput(saveNarrativeInput, input);
  const key = parseNarrativeKey(data.section);
  if (!key) throw unknownSection(data.section);
  const text = data.text.replace(/\r\n?/g, '\n');
  const remove = text.trim() === '';

  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'report.write', data.agencyId);
    const [report] = await tx
      .select({ status: lkjipReport.status })
      .from(lkjipReport)
      .where(and(eq(lkjipReport.agencyId, data.agencyId), eq(lkjipReport.year, data.year)))
      .for('share');
    if (report?.status === 'final')
      throw invalidState({
        id: `LKjIP ${data.year} sudah final; narasinya tidak dapat diubah lagi.`,
        en: `The ${data.year} LKjIP is final; its narratives can no longer change.`,
      });
    await assertDocumentOpen(tx, data.agencyId, data.year, 'lkjip');
    if (key.kind === 'sasaran') await requireSasaran(tx, data.agencyId, data.year, key.sasaranId);

    const where = storageOf(key);
    const rows = rowsOfKey(await narrativeRows(tx, data.agencyId, data.year), key);
    const written = rows.find((r) => r.topic === where.topic) ?? null;
    // The version names the written row; without one, nothing may be stored there yet.
    if ((written?.version ?? undefined) !== data.version) throw conflict(NARRATIVE_TEXTS);
    const others = rows.filter((r) => r !== written);
    const section = narrativeKeyText(key);
    const base = { agencyId: data.agencyId, year: data.year, section };

    if (remove) {
      if (rows.length === 0) return { ...base, text: '', version: null, deleted: true };
      await tx.delete(narrative).where(
        inArray(
          narrative.id,
          rows.map((r) => r.id),
        ),
      );
      await recordAudit(tx, ctx, {
        action: 'narrative.saved',
        entityTable: 'narrative',
        entityId: (written ?? rows[0]!).id,
        agencyId: data.agencyId,
        before: { section, rows },
        after: null,
      });
      return { ...base, text: '', version: null, deleted: true };
    }

    const now = ctx.now();
    const after = written
      ? await updateVersioned(
          tx,
          narrative,
          written.id,
          written.version,
          { body: text },
          NARRATIVE_TEXTS,
          now,
        )
      : (
          await conflictOnDuplicate(NARRATIVE_TEXTS, () =>
            tx
              .insert(narrative)
              .values({
                ...where,
                agencyId: data.agencyId,
                year: data.year,
                body: text,
                createdAt: now,
                updatedAt: now,
              })
              .returning(),
          )
        )[0]!;
    // The other topics the report prints for this section now live in the one text.
    if (others.length > 0)
      await tx.delete(narrative).where(
        inArray(
          narrative.id,
          others.map((r) => r.id),
        ),
      );
    await recordAudit(tx, ctx, {
      action: 'narrative.saved',
      entityTable: 'narrative',
      entityId: after.id,
      agencyId: data.agencyId,
      before: rows.length > 0 ? { section, rows } : null,
      after: { section, row: after },
    });
    return { ...base, text: after.body, version: after.version, deleted: false };
  });
}

function unknownSection(section: string): never {
  const known = [...FIXED_NARRATIVE_KEYS, 'sasaran.<id>.analysis', 'sasaran.<id>.causes'].join(', ');
  fieldError(
    'section',
    `bagian "${section}" tidak dikenal; yang ada: ${known}`,
    `unknown section "${section}"; the sections are: ${known}`,
  );
}

/** The sasaran must be the agency's, in a Renstra that covers the year. */
async function requireSasaran(
  tx: Database,
  agencyId: string,
  year: number,
  sasaranId: string,
): Promise<void> {
  const [row] = await tx
    .select({ id: sasaranStrategis.id })
    .from(sasaranStrategis)
    .innerJoin(renstraPeriod, eq(renstraPeriod.id, sasaranStrategis.renstraPeriodId))
    .where(
      and(
        eq(sasaranStrategis.id, sasaranId),
        eq(sasaranStrategis.agencyId, agencyId),
        periodCoversYear(year),
      ),
    );
  if (!row)
    fieldError(
      'section',
      `sasaran ${sasaranId} tidak ada pada Renstra perangkat daerah ini untuk tahun ${year}`,
      `sasaran ${sasaranId} is not in this agency's Renstra for ${year}`,
    );
}
