/**
 * Creates a user with one role in the admin's region. The role decides the
 * scope (src/services/authorization.ts): an operator or a kepala works for
 * one agency (agencyId required); an admin or an evaluator works for the
 * whole region (no agency); a viewer may be either.
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { agency, appUser, userRole } from '../../store/schema/index.ts';
import { ROLES, type Role } from '../../store/schema/enums.ts';
import { recordAudit } from '../audit.ts';
import { authorize } from '../authorization.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { alreadyExists, validationError } from '../errors.ts';
import { fieldError, parseInput } from '../validate.ts';
import { hashPassword } from './password-hash.ts';
import { userView, type UserView } from './user-scope.ts';

/** Letters, digits, `.`, `_`, `-`; 3 to 64 characters (the database checks the same). */
export const usernameInput = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,64}$/);

/** At least 12 characters; long passphrases welcome. */
export const passwordInput = z.string().min(12).max(1024);

export const createUserInput = z.strictObject({
  regionId: z.uuid(),
  username: usernameInput,
  displayName: z.string().trim().min(1).max(200),
  password: passwordInput,
  email: z.email().nullable().optional(),
  nip: z
    .string()
    .regex(/^[0-9]{18}$/)
    .nullable()
    .optional(),
  locale: z.enum(['id', 'en']).optional(),
  role: z.enum(ROLES),
  agencyId: z.uuid().nullable().optional(),
});

/** Which roles must, may or must not be bound to one agency. */
export const ROLE_AGENCY_SCOPE: Readonly<Record<Role, 'required' | 'forbidden' | 'optional'>> = {
  operator: 'required',
  kepala: 'required',
  admin: 'forbidden',
  evaluator: 'forbidden',
  viewer: 'optional',
};

export type CreatedUser = UserView & { role: Role; regionId: string; agencyId: string | null };

export async function createUser(ctx: ServiceContext, input: unknown): Promise<CreatedUser> {
  const data = parseInput(createUserInput, input);
  const agencyId = data.agencyId ?? null;
  const scope = ROLE_AGENCY_SCOPE[data.role];
  if (scope === 'required' && agencyId === null)
    throw validationError([
      {
        path: 'agencyId',
        message: {
          id: `peran ${data.role} harus terikat pada satu perangkat daerah`,
          en: `the ${data.role} role must be bound to one agency`,
        },
      },
    ]);
  if (scope === 'forbidden' && agencyId !== null)
    fieldError(
      'agencyId',
      `peran ${data.role} bekerja di tingkat daerah, tanpa perangkat daerah`,
      `the ${data.role} role works region-wide, without an agency`,
    );
  // Authorize before hashing: the hash is slow on purpose, and must not be anyone's to spend.
  authorize(ctx.actor, 'region.admin', { regionId: data.regionId, agencyId: null });
  // Hash before the transaction: it needs no lock.
  const passwordHash = await hashPassword(data.password);

  return inTransaction(ctx, async (tx) => {
    if (agencyId !== null) {
      const [owner] = await tx
        .select({ id: agency.id })
        .from(agency)
        .where(and(eq(agency.id, agencyId), eq(agency.regionId, data.regionId)));
      if (!owner)
        fieldError('agencyId', 'perangkat daerah tidak ada di daerah ini', 'no such agency in this region');
    }
    const [sameName] = await tx
      .select({ id: appUser.id })
      .from(appUser)
      .where(sql`lower(${appUser.username}) = lower(${data.username})`);
    if (sameName)
      throw alreadyExists(
        { id: `Nama pengguna ${data.username}`, en: `Username ${data.username}` },
        'username',
      );
    if (data.email) {
      const [sameEmail] = await tx
        .select({ id: appUser.id })
        .from(appUser)
        .where(sql`lower(${appUser.email}) = lower(${data.email})`);
      if (sameEmail) throw alreadyExists({ id: `Surel ${data.email}`, en: `Email ${data.email}` }, 'email');
    }
    const [user] = await tx
      .insert(appUser)
      .values({
        username: data.username,
        displayName: data.displayName,
        email: data.email ?? null,
        nip: data.nip ?? null,
        passwordHash,
        ...(data.locale === undefined ? {} : { locale: data.locale }),
      })
      .returning();
    if (!user) throw new Error('insert returned no row');
    const [role] = await tx
      .insert(userRole)
      .values({ userId: user.id, role: data.role, regionId: data.regionId, agencyId })
      .returning();
    if (!role) throw new Error('insert returned no row');
    const view = userView(user);
    await recordAudit(tx, ctx, {
      action: 'app_user.created',
      entityTable: 'app_user',
      entityId: user.id,
      agencyId,
      after: { ...view, role: data.role, regionId: data.regionId, agencyId },
    });
    return { ...view, role: data.role, regionId: data.regionId, agencyId };
  });
}
