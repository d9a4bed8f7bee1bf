/**
 * Signs a submitted PK version (submitted → signed): the Kepala records the
 * two parties — pihak pertama, the head of the unit (a signatory of this
 * agency), and pihak kedua, the head above (the regional head, or the head of
 * the unit above for a cascaded PK: a signatory of this region) — the date
 * printed on the document and its place. From then on the version and its
 * targets and budgets are immutable (the database refuses changes, AK001);
 * a change is a perubahan version (revisePk).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { appUser, pkVersion, position, signatory } from '../../store/schema/index.ts';
import { authorizeForAgency } from '../agency-scope.ts';
import { recordAudit } from '../audit.ts';
import { inTransaction, type ServiceContext } from '../context.ts';
import { validationError, type FieldError } from '../errors.ts';
import { withStoreErrors } from '../plan/store-errors.ts';
import { parseInput } from '../validate.ts';
import { updateVersioned } from '../versioned-update.ts';
import {
  loadPkVersion,
  PK_VERSION,
  pkVersionResult,
  requireStatus,
  type PkVersionResult,
} from './pk-rows.ts';

export const signPkInput = z
  .strictObject({
    pkVersionId: z.uuid(),
    version: z.number().int().min(1),
    firstPartySignatoryId: z.uuid(),
    secondPartySignatoryId: z.uuid(),
    /** The date printed on the document (local date, YYYY-MM-DD). */
    signedOn: z.iso.date(),
    signedPlace: z.string().trim().min(1).max(200).optional(),
  })
  .refine((v) => v.firstPartySignatoryId !== v.secondPartySignatoryId, {
    path: ['secondPartySignatoryId'],
    message: 'pihak kedua harus orang lain / the second party must be someone else',
  });
export type SignPkInput = z.input<typeof signPkInput>;

export async function signPk(ctx: ServiceContext, input: unknown): Promise<PkVersionResult> {
  const data = parseInput(signPkInput, input);
  return withStoreErrors(() =>
    inTransaction(ctx, async (tx) => {
      const { version: row } = await loadPkVersion(tx, data.pkVersionId);
      const scope = await authorizeForAgency(tx, ctx, 'pk.sign', row.agencyId);
      requireStatus(row, ['submitted'], { id: 'ditandatangani', en: 'signed' });

      const errors: FieldError[] = [];
      const check = async (id: string, field: string, ownAgencyOnly: boolean) => {
        const [found] = await tx
          .select({ signatory, regionId: position.regionId })
          .from(signatory)
          .innerJoin(position, eq(signatory.positionId, position.id))
          .where(eq(signatory.id, id));
        const s = found?.signatory;
        const fits =
          found !== undefined &&
          found.regionId === scope.regionId &&
          (ownAgencyOnly
            ? s!.agencyId === row.agencyId
            : s!.agencyId === null || s!.agencyId === row.agencyId);
        if (!fits) {
          errors.push({
            path: field,
            message: ownAgencyOnly
              ? {
                  id: 'penandatangan tidak ditemukan di perangkat daerah ini',
                  en: 'signatory not found in this agency',
                }
              : {
                  id: 'penandatangan tidak ditemukan di daerah ini',
                  en: 'signatory not found in this region',
                },
          });
          return;
        }
        const outside =
          (s!.validFrom !== null && data.signedOn < s!.validFrom) ||
          (s!.validTo !== null && data.signedOn > s!.validTo);
        if (outside) {
          errors.push({
            path: field,
            message: {
              id: `${s!.name} tidak menjabat pada tanggal ${data.signedOn}`,
              en: `${s!.name} did not hold the position on ${data.signedOn}`,
            },
          });
        }
      };
      await check(data.firstPartySignatoryId, 'firstPartySignatoryId', true);
      await check(data.secondPartySignatoryId, 'secondPartySignatoryId', false);
      if (errors.length > 0) throw validationError(errors);

      const [user] = !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ctx.actor.userId)
        ? []
        : await tx.select({ id: appUser.id }).from(appUser).where(eq(appUser.id, ctx.actor.userId));
      const updated = await updateVersioned(
        tx,
        pkVersion,
        row.id,
        data.version,
        {
          status: 'signed',
          firstPartySignatoryId: data.firstPartySignatoryId,
          secondPartySignatoryId: data.secondPartySignatoryId,
          signedOn: data.signedOn,
          signedPlace: data.signedPlace ?? null,
          signedAt: ctx.now(),
          signedByUserId: user?.id ?? null,
        },
        PK_VERSION,
        ctx.now(),
      );
      const result = await pkVersionResult(tx, updated);
      await recordAudit(tx, ctx, {
        action: 'pk_version.signed',
        entityTable: 'pk_version',
        entityId: row.id,
        agencyId: row.agencyId,
        before: { status: row.status, version: row.version },
        after: result,
      });
      return result;
    }),
  );
}
