/**
 * The sections of an LKjIP an evaluator comments on (PermenPANRB 53/2014
 * outline, DOMAIN.md §5): ikhtisar, bab1, bab2, bab3-pengukuran, one
 * bab3-sasaran-<id> per sasaran strategis of the agency, bab3-anggaran,
 * bab4, lampiran.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { sasaranStrategis } from '../../store/schema/index.ts';
import { fieldError } from '../validate.ts';

export const LKJIP_SECTIONS = [
  'ikhtisar',
  'bab1',
  'bab2',
  'bab3-pengukuran',
  'bab3-anggaran',
  'bab4',
  'lampiran',
] as const;

const SASARAN_PREFIX = 'bab3-sasaran-';

export const sectionKey = z
  .string()
  .trim()
  .refine(
    (key) =>
      (LKJIP_SECTIONS as readonly string[]).includes(key) ||
      (key.startsWith(SASARAN_PREFIX) && z.uuid().safeParse(key.slice(SASARAN_PREFIX.length)).success),
    { message: `harus salah satu dari: ${LKJIP_SECTIONS.join(', ')}, atau ${SASARAN_PREFIX}<id sasaran>` },
  );

/** Checks that a `bab3-sasaran-<id>` section names a sasaran of the agency. */
export async function checkSection(tx: Database, agencyId: string, key: string, path: string): Promise<void> {
  if (!key.startsWith(SASARAN_PREFIX)) return;
  const [row] = await tx
    .select({ id: sasaranStrategis.id })
    .from(sasaranStrategis)
    .where(
      and(eq(sasaranStrategis.id, key.slice(SASARAN_PREFIX.length)), eq(sasaranStrategis.agencyId, agencyId)),
    );
  if (!row)
    fieldError(path, 'sasaran tidak ditemukan di perangkat daerah ini', 'no such sasaran in this agency');
}
