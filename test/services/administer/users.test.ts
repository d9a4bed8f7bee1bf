/**
 * Users: created with a role scoped as authorization.ts requires, activated
 * or deactivated, password reset (with a stale version refused), listed per
 * region, and turned into the actor the services see.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorForUser } from '../../../src/services/administer/actor-for-user.ts';
import { createUser } from '../../../src/services/administer/create-user.ts';
import { listUsers } from '../../../src/services/administer/list-users.ts';
import { verifyPassword } from '../../../src/services/administer/password-hash.ts';
import { resetPassword } from '../../../src/services/administer/reset-password.ts';
import { setUserActive } from '../../../src/services/administer/set-user-active.ts';
import type { ServiceActor, ServiceContext } from '../../../src/services/context.ts';
import { appUser, auditLog, session, userRole } from '../../../src/store/schema/index.ts';
import { seedSmallAgency, type SmallAgency } from '../../support/store-fixtures.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';

let t: TestDatabase;
let home: SmallAgency;
let foreign: SmallAgency;
let admin: ServiceActor;

beforeAll(async () => {
  t = await createTestDatabase();
  home = await seedSmallAgency(t.db, '11');
  foreign = await seedSmallAgency(t.db, '12');
  admin = { userId: 'system', label: 'system', role: 'admin', regionId: home.region.id, agencyId: null };
});
afterAll(async () => t.close());

const now = new Date('2024-02-01T03:00:00Z');
const ctx = (actor: ServiceActor): ServiceContext => ({ db: t.db, actor, origin: 'web', now: () => now });

async function userCount(): Promise<number> {
  return (await t.db.select({ id: appUser.id }).from(appUser)).length;
}

describe('createUser', () => {
  it('creates an operator bound to an agency, with a scrypt hash and an audit event without it', async () => {
    const created = await createUser(ctx(admin), {
      regionId: home.region.id,
      username: 'Operator.Baru',
      displayName: 'Operator Baru',
      password: 'rahasia-sekali-123',
      role: 'operator',
      agencyId: home.agency.id,
    });
    expect(created).toMatchObject({ username: 'Operator.Baru', role: 'operator', agencyId: home.agency.id });
    const [row] = await t.db.select().from(appUser).where(eq(appUser.id, created.id));
    expect(row!.passwordHash).toMatch(/^scrypt\$/);
    expect(await verifyPassword('rahasia-sekali-123', row!.passwordHash!)).toBe(true);
    const roles = await t.db.select().from(userRole).where(eq(userRole.userId, created.id));
    expect(roles).toEqual([
      expect.objectContaining({ role: 'operator', regionId: home.region.id, agencyId: home.agency.id }),
    ]);
    const [event] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(event).toMatchObject({ action: 'app_user.created', origin: 'web', actorLabel: 'system' });
    expect(JSON.stringify(event!.after)).not.toContain('scrypt');
  });

  it('refuses an operator or kepala without an agency, and an admin or evaluator with one', async () => {
    const before = await userCount();
    const base = { regionId: home.region.id, displayName: 'X', password: 'rahasia-sekali-123' };
    for (const role of ['operator', 'kepala'] as const)
      await expect(
        createUser(ctx(admin), { ...base, username: `tanpa.${role}`, role }),
      ).rejects.toMatchObject({
        code: 'validation',
        fields: [expect.objectContaining({ path: 'agencyId' })],
      });
    for (const role of ['admin', 'evaluator'] as const)
      await expect(
        createUser(ctx(admin), { ...base, username: `dengan.${role}`, role, agencyId: home.agency.id }),
      ).rejects.toMatchObject({
        code: 'validation',
        fields: [expect.objectContaining({ path: 'agencyId' })],
      });
    expect(await userCount()).toBe(before);
  });

  it('lets a viewer be region-wide or bound to an agency', async () => {
    const base = { regionId: home.region.id, displayName: 'Pembaca', password: 'rahasia-sekali-123' };
    const wide = await createUser(ctx(admin), { ...base, username: 'viewer.daerah', role: 'viewer' });
    const bound = await createUser(ctx(admin), {
      ...base,
      username: 'viewer.dinas',
      role: 'viewer',
      agencyId: home.agency.id,
    });
    expect([wide.agencyId, bound.agencyId]).toEqual([null, home.agency.id]);
  });

  it('names every bad field: short password, bad username, non-uuid agency; nothing written', async () => {
    const before = await userCount();
    const error = await createUser(ctx(admin), {
      regionId: home.region.id,
      username: 'a b',
      displayName: 'X',
      password: 'pendek',
      role: 'operator',
      agencyId: 'bukan-uuid',
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'validation' });
    const paths = (error as { fields: { path: string }[] }).fields.map((f) => f.path).sort();
    expect(paths).toEqual(['agencyId', 'password', 'username']);
    expect(await userCount()).toBe(before);
  });

  it('refuses a taken username (any case) as a conflict on the field', async () => {
    await expect(
      createUser(ctx(admin), {
        regionId: home.region.id,
        username: 'operator.baru',
        displayName: 'Kembar',
        password: 'rahasia-sekali-123',
        role: 'viewer',
      }),
    ).rejects.toMatchObject({ code: 'conflict', fields: [expect.objectContaining({ path: 'username' })] });
  });

  it('refuses a foreign agency, a foreign region and a non-admin, writing nothing', async () => {
    const before = await userCount();
    const input = {
      regionId: home.region.id,
      username: 'penyusup',
      displayName: 'X',
      password: 'rahasia-sekali-123',
      role: 'operator',
      agencyId: foreign.agency.id,
    };
    await expect(createUser(ctx(admin), input)).rejects.toMatchObject({ code: 'validation' });
    await expect(
      createUser(ctx(admin), { ...input, regionId: foreign.region.id, agencyId: foreign.agency.id }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const operator: ServiceActor = {
      userId: home.user.id,
      label: home.user.username,
      role: 'operator',
      regionId: home.region.id,
      agencyId: home.agency.id,
    };
    await expect(createUser(ctx(operator), { ...input, agencyId: home.agency.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await userCount()).toBe(before);
  });
});

describe('setUserActive, resetPassword', () => {
  it('deactivates a user (sessions end, actor gone), refuses a stale version, reactivates', async () => {
    const user = home.user; // has an open session from the fixture
    expect(await actorForUser(t.db, user.id)).toMatchObject({ role: 'operator', agencyId: home.agency.id });
    const [current] = await t.db.select().from(appUser).where(eq(appUser.id, user.id));
    const off = await setUserActive(ctx(admin), {
      userId: user.id,
      isActive: false,
      version: current!.version,
    });
    expect(off).toMatchObject({ isActive: false, version: current!.version + 1 });
    const sessions = await t.db.select().from(session).where(eq(session.userId, user.id));
    expect(sessions.every((s) => s.revokedAt !== null)).toBe(true);
    expect(await actorForUser(t.db, user.id)).toBeNull();

    await expect(
      setUserActive(ctx(admin), { userId: user.id, isActive: true, version: current!.version }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const [still] = await t.db.select().from(appUser).where(eq(appUser.id, user.id));
    expect(still).toMatchObject({ isActive: false, version: off.version });

    const on = await setUserActive(ctx(admin), { userId: user.id, isActive: true, version: off.version });
    expect(on.isActive).toBe(true);
    const events = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['app_user.deactivated', 'app_user.activated']),
    );
  });

  it("refuses another region's admin and deactivating oneself", async () => {
    const foreignAdmin: ServiceActor = { ...admin, userId: foreign.user.id, regionId: foreign.region.id };
    const [row] = await t.db.select().from(appUser).where(eq(appUser.id, home.user.id));
    await expect(
      setUserActive(ctx(foreignAdmin), { userId: home.user.id, isActive: false, version: row!.version }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      setUserActive(ctx({ ...admin, userId: home.user.id }), {
        userId: home.user.id,
        isActive: false,
        version: row!.version,
      }),
    ).rejects.toMatchObject({ code: 'invalid-state' });
  });

  it('resets a password: the new one verifies, the old does not, the audit keeps no hash', async () => {
    const created = await createUser(ctx(admin), {
      regionId: home.region.id,
      username: 'lupa.sandi',
      displayName: 'Lupa',
      password: 'sandi-lama-123456',
      role: 'evaluator',
    });
    const updated = await resetPassword(ctx(admin), {
      userId: created.id,
      password: 'sandi-baru-654321',
      version: created.version,
    });
    expect(updated.version).toBe(created.version + 1);
    const [row] = await t.db.select().from(appUser).where(eq(appUser.id, created.id));
    expect(await verifyPassword('sandi-baru-654321', row!.passwordHash!)).toBe(true);
    expect(await verifyPassword('sandi-lama-123456', row!.passwordHash!)).toBe(false);
    await expect(
      resetPassword(ctx(admin), {
        userId: created.id,
        password: 'sandi-ketiga-999',
        version: created.version,
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const events = await t.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(events.map((e) => e.action)).toContain('app_user.password_reset');
    expect(JSON.stringify(events)).not.toContain('scrypt');
  });
});

describe('listUsers, actorForUser', () => {
  it("lists the region's users with their roles, never another region's", async () => {
    const { users } = await listUsers(ctx(admin), { regionId: home.region.id });
    const names = users.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['Operator.Baru', 'viewer.daerah', 'viewer.dinas']));
    expect(names).not.toContain(foreign.user.username);
    expect(users.find((u) => u.username === 'viewer.dinas')!.roles).toEqual([
      { role: 'viewer', regionId: home.region.id, agencyId: home.agency.id, orgUnitId: null },
    ]);
    expect(JSON.stringify(users)).not.toContain('scrypt');
    const { users: ofAgency } = await listUsers(ctx(admin), {
      regionId: home.region.id,
      agencyId: home.agency.id,
    });
    expect(ofAgency.map((u) => u.username)).not.toContain('viewer.daerah');
    await expect(listUsers(ctx(admin), { regionId: foreign.region.id })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('gives the actor from user_role rows; an agency role takes its region from the agency', async () => {
    // The fixture's operator role has agency_id but no region_id.
    expect(await actorForUser(t.db, foreign.user.id)).toEqual({
      userId: foreign.user.id,
      label: foreign.user.username,
      role: 'operator',
      regionId: foreign.region.id,
      agencyId: foreign.agency.id,
    });
    expect(await actorForUser(t.db, '00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('picks the broadest of several roles unless one is asked for', async () => {
    const created = await createUser(ctx(admin), {
      regionId: home.region.id,
      username: 'dua.peran',
      displayName: 'Dua Peran',
      password: 'rahasia-sekali-123',
      role: 'viewer',
      agencyId: home.agency.id,
    });
    await t.db.insert(userRole).values({ userId: created.id, role: 'evaluator', regionId: home.region.id });
    expect(await actorForUser(t.db, created.id)).toMatchObject({ role: 'evaluator', agencyId: null });
    expect(await actorForUser(t.db, created.id, { role: 'viewer' })).toMatchObject({
      role: 'viewer',
      agencyId: home.agency.id,
    });
    expect(await actorForUser(t.db, created.id, { role: 'kepala' })).toBeNull();
  });
});
