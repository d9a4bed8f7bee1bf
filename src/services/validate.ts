/**
 * Input validation at the services' edge: a zod schema per use case; a
 * failure becomes the one validation error, naming every failing field in
 * Indonesian and English. Nothing is written when input is invalid.
 */
import type { z } from 'zod';
import { formatPath } from '../domain/report-data/schema.ts';
import { validationError, type FieldError } from './errors.ts';

function messages(issue: z.core.$ZodIssue): { id: string; en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { id: 'wajib diisi', en: 'is required' }
        : { id: `harus berupa ${issue.expected}`, en: `must be ${issue.expected}` };
    case 'invalid_value':
      return {
        id: `harus salah satu dari: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { id: 'tidak boleh kosong', en: 'must not be empty' }
          : {
              id: `minimal ${String(issue.minimum)} karakter`,
              en: `must be at least ${String(issue.minimum)} characters`,
            };
      }
      return { id: `minimal ${String(issue.minimum)}`, en: `at least ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string'
        ? {
            id: `maksimal ${String(issue.maximum)} karakter`,
            en: `at most ${String(issue.maximum)} characters`,
          }
        : { id: `maksimal ${String(issue.maximum)}`, en: `at most ${String(issue.maximum)}` };
    case 'invalid_format':
      return { id: 'format tidak sesuai', en: 'has the wrong format' };
    default:
      return { id: issue.message, en: issue.message };
  }
}

/** Parses `input` with `schema` or throws a validation error listing every failing field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: messages(issue),
  }));
  throw validationError(fields);
}

/** A single-field validation error (a rule a schema cannot say). */
export function fieldError(path: string, id: string, en: string): never {
  throw validationError([{ path, message: { id, en } }]);
}
