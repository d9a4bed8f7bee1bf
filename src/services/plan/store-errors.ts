/**
 * Database errors that a check in the use case should have caught, but that a
 * concurrent writer can still cause between the check and the write: a
 * duplicate key (another request inserted the same code or version first) or
 * the immutability trigger (SQLSTATE AK001: a PK version was signed
 * meanwhile). They become the one AppError; anything else is rethrown.
 */
import { AppError, invalidState } from '../errors.ts';

function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function translateStoreError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  switch (sqlState(error)) {
    case 'AK001':
      return invalidState({
        id: 'Dokumen ini sudah ditandatangani dan tidak dapat diubah; buat versi perubahan.',
        en: 'This document is signed and cannot be changed; create a perubahan (revised) version.',
      });
    case '23505':
      return new AppError('conflict', {
        id: 'Data yang sama baru saja disimpan orang lain. Muat ulang, lalu periksa kembali.',
        en: 'The same record was just saved by someone else. Reload, then check again.',
      });
    default:
      return error;
  }
}

/** Runs `work` and translates the store errors above. */
export async function withStoreErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateStoreError(error);
  }
}
