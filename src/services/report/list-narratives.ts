/**
 * Every narrative section of an agency's LKjIP for a year, for the editor:
 * the stored text and its version where the agency wrote one, else the
 * default the report generates from the data (`generated: true`, from
 * src/report/narrative-defaults.ts through the report builder) — the text the
 * user would replace.
 *
 * Sections in the report's order: the fixed ones, and per sasaran of the
 * year's Renstra its analysis and causes (keys name the sasaran by record
 * id). A section the report does not print this year (`anggaran` without a
 * budget, a sasaran without a target for the year) is listed with
 * `inReport: false` and no default text.
 *
 * A final LKjIP lists the defaults of its sealed snapshot and `final: true`
 * (save-narrative.ts refuses changes).
 */
import { z } from 'zod';
import type { Locale } from '../../domain/numbers.ts';
import { buildLkjipModel } from '../../report/build-lkjip.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import type { Texts } from '../errors.ts';
import { parseInput } from '../validate.ts';
import { loadLkjipSource } from './load-lkjip-source.ts';
import {
  FIXED_NARRATIVE_KEYS,
  isListSection,
  NARRATIVE_TITLES,
  narrativeKeyText,
  narrativeRows,
  rowsOfKey,
  storageOf,
  storedText,
  type NarrativeKey,
} from './narrative-keys.ts';

export const listNarrativesInput = z.strictObject({
  agencyId: z.uuid(),
  year: z.number().int().min(2000).max(2100),
  /** Language of the generated defaults (default Indonesian). */
  locale: z.enum(['id', 'en']).optional(),
});
export type ListNarrativesInput = z.input<typeof listNarrativesInput>;

export type NarrativeEntry = {
  /** The key to save under (save-narrative.ts). */
  section: string;
  title: Texts;
  /** The sasaran of a per-sasaran section. */
  sasaran: { id: string; code: string; statement: string } | null;
  /** Printed as a numbered list: one item per line. */
  list: boolean;
  /** The stored text, or the generated default. */
  text: string;
  /** The stored row's version (send it back when saving); null when nothing is stored. */
  version: number | null;
  /** True when `text` is the generated default, not stored. */
  generated: boolean;
  /** False when the report does not print this section for the year. */
  inReport: boolean;
};

export type NarrativeList = {
  agencyId: string;
  year: number;
  /** The year's LKjIP is final: its narratives can no longer change. */
  final: boolean;
  sections: NarrativeEntry[];
};

export async function listNarratives(ctx: ServiceContext, input: unknown): Promise<NarrativeList> {
  const data = parseInput(listNarrativesInput, input);
  const locale: Locale = data.locale ?? 'id';
  return inTransaction(ctx, async (tx) => {
    await authorizeForAgency(tx, ctx, 'agency.read', data.agencyId);
    const inner: ServiceContext = { ...ctx, db: tx };
    const loaded = await loadLkjipSource(inner, { agencyId: data.agencyId, year: data.year, locale });
    // The report as it would be without any written text: its defaults, by key.
    const model = buildLkjipModel({ ...loaded.source, narratives: {}, isuStrategis: null });
    const defaults = new Map<string, string[]>();
    for (const part of model.parts)
      for (const block of part.blocks)
        if (block.type === 'narrative') defaults.set(block.key, block.paragraphs);

    const rows = await narrativeRows(tx, data.agencyId, data.year);
    const entry = (
      key: NarrativeKey,
      reportKey: string,
      title: Texts,
      sasaran: NarrativeEntry['sasaran'],
    ): NarrativeEntry => {
      const list = isListSection(key);
      const stored = rowsOfKey(rows, key);
      const text = storedText(stored);
      const fallback = defaults.get(reportKey);
      const written = stored.find((r) => r.topic === storageOf(key).topic);
      return {
        section: narrativeKeyText(key),
        title,
        sasaran,
        list,
        ...(text !== ''
          ? { text, version: written?.version ?? null, generated: false }
          : {
              text: (fallback ?? []).join(list ? '\n' : '\n\n'),
              version: written?.version ?? null,
              generated: true,
            }),
        inReport: fallback !== undefined,
      };
    };

    const fixed = (key: (typeof FIXED_NARRATIVE_KEYS)[number]) =>
      entry({ kind: 'fixed', key }, key, NARRATIVE_TITLES[key], null);
    const perSasaran = loaded.sasaran.flatMap((s) =>
      (['analysis', 'causes'] as const).map((part) =>
        entry(
          { kind: 'sasaran', sasaranId: s.id, part },
          `sasaran.${s.key}.${part}`,
          {
            id: `${s.code} ${NARRATIVE_TITLES[part].id}`,
            en: `${s.code} ${NARRATIVE_TITLES[part].en}`,
          },
          { id: s.id, code: s.code, statement: s.statement },
        ),
      ),
    );
    const [kataPengantar, ikhtisar, latarBelakang, tugasFungsi, isuStrategis, anggaran, kesimpulan, langkah] =
      FIXED_NARRATIVE_KEYS.map(fixed);
    return {
      agencyId: data.agencyId,
      year: data.year,
      final: loaded.report?.status === 'final',
      sections: [
        kataPengantar!,
        ikhtisar!,
        latarBelakang!,
        tugasFungsi!,
        isuStrategis!,
        ...perSasaran,
        anggaran!,
        kesimpulan!,
        langkah!,
      ],
    };
  });
}
