/** Who may see a job: the user who started it, or a user of the same agency (for an agency's job). */
import { eq } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { backgroundJob } from '../../store/schema/index.ts';
import type { ServiceContext } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';

export type JobRow = typeof backgroundJob.$inferSelect;

export async function loadVisibleJob(tx: Database, ctx: ServiceContext, jobId: string): Promise<JobRow> {
  const [row] = await tx.select().from(backgroundJob).where(eq(backgroundJob.id, jobId));
  if (!row) throw notFound({ id: 'Pekerjaan', en: 'Job' });
  const owner = row.ownerUserId !== null && row.ownerUserId === ctx.actor.userId;
  const sameAgency = row.agencyId !== null && row.agencyId === ctx.actor.agencyId;
  if (!owner && !sameAgency) throw forbidden();
  return row;
}
