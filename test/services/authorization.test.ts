import { describe, expect, it } from 'vitest';
import { can, authorize, type Actor, type Role } from '../../src/services/authorization.ts';
import { AppError } from '../../src/services/errors.ts';

const region = 'R1';
const own = { regionId: region, agencyId: 'A1' };
const foreign = { regionId: region, agencyId: 'A2' };
const actor = (role: Role, agencyId: string | null = null): Actor => ({
  userId: `u-${role}`,
  role,
  regionId: region,
  agencyId,
});

describe('authorization: one table, agency-bound users stay in their agency', () => {
  it('an operator writes only its own agency’s records', () => {
    const op = actor('operator', 'A1');
    expect(can(op, 'record.write', own)).toBe(true);
    expect(can(op, 'record.write', foreign)).toBe(false);
    expect(can(op, 'agency.read', foreign)).toBe(false);
    expect(can(op, 'pk.sign', own)).toBe(false);
  });
  it('only the kepala signs, and only for its agency', () => {
    expect(can(actor('kepala', 'A1'), 'pk.sign', own)).toBe(true);
    expect(can(actor('kepala', 'A1'), 'pk.sign', foreign)).toBe(false);
    expect(can(actor('admin'), 'pk.sign', own)).toBe(false);
  });
  it('the evaluator reads every agency and reviews, but never enters data', () => {
    const ev = actor('evaluator');
    expect(can(ev, 'agency.read', foreign)).toBe(true);
    expect(can(ev, 'report.review', foreign)).toBe(true);
    expect(can(ev, 'akip.evaluate', own)).toBe(true);
    expect(can(ev, 'record.write', own)).toBe(false);
  });
  it('a viewer reads: its agency when bound, every agency of the region when not', () => {
    expect(can(actor('viewer', 'A1'), 'agency.read', foreign)).toBe(false);
    expect(can(actor('viewer', 'A1'), 'agency.read', own)).toBe(true);
    expect(can(actor('viewer'), 'agency.read', foreign)).toBe(true);
    expect(can(actor('viewer'), 'record.write', own)).toBe(false);
  });
  it('nobody acts in another region; an operator without agency can do nothing', () => {
    expect(can(actor('admin'), 'region.admin', { regionId: 'R2', agencyId: null })).toBe(false);
    expect(can(actor('operator', null), 'record.write', own)).toBe(false);
  });
  it('authorize throws the forbidden error', () => {
    expect(() => authorize(actor('viewer'), 'record.write', own)).toThrow(AppError);
    try {
      authorize(actor('viewer'), 'record.write', own);
    } catch (error) {
      expect((error as AppError).code).toBe('forbidden');
    }
  });
});
