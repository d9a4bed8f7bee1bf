import { describe, expect, it } from 'vitest';
import { contentMatches, extensionMatches } from '../../../src/services/record/evidence-type.ts';
import { derivationFromFormula } from '../../../src/domain/formula-derivation.ts';
import { toDecimalText } from '../../../src/services/record/record-inputs.ts';
import { conflictOnDuplicate } from '../../../src/services/record/unique-conflict.ts';

describe('toDecimalText: exact decimal text for numeric columns', () => {
  it.each([
    ['74,53', '74.53'],
    ['80,50', '80.50'],
    ['74.53', '74.53'],
    ['1.234.567,89', '1234567.89'],
    ['7.500', '7500'],
    ['-2,5', '-2.5'],
    ['0,1', '0.1'],
    ['12,345678', '12.345678'],
  ])('%s → %s', (typed, stored) => {
    expect(toDecimalText(typed)).toMatchObject({ ok: true, text: stored });
  });
  it('takes numbers without float noise', () => {
    expect(toDecimalText(0.1 + 0.2)).toMatchObject({ ok: true, text: '0.3' });
    expect(toDecimalText(74.53)).toMatchObject({ ok: true, text: '74.53' });
  });
  it('refuses malformed numbers and more digits than a float keeps', () => {
    expect(toDecimalText('41.600.00').ok).toBe(false);
    expect(toDecimalText('1,234.5').ok).toBe(false);
    expect(toDecimalText('12345678901234567').ok).toBe(false);
  });
});

describe('derivationFromFormula', () => {
  const codes = ['served', 'total', 'n', 'prev', 'a', 'b', 'c'];
  it.each([
    ['served / total × 100', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 100 }],
    ['served/total*100 %', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 100 }],
    ['served ÷ total', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 1 }],
    ['served / total x 1000', { kind: 'ratio', numerator: 'served', denominator: 'total', factor: 1000 }],
    ['(n − prev) / prev × 100', { kind: 'growth', current: 'n', previous: 'prev' }],
    ['(n - prev) / total × 100', { kind: 'change-share', current: 'n', previous: 'prev', total: 'total' }],
    ['a + b + c', { kind: 'sum', parts: ['a', 'b', 'c'] }],
  ])('%s', (formula, derivation) => {
    expect(derivationFromFormula(formula, codes)).toEqual(derivation);
  });
  it('returns null rather than guessing', () => {
    expect(derivationFromFormula('tertangani / total × 100', codes)).toBeNull();
    expect(derivationFromFormula('(n - prev) / prev', codes)).toBeNull();
    expect(derivationFromFormula('a * b', codes)).toBeNull();
    expect(derivationFromFormula(null, codes)).toBeNull();
  });
});

describe('evidence sniffing', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
  it('recognises each type by its first bytes', () => {
    expect(contentMatches('application/pdf', bytes('%PDF-1.4'))).toBe(true);
    expect(contentMatches('image/jpeg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(contentMatches('image/webp', bytes('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe(true);
    expect(contentMatches('image/webp', bytes('RIFF\x10\x00\x00\x00WAVEfmt '))).toBe(false);
    expect(
      contentMatches(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        bytes('PK\x03\x04..ppt/slides'),
      ),
    ).toBe(true);
    expect(contentMatches('text/csv', bytes('%PDF-1.4'))).toBe(false);
    expect(contentMatches('text/csv', new Uint8Array([0xc3, 0x28]))).toBe(false);
  });
  it('checks the extension against the declared type', () => {
    expect(extensionMatches('image/jpeg', 'FOTO.JPG')).toBe(true);
    expect(extensionMatches('application/pdf', 'foto.png')).toBe(false);
    expect(extensionMatches('application/pdf', 'tanpa-ekstensi')).toBe(false);
  });
});

describe('conflictOnDuplicate', () => {
  it('turns a unique-key violation (also wrapped as a cause) into a conflict; other errors pass through', async () => {
    const wrapped = Object.assign(new Error('query failed'), { cause: { code: '23505' } });
    await expect(
      conflictOnDuplicate({ id: 'X', en: 'X' }, () => Promise.reject(wrapped)),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const other = new Error('boom');
    await expect(conflictOnDuplicate({ id: 'X', en: 'X' }, () => Promise.reject(other))).rejects.toBe(other);
  });
});
