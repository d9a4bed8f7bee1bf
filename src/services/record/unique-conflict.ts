/**
 * Two people creating the same period at the same moment: both checked that
 * it was free, one insert wins, the other hits the unique key. That loser
 * gets the same conflict error as a stale version, not a raw database error.
 */
import { conflict, type Texts } from '../errors.ts';

const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === UNIQUE_VIOLATION) return true;
  }
  return false;
}

/** Runs an insert; a unique-key violation becomes the conflict error for `what`. */
export async function conflictOnDuplicate<T>(what: Texts, insert: () => Promise<T>): Promise<T> {
  try {
    return await insert();
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(what);
    throw error;
  }
}
