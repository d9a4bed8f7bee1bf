/** On startup: jobs left queued or running by a stopped process can never finish; mark them failed. */
import { inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { backgroundJob } from '../../store/schema/index.ts';

export const INTERRUPTED_TEXT = 'Pekerjaan terhenti karena server dimulai ulang; jalankan lagi.';

export async function recoverJobs(db: Database, now: Date): Promise<number> {
  const rows = await db
    .update(backgroundJob)
    .set({ status: 'failed', error: INTERRUPTED_TEXT, finishedAt: now, updatedAt: now })
    .where(inArray(backgroundJob.status, ['queued', 'running']))
    .returning({ id: backgroundJob.id });
  return rows.length;
}
