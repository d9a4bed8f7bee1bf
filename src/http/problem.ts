/**
 * Errors as `application/problem+json` (RFC 9457): a stable `type` per error
 * code, the message in the user's language, and for validation the list of
 * failing fields. Never a stack trace; never a 500 for bad input.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { formatPath } from '../domain/report-data/schema.ts';
import { AppError, HTTP_STATUS, type ErrorCode } from '../services/errors.ts';
import { localeOf } from './locale.ts';

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
};

const TITLES: Record<ErrorCode | 'internal', { id: string; en: string }> = {
  validation: { id: 'Isian tidak valid', en: 'Invalid input' },
  'not-found': { id: 'Tidak ditemukan', en: 'Not found' },
  forbidden: { id: 'Tidak berhak', en: 'Forbidden' },
  unauthenticated: { id: 'Belum masuk', en: 'Not signed in' },
  conflict: { id: 'Bentrok perubahan', en: 'Edit conflict' },
  locked: { id: 'Terkunci', en: 'Locked' },
  'invalid-state': { id: 'Tidak dapat dilakukan pada status ini', en: 'Not possible in this state' },
  'too-large': { id: 'Terlalu besar', en: 'Too large' },
  'unsupported-type': { id: 'Jenis berkas tidak didukung', en: 'Unsupported file type' },
  'rate-limited': { id: 'Terlalu banyak percobaan', en: 'Too many attempts' },
  internal: { id: 'Kesalahan server', en: 'Server error' },
};

/** The stable problem type URI of an error code. */
export function problemType(code: ErrorCode | 'internal'): string {
  return `/api/problems/${code}`;
}

export function problemOf(error: AppError, locale: 'id' | 'en'): Problem {
  return {
    type: problemType(error.code),
    title: TITLES[error.code][locale],
    status: HTTP_STATUS[error.code],
    detail: error.userMessage[locale],
    ...(error.fields.length > 0
      ? { errors: error.fields.map((f) => ({ path: f.path, message: f.message[locale] })) }
      : {}),
  };
}

function fromFastify(error: FastifyError, locale: 'id' | 'en'): Problem | null {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    return problemOf(
      new AppError(
        'validation',
        {
          id: 'Isian tidak valid; periksa kolom yang ditandai.',
          en: 'Invalid input; check the marked fields.',
        },
        error.validation.map((v) => ({
          path: `${where}${v.instancePath ? `.${v.instancePath.slice(1).replaceAll('/', '.')}` : ''}`,
          message: { id: v.message ?? 'tidak valid', en: v.message ?? 'invalid' },
        })),
      ),
      locale,
    );
  }
  const status = error.statusCode ?? 500;
  if (status === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return problemOf(
      new AppError('too-large', { id: 'Isi permintaan terlalu besar.', en: 'Request body too large.' }),
      locale,
    );
  }
  if (status === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problemOf(
      new AppError('unsupported-type', {
        id: 'Jenis isi permintaan tidak didukung.',
        en: 'Unsupported content type.',
      }),
      locale,
    );
  }
  if (status === 429) {
    return problemOf(
      new AppError('rate-limited', {
        id: 'Terlalu banyak permintaan; coba lagi nanti.',
        en: 'Too many requests; try again later.',
      }),
      locale,
    );
  }
  if (status >= 400 && status < 500) {
    return problemOf(
      new AppError(
        'validation',
        { id: 'Permintaan tidak dapat dibaca.', en: 'The request could not be read.' },
        [{ path: formatPath([]), message: { id: error.message, en: error.message } }],
      ),
      locale,
    );
  }
  return null;
}

/**
 * SQLSTATEs of a value the database cannot store: a string too long for its
 * column, a number out of its column's range (a version of 2^31), a NUL
 * character or an unpaired surrogate in text or JSON. The input was bad, and
 * the transaction it came in was rolled back.
 */
const UNSTORABLE = new Set(['22001', '22003', '22021', '22P05']);

function isUnstorableValue(error: unknown): boolean {
  for (let e = error, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    if (UNSTORABLE.has(String((e as { code?: unknown }).code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem);
}

/** The one error handler: AppError and request errors become problems; anything else a 500 without details. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const locale = localeOf(request);
  if (error instanceof AppError) return sendProblem(reply, problemOf(error, locale));
  const known = fromFastify(error, locale);
  if (known) return sendProblem(reply, known);
  if (isUnstorableValue(error)) {
    request.log.warn({ err: error }, 'input the database cannot store');
    const message = {
      id: 'tidak dapat disimpan: terlalu besar, terlalu panjang, atau memuat karakter yang tidak diizinkan',
      en: 'cannot be stored: too large, too long, or containing a character that is not allowed',
    };
    return sendProblem(
      reply,
      problemOf(
        new AppError(
          'validation',
          { id: 'Ada isian yang tidak dapat disimpan.', en: 'A value cannot be stored.' },
          [{ path: formatPath([]), message }],
        ),
        locale,
      ),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, {
    type: problemType('internal'),
    title: TITLES.internal[locale],
    status: 500,
    detail:
      locale === 'id'
        ? 'Terjadi kesalahan di server. Coba lagi.'
        : 'Something went wrong on the server. Try again.',
  });
}
