/**
 * Writing the planned IKM responses of an import (plan-ikm-import.ts checked
 * them), per survey as save-ikm-responses saves by hand: the survey's version
 * guards the write and goes up by one (a survey changed meanwhile → conflict,
 * and the transaction writes nothing), removed respondents are deleted,
 * changed ones updated by version, new ones inserted — each in one statement
 * over `json_to_recordset` — and the survey's `ikm_survey.responses_saved`
 * event is written with the same before/after. Then the year's IKM is fed to
 * the indicators marked IKM (once for the whole import), and one
 * `ikm_survey.imported` event records the import.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../store/database.ts';
import { ikmResponse, ikmSurvey } from '../../store/schema/index.ts';
import { recordAudit } from '../audit.ts';
import type { ServiceContext } from '../context.ts';
import { conflict } from '../errors.ts';
import { feedIkmYear, SURVEY } from '../ikm/ikm-survey-data.ts';
import { updateVersioned } from '../versioned-update.ts';
import type { ImportProgressShare, ImportScope, ImportSummary } from './import-kind.ts';
import type { PlannedIkmWrite, ResponseValues } from './plan-ikm-import.ts';

const RESPONSE_TEXTS = { id: 'Jawaban responden survei IKM', en: 'IKM survey response' };

const json = (rows: unknown[]) => JSON.stringify(rows);

function columns(v: ResponseValues) {
  return {
    respondent_no: v.respondentNo,
    u1: v.u1,
    u2: v.u2,
    u3: v.u3,
    u4: v.u4,
    u5: v.u5,
    u6: v.u6,
    u7: v.u7,
    u8: v.u8,
    u9: v.u9,
    sex: v.sex,
    age_group: v.ageGroup,
    education: v.education,
    occupation: v.occupation,
    responded_on: v.respondedOn,
  };
}

const RECORD = sql.raw(
  `respondent_no int, u1 smallint, u2 smallint, u3 smallint, u4 smallint, u5 smallint, u6 smallint,
   u7 smallint, u8 smallint, u9 smallint, sex text, age_group text, education text, occupation text, responded_on date`,
);

async function writeSurvey(
  tx: Database,
  ctx: ServiceContext,
  write: PlannedIkmWrite,
  now: Date,
): Promise<void> {
  const { survey } = write;
  const at = now.toISOString();
  await updateVersioned(tx, ikmSurvey, survey.id, survey.version, {}, SURVEY, now);
  if (write.deletes.length > 0) {
    const deleted = await queryRows<{ id: string }>(
      tx,
      sql`delete from ${ikmResponse} as r using json_to_recordset(${json(write.deletes)}::json) as d(id uuid, version int)
          where r.id = d.id and r.version = d.version and r.ikm_survey_id = ${survey.id}::uuid
          returning r.id`,
    );
    if (deleted.length !== write.deletes.length) throw conflict(RESPONSE_TEXTS);
  }
  if (write.updates.length > 0) {
    const updated = await queryRows<{ id: string }>(
      tx,
      sql`update ${ikmResponse} as r set u1 = v.u1, u2 = v.u2, u3 = v.u3, u4 = v.u4, u5 = v.u5, u6 = v.u6,
            u7 = v.u7, u8 = v.u8, u9 = v.u9, sex = v.sex, age_group = v.age_group, education = v.education,
            occupation = v.occupation, responded_on = v.responded_on,
            version = r.version + 1, updated_at = ${at}::timestamptz
          from json_to_recordset(${json(
            write.updates.map((u) => ({ id: u.id, version: u.version, ...columns(u) })),
          )}::json) as v(id uuid, version int, ${RECORD})
          where r.id = v.id and r.version = v.version and r.ikm_survey_id = ${survey.id}::uuid
          returning r.id`,
    );
    if (updated.length !== write.updates.length) throw conflict(RESPONSE_TEXTS);
  }
  if (write.inserts.length > 0)
    await tx.execute(
      sql`insert into ${ikmResponse} (agency_id, ikm_survey_id, respondent_no, u1, u2, u3, u4, u5, u6, u7, u8, u9,
            sex, age_group, education, occupation, responded_on, created_at, updated_at)
          select ${survey.agencyId}::uuid, ${survey.id}::uuid, respondent_no, u1, u2, u3, u4, u5, u6, u7, u8, u9,
            sex, age_group, education, occupation, responded_on, ${at}::timestamptz, ${at}::timestamptz
          from json_to_recordset(${json(write.inserts.map(columns))}::json) as x(${RECORD})`,
    );
  await recordAudit(tx, ctx, {
    action: 'ikm_survey.responses_saved',
    entityTable: 'ikm_survey',
    entityId: survey.id,
    agencyId: survey.agencyId,
    before: write.audit.before,
    after: write.audit.after,
  });
}

export async function writeIkmImport(
  tx: Database,
  ctx: ServiceContext,
  scope: ImportScope,
  writes: readonly PlannedIkmWrite[],
  summary: ImportSummary,
  progress: ImportProgressShare,
): Promise<void> {
  const now = ctx.now();
  for (const [i, write] of writes.entries()) {
    await writeSurvey(tx, ctx, write, now);
    progress((i + 1) / (writes.length + 1));
  }
  // the year's IKM changed: the indicators marked "Nilai IKM" receive it (decision 0011)
  const feed = await feedIkmYear(tx, ctx, scope.agencyId, scope.year);
  await recordAudit(tx, ctx, {
    action: 'ikm_survey.imported',
    entityTable: 'ikm_survey',
    entityId: summary.fileSha256,
    agencyId: scope.agencyId,
    after: {
      ...summary,
      surveys: writes.map((w) => ({ surveyId: w.survey.id, ...w.audit.after })),
      feed: feed.map((f) => ({ indicator: f.code, year: f.year, value: f.value, outcome: f.outcome })),
    },
  });
  progress(1);
}
