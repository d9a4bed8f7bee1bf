/**
 * Users, their roles (scoped to a region, an agency or a unit), and sessions.
 * Sessions store a SHA-256 of the token, never the token.
 */
import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, unique, uuid, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, instant, oneOf, rowVersion } from './columns.ts';
import { ROLES } from './enums.ts';
import { agency, orgUnit, region } from './regions-agencies.ts';

export const appUser = pgTable(
  'app_user',
  {
    id: id(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    email: text('email'),
    nip: text('nip'),
    /** A password hash with its algorithm and parameters (e.g. scrypt$...). */
    passwordHash: text('password_hash'),
    isActive: boolean('is_active').notNull().default(true),
    locale: text('locale').notNull().default('id'),
    lastLoginAt: instant('last_login_at'),
    ...rowVersion(),
  },
  (t) => [
    uniqueIndex('app_user_username_key').on(sql`lower(${t.username})`),
    uniqueIndex('app_user_email_key').on(sql`lower(${t.email})`),
    check('app_user_username_check', sql`${t.username} ~ '^[A-Za-z0-9._-]{3,64}$'`),
    check('app_user_locale_check', sql`${t.locale} in ('id', 'en')`),
  ],
);

/** A role held by a user within a scope: nothing (global), a region, an agency or a unit of it. */
export const userRole = pgTable(
  'user_role',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    role: text('role', { enum: ROLES }).notNull(),
    regionId: uuid('region_id').references(() => region.id),
    agencyId: uuid('agency_id').references(() => agency.id),
    orgUnitId: uuid('org_unit_id').references(() => orgUnit.id),
    ...rowVersion(),
  },
  (t) => [
    unique('user_role_key').on(t.userId, t.role, t.regionId, t.agencyId, t.orgUnitId).nullsNotDistinct(),
    check('user_role_role_check', oneOf(t.role, ROLES)),
    check('user_role_unit_needs_agency_check', sql`${t.orgUnitId} is null or ${t.agencyId} is not null`),
    index('user_role_agency_idx').on(t.agencyId),
  ],
);

export const session = pgTable(
  'session',
  {
    id: id(),
    /** SHA-256 (hex) of the session token given to the client. */
    tokenHash: text('token_hash').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => appUser.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    lastSeenAt: instant('last_seen_at'),
    revokedAt: instant('revoked_at'),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
  },
  (t) => [
    unique('session_token_hash_key').on(t.tokenHash),
    index('session_user_idx').on(t.userId),
    check('session_token_hash_check', sql`${t.tokenHash} ~ '^[0-9a-f]{64}$'`),
  ],
);
