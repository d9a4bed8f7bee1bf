/**
 * The one error type of the services: a stable code, the fields or rows that
 * failed, and the user's message in Indonesian and English. The HTTP edge
 * maps codes to statuses with the one table below; the CLI prints the message.
 */

export type ErrorCode =
  | 'validation'
  | 'not-found'
  | 'forbidden'
  | 'unauthenticated'
  | 'conflict'
  | 'locked'
  | 'invalid-state'
  | 'too-large'
  | 'unsupported-type'
  | 'rate-limited';

export type FieldError = {
  /** Where: a field path (`targets[2].value`) or a row (`Sheet1!B7`). */
  path: string;
  message: { id: string; en: string };
};

export type Texts = { id: string; en: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly userMessage: Texts;
  readonly fields: readonly FieldError[];

  constructor(code: ErrorCode, userMessage: Texts, fields: readonly FieldError[] = []) {
    super(userMessage.en);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = userMessage;
    this.fields = fields;
  }
}

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'invalid-state': 409,
  locked: 423,
  'too-large': 413,
  'unsupported-type': 415,
  'rate-limited': 429,
};

export function validationError(fields: readonly FieldError[]): AppError {
  return new AppError(
    'validation',
    { id: 'Isian tidak valid; periksa kolom yang ditandai.', en: 'Invalid input; check the marked fields.' },
    fields,
  );
}

export function notFound(what: Texts): AppError {
  return new AppError('not-found', { id: `${what.id} tidak ditemukan.`, en: `${what.en} not found.` });
}

export function forbidden(): AppError {
  return new AppError('forbidden', {
    id: 'Anda tidak berhak melakukan ini.',
    en: 'You are not allowed to do this.',
  });
}

/** A stale write: someone else changed the record since it was read. */
export function conflict(what: Texts): AppError {
  return new AppError('conflict', {
    id: `${what.id} sudah diubah orang lain sejak Anda membukanya. Muat ulang, lalu ulangi perubahan Anda.`,
    en: `${what.en} was changed by someone else since you opened it. Reload, then redo your change.`,
  });
}

export function invalidState(message: Texts): AppError {
  return new AppError('invalid-state', message);
}

/** A record with the same key (a username, a code) already exists; `path` names the field. */
export function alreadyExists(what: Texts, path?: string): AppError {
  const message = { id: `${what.id} sudah ada.`, en: `${what.en} already exists.` };
  return new AppError('conflict', message, path === undefined ? [] : [{ path, message }]);
}

/** No valid session, or the account is inactive. */
export function unauthenticated(): AppError {
  return new AppError('unauthenticated', {
    id: 'Silakan masuk kembali.',
    en: 'Please sign in again.',
  });
}
