/** The fields of an IKM survey as typed in the survey form (create and update share them). */
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';
import { IKM_METHODS } from '../../store/schema/enums.ts';
import { ikmSurvey } from '../../store/schema/index.ts';
import { alreadyExists } from '../errors.ts';

const isoDate = z.iso.date();

export const ikmSurveyFields = {
  /** The service surveyed (jenis layanan); blank for the agency as a whole. */
  serviceName: z.string().trim().max(200),
  /** e.g. "Semester I"; blank for the whole year. */
  periodLabel: z.string().trim().max(100),
  method: z.enum(IKM_METHODS),
  startedOn: isoDate.nullable(),
  endedOn: isoDate.nullable(),
};

/** The survey period must not end before it starts (ISO dates compare as text). */
export function periodProblem(startedOn: string | null, endedOn: string | null) {
  return startedOn !== null && endedOn !== null && endedOn < startedOn
    ? {
        path: 'endedOn',
        message: { id: 'tanggal selesai sebelum tanggal mulai', en: 'the end date is before the start date' },
      }
    : null;
}

/** One survey per agency, year, service and period: a second is refused naming the service field. */
export async function refuseDuplicateSurvey(
  tx: Database,
  key: { agencyId: string; year: number; serviceName: string; periodLabel: string },
  exceptId: string | null,
): Promise<void> {
  const [other] = await tx
    .select({ id: ikmSurvey.id })
    .from(ikmSurvey)
    .where(
      and(
        eq(ikmSurvey.agencyId, key.agencyId),
        eq(ikmSurvey.year, key.year),
        eq(ikmSurvey.serviceName, key.serviceName),
        eq(ikmSurvey.periodLabel, key.periodLabel),
        exceptId === null ? undefined : ne(ikmSurvey.id, exceptId),
      ),
    );
  if (other)
    throw alreadyExists(
      {
        id: `Survei layanan "${key.serviceName || 'seluruh layanan'}" periode "${key.periodLabel || 'setahun'}" tahun ${key.year}`,
        en: `A survey of "${key.serviceName || 'all services'}", period "${key.periodLabel || 'whole year'}", ${key.year}`,
      },
      'serviceName',
    );
}
