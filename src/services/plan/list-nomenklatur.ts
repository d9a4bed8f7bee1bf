/**
 * The nomenklatur entries one level under a code, for the web app to offer
 * names as a program, kegiatan or sub kegiatan is added: under an
 * urusan.bidang ("1.06") its programs, under a program its kegiatan, under a
 * kegiatan its sub kegiatan. Public reference data: anyone signed in may read
 * it.
 */
import { z } from 'zod';
import type { ServiceContext } from '../context.ts';
import { parseInput } from '../validate.ts';
import { nomenklaturChildren, type NomenklaturEntry } from './nomenklatur-index.ts';

export const listNomenklaturInput = z.strictObject({
  /** urusan.bidang (1.06), a program (1.06.04) or a kegiatan (1.06.04.2.01). */
  parent: z
    .string()
    .trim()
    .regex(
      /^[0-9A-Za-z]\.[0-9A-Za-z]{2}(\.[0-9]{2}(\.[0-9]\.[0-9]{2})?)?$/,
      'tulis urusan.bidang (1.06), kode program (1.06.04) atau kode kegiatan (1.06.04.2.01) / ' +
        'write urusan.bidang (1.06), a program code (1.06.04) or a kegiatan code (1.06.04.2.01)',
    ),
});
export type ListNomenklaturInput = z.input<typeof listNomenklaturInput>;

export type NomenklaturList = { parent: string; entries: NomenklaturEntry[] };

export async function listNomenklatur(_ctx: ServiceContext, input: unknown): Promise<NomenklaturList> {
  const data = parseInput(listNomenklaturInput, input);
  return { parent: data.parent, entries: await nomenklaturChildren(data.parent) };
}
