/**
 * Server-side sessions: the client holds a random token; the database holds
 * only its SHA-256, with an absolute and an idle expiry. Login always makes a
 * new token (no session fixation); logout revokes it at once.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { appUser, session } from '../../store/schema/index.ts';
import { actorForUser } from '../administer/actor-for-user.ts';
import { hashPassword, verifyPassword } from '../administer/password-hash.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceActor, ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { ReadCache } from '../read-cache.ts';
import { parseInput } from '../validate.ts';

/** A session ends 12 hours after login, or after 2 hours without a request. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

export const loginInput = z.object({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(256),
});

export type LoginResult = {
  token: string;
  expiresAt: Date;
  actor: ServiceActor;
  displayName: string;
  locale: string;
};

let dummy: Promise<string> | undefined;
function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function badCredentials(): AppError {
  return new AppError('unauthenticated', {
    id: 'Nama pengguna atau kata sandi salah.',
    en: 'Wrong username or password.',
  });
}

/** Checks the password and opens a new session. The same message for an unknown user and a wrong password. */
export async function login(
  db: Database,
  input: unknown,
  meta: { now: Date; ipAddress?: string; userAgent?: string },
): Promise<LoginResult> {
  const { username, password } = parseInput(loginInput, input);
  const [user] = await db
    .select()
    .from(appUser)
    .where(sql`lower(${appUser.username}) = lower(${username})`);
  // An unknown user costs the same scrypt work as a wrong password: no user enumeration by timing.
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user?.passwordHash || !ok || !user.isActive) throw badCredentials();
  const actor = await actorForUser(db, user.id);
  if (!actor) throw badCredentials();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(meta.now.getTime() + SESSION_ABSOLUTE_MS);
  await db.transaction(async (tx) => {
    await tx.insert(session).values({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: meta.now,
      expiresAt,
      lastSeenAt: meta.now,
      ipAddress: meta.ipAddress ?? null,
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
    });
    await tx.update(appUser).set({ lastLoginAt: meta.now }).where(eq(appUser.id, user.id));
    const ctx: ServiceContext = { db: tx as unknown as Database, actor, origin: 'web', now: () => meta.now };
    await recordAudit(tx as unknown as Database, ctx, {
      action: 'session.login',
      entityTable: 'app_user',
      entityId: user.id,
      agencyId: actor.agencyId,
    });
  });
  return { token, expiresAt, actor, displayName: user.displayName, locale: user.locale };
}

export type ResolvedSession = { actor: ServiceActor; displayName: string; locale: string; sessionId: string };

/** How often a session's last-seen time is written (idle expiry is measured in hours). */
export const SESSION_TOUCH_MS = 60 * 1000;

type CachedSession = { resolved: ResolvedSession; expiresAt: Date; lastSeenAt: Date } | null;
/** A session depends on accounts and roles only: entering records leaves it cached (see read-cache.ts). */
const sessions = new ReadCache<CachedSession>(2000, { dependsOn: 'setup' });

/** The session behind a token, or null when it is unknown, revoked or expired. Touches its last-seen time. */
export async function resolveSession(
  db: Database,
  token: string,
  now: Date,
): Promise<ResolvedSession | null> {
  if (token.length < 20 || token.length > 100) return null;
  const key = hashToken(token);
  const found = await sessions.get(db, key, () => loadSession(db, key, now), now.getTime());
  if (!found) return null;
  if (now >= found.expiresAt || now.getTime() - found.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    sessions.delete(key);
    return null;
  }
  if (now.getTime() - found.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    found.lastSeenAt = now;
    await db.update(session).set({ lastSeenAt: now }).where(eq(session.id, found.resolved.sessionId));
  }
  return found.resolved;
}

async function loadSession(db: Database, tokenHash: string, now: Date): Promise<CachedSession> {
  const [row] = await db
    .select({
      id: session.id,
      userId: session.userId,
      expiresAt: session.expiresAt,
      lastSeenAt: session.lastSeenAt,
    })
    .from(session)
    .where(and(eq(session.tokenHash, tokenHash), isNull(session.revokedAt)));
  if (!row) return null;
  const [user] = await db
    .select({ displayName: appUser.displayName, locale: appUser.locale, isActive: appUser.isActive })
    .from(appUser)
    .where(eq(appUser.id, row.userId));
  if (!user?.isActive) return null;
  const actor = await actorForUser(db, row.userId);
  if (!actor) return null;
  return {
    resolved: { actor, displayName: user.displayName, locale: user.locale, sessionId: row.id },
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt ?? now,
  };
}

/** Revokes the session behind a token; unknown tokens are ignored. */
export async function logout(db: Database, token: string, now: Date): Promise<void> {
  sessions.delete(hashToken(token));
  await db
    .update(session)
    .set({ revokedAt: now })
    .where(and(eq(session.tokenHash, hashToken(token)), isNull(session.revokedAt)));
}
