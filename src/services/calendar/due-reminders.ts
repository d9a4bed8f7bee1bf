/**
 * Which deadline reminders are due at `now`: a deadline's reminder is due
 * from its reminder day (`reminderWorkingDays` working days before the due
 * date, see working-days.ts) until the due date ends, in the region's zone.
 * It goes to the active operators and kepala of each agency that still owes
 * the work (reporting-status.ts); agencies already done are not reminded.
 *
 * Pure reading: sendDueReminders writes the notifications.
 */
import { and, eq, gt, inArray } from 'drizzle-orm';
import type { Database } from '../../store/database.ts';
import { appUser, region, reportingDeadline, userRole } from '../../store/schema/index.ts';
import { deadlineResult, type DeadlineResult } from './deadline-texts.ts';
import { agencyStatuses } from './reporting-status.ts';
import { localDate, workingDaysBefore } from './working-days.ts';

export type ReminderOptions = {
  /** Moving national holidays and cuti bersama (`YYYY-MM-DD`), skipped when counting working days. */
  holidays?: Iterable<string>;
  /** Only this region's deadlines. */
  regionId?: string;
};

export type ReminderRecipient = {
  userId: string;
  displayName: string;
  email: string | null;
  locale: string;
  agencyId: string;
  agencyName: string;
};

export type DueReminder = {
  deadline: DeadlineResult;
  /** The day reminders start, in the region's calendar. */
  reminderDate: string;
  recipients: ReminderRecipient[];
};

/** The reminder day of a deadline: `reminderWorkingDays` working days before the due date. */
export function reminderDate(
  deadline: Pick<DeadlineResult, 'dueDate' | 'reminderWorkingDays'>,
  holidays: Iterable<string> = [],
): string {
  return workingDaysBefore(deadline.dueDate, deadline.reminderWorkingDays, new Set(holidays));
}

export async function dueReminders(
  db: Database,
  now: Date,
  options: ReminderOptions = {},
): Promise<DueReminder[]> {
  const holidays = new Set(options.holidays ?? []);
  const open = await db
    .select({ deadline: reportingDeadline, timeZone: region.timeZone })
    .from(reportingDeadline)
    .innerJoin(region, eq(region.id, reportingDeadline.regionId))
    .where(
      and(
        gt(reportingDeadline.dueAt, now),
        options.regionId === undefined ? undefined : eq(reportingDeadline.regionId, options.regionId),
      ),
    )
    .orderBy(reportingDeadline.dueAt);
  const due: DueReminder[] = [];
  for (const { deadline, timeZone } of open) {
    const from = reminderDate(deadline, holidays);
    if (localDate(now, timeZone) < from) continue;
    const owing = (await agencyStatuses(db, deadline)).filter((status) => !status.done);
    if (owing.length === 0) continue;
    const names = new Map(owing.map((status) => [status.agencyId, status.name]));
    const users = await db
      .selectDistinct({
        userId: appUser.id,
        displayName: appUser.displayName,
        email: appUser.email,
        locale: appUser.locale,
        agencyId: userRole.agencyId,
      })
      .from(userRole)
      .innerJoin(appUser, eq(appUser.id, userRole.userId))
      .where(
        and(
          inArray(userRole.agencyId, [...names.keys()]),
          inArray(userRole.role, ['operator', 'kepala']),
          eq(appUser.isActive, true),
        ),
      )
      .orderBy(appUser.id);
    const seen = new Set<string>();
    const recipients: ReminderRecipient[] = [];
    for (const user of users) {
      if (user.agencyId === null || seen.has(user.userId)) continue;
      seen.add(user.userId);
      recipients.push({ ...user, agencyId: user.agencyId, agencyName: names.get(user.agencyId) ?? '' });
    }
    if (recipients.length > 0)
      due.push({ deadline: deadlineResult(deadline), reminderDate: from, recipients });
  }
  return due;
}
