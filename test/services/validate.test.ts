/** Validation messages name the rule that failed, in both languages. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../../src/services/errors.ts';
import { parseInput } from '../../src/services/validate.ts';

function fieldsOf(schema: z.ZodType, input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof AppError) return error.fields;
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('parseInput messages', () => {
  it('says a too-short text must have the minimum length, and an empty required text must not be empty', () => {
    const schema = z.object({ password: z.string().min(12), name: z.string().min(1) });
    const fields = fieldsOf(schema, { password: 'pendek', name: '' });
    expect(fields).toEqual([
      { path: 'password', message: { id: 'minimal 12 karakter', en: 'must be at least 12 characters' } },
      { path: 'name', message: { id: 'tidak boleh kosong', en: 'must not be empty' } },
    ]);
  });

  it('names the maximum of a text and of a number', () => {
    const fields = fieldsOf(z.object({ code: z.string().max(3), n: z.number().max(10) }), {
      code: 'abcd',
      n: 11,
    });
    expect(fields.map((f) => f.message.id)).toEqual(['maksimal 3 karakter', 'maksimal 10']);
  });
});
