import { describe, expect, it } from 'vitest';
import {
  SCRYPT_PARAMS,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../src/services/administer/password-hash.ts';

describe('password hashing (scrypt, Node built-in)', () => {
  it('stores scrypt$N$r$p$salt$hash and verifies the right password only', async () => {
    const stored = await hashPassword('kata sandi yang panjang');
    const parts = stored.split('$');
    expect(parts).toHaveLength(6);
    expect(parts.slice(0, 4)).toEqual([
      'scrypt',
      String(SCRYPT_PARAMS.N),
      String(SCRYPT_PARAMS.r),
      String(SCRYPT_PARAMS.p),
    ]);
    expect(Buffer.from(parts[4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5]!, 'base64')).toHaveLength(64);
    expect(await verifyPassword('kata sandi yang panjang', stored)).toBe(true);
    expect(await verifyPassword('kata sandi yang panjanG', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash: the same password twice gives different texts', async () => {
    const [a, b] = await Promise.all([hashPassword('sama-sama-saja'), hashPassword('sama-sama-saja')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('sama-sama-saja', b)).toBe(true);
  });

  it('reads the parameters from the stored text (older, cheaper hashes still verify)', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('lama-tapi-sah', salt, 32, { N: 1024, r: 8, p: 1 });
    const old = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('lama-tapi-sah', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('baru-dan-kuat'))).toBe(false);
  });

  it('treats malformed or hostile stored values as no match, never throwing', async () => {
    for (const stored of [
      '',
      'plain-text-password',
      'bcrypt$2b$10$abc',
      'scrypt$1000$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==', // N not a power of two
      `scrypt$${2 ** 24}$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==`, // N too large
      'scrypt$1024$8$1$!!!$aGFzaGhhc2hoYXNoaGFzaA==',
      'scrypt$1024$8$1$c2FsdHNhbHQ=$aGFzaA==', // hash too short
    ]) {
      expect(await verifyPassword('apa saja', stored)).toBe(false);
    }
  });
});
