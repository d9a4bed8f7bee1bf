/**
 * Sends the reminders that are due (due-reminders.ts): one in-app
 * notification per (deadline, user), idempotent (a unique key per user and
 * deadline; running it again, or from two servers, adds nothing), and an
 * e-mail for each new notification when a mailer is given (SMTP configured)
 * and the user has an address. An e-mail that fails is counted, not retried:
 * the in-app notification stands. Meant to run on a timer (e.g. hourly).
 */
import type { Database } from '../../store/database.ts';
import { notification } from '../../store/schema/index.ts';
import { deadlineLabel, deadlineLink } from './deadline-texts.ts';
import { dueReminders, type ReminderOptions } from './due-reminders.ts';
import type { Mailer } from './mailer.ts';
import { formatDate } from '../../domain/dates.ts';

export type SendRemindersResult = { notified: number; emailed: number; emailFailures: number };

export async function sendDueReminders(
  db: Database,
  now: Date,
  options: ReminderOptions & { mailer?: Mailer } = {},
): Promise<SendRemindersResult> {
  const result: SendRemindersResult = { notified: 0, emailed: 0, emailFailures: 0 };
  const mails: { to: string; subject: string; text: string }[] = [];
  for (const due of await dueReminders(db, now, options)) {
    const { deadline } = due;
    const label = deadlineLabel(deadline.kind, deadline.year, deadline.periodNo);
    const link = deadlineLink(deadline.kind, deadline.year, deadline.periodNo);
    for (const user of due.recipients) {
      const textId = `Pengingat: ${label.id} jatuh tempo ${formatDate(deadline.dueDate, 'id')} (${user.agencyName}).`;
      const textEn = `Reminder: ${label.en} is due on ${formatDate(deadline.dueDate, 'en')} (${user.agencyName}).`;
      const inserted = await db
        .insert(notification)
        .values({
          userId: user.userId,
          kind: 'deadline.reminder',
          textId,
          textEn,
          link,
          dedupeKey: `deadline.reminder:${deadline.id}`,
          createdAt: now,
        })
        .onConflictDoNothing()
        .returning({ id: notification.id });
      if (inserted.length === 0) continue;
      result.notified += 1;
      if (user.email !== null && user.email !== '') {
        const en = user.locale === 'en';
        mails.push({
          to: user.email,
          subject: en
            ? `Reminder: ${label.en} due ${formatDate(deadline.dueDate, 'en')}`
            : `Pengingat: ${label.id} jatuh tempo ${formatDate(deadline.dueDate, 'id')}`,
          text: en ? textEn : textId,
        });
      }
    }
  }
  if (options.mailer) {
    for (const mail of mails) {
      try {
        await options.mailer.send(mail);
        result.emailed += 1;
      } catch {
        result.emailFailures += 1;
      }
    }
  }
  return result;
}
