/**
 * Who may do what: one table, checked by every use case (never left to the
 * routes). An agency-bound user (operator, kepala, and a viewer given an
 * agency) never reads or changes another agency's records.
 */
import { ROLES, type Role } from '../store/schema/enums.ts';
import { forbidden } from './errors.ts';

export { ROLES, type Role };

/** The person acting, as the services see them. */
export type Actor = {
  userId: string;
  role: Role;
  regionId: string;
  /** Set for agency-bound users (operator, kepala, and optionally viewer). */
  agencyId: string | null;
};

export type Action =
  | 'agency.read'
  | 'plan.write' // Renstra, indicators, targets, budget structure, narratives
  | 'record.write' // realisations, budget realisation, evidence, social data
  | 'record.submit'
  | 'record.verify' // verify or return a submitted realisation
  | 'pk.write'
  | 'pk.submit'
  | 'pk.sign'
  | 'report.write'
  | 'report.submit'
  | 'report.review' // evaluator comments on an LKjIP in review
  | 'report.finalize'
  | 'akip.evaluate'
  | 'akip.follow-up'
  | 'region.admin' // agencies, users, scales, deadlines
  | 'period.reopen'
  | 'audit.read';

/** Which roles may perform each action, and whether the action is bound to the actor's own agency. */
const RULES: Readonly<Record<Action, { roles: readonly Role[]; ownAgencyOnly: readonly Role[] }>> = {
  'agency.read': { roles: ROLES, ownAgencyOnly: ['operator', 'kepala', 'viewer'] },
  'plan.write': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'record.write': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'record.submit': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'record.verify': { roles: ['kepala', 'admin'], ownAgencyOnly: ['kepala'] },
  'pk.write': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'pk.submit': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'pk.sign': { roles: ['kepala'], ownAgencyOnly: ['kepala'] },
  'report.write': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'report.submit': { roles: ['kepala'], ownAgencyOnly: ['kepala'] },
  'report.review': { roles: ['evaluator'], ownAgencyOnly: [] },
  'report.finalize': { roles: ['kepala'], ownAgencyOnly: ['kepala'] },
  'akip.evaluate': { roles: ['evaluator'], ownAgencyOnly: [] },
  'akip.follow-up': { roles: ['operator', 'kepala'], ownAgencyOnly: ['operator', 'kepala'] },
  'region.admin': { roles: ['admin'], ownAgencyOnly: [] },
  'period.reopen': { roles: ['admin'], ownAgencyOnly: [] },
  'audit.read': {
    roles: ['admin', 'evaluator', 'kepala', 'operator'],
    ownAgencyOnly: ['kepala', 'operator'],
  },
};

/** The target of an action: the agency (and its region) a record belongs to; null for region-level actions. */
export type Scope = { regionId: string; agencyId: string | null };

export function can(actor: Actor, action: Action, scope: Scope): boolean {
  const rule = RULES[action];
  if (!rule.roles.includes(actor.role)) return false;
  if (actor.regionId !== scope.regionId) return false;
  const bound =
    rule.ownAgencyOnly.includes(actor.role) && (actor.role !== 'viewer' || actor.agencyId !== null);
  if (bound) return scope.agencyId !== null && actor.agencyId === scope.agencyId;
  return true;
}

/** Throws the forbidden error unless the actor may perform the action on the scope. */
export function authorize(actor: Actor, action: Action, scope: Scope): void {
  if (!can(actor, action, scope)) throw forbidden();
}
