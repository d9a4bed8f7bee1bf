/**
 * The running system: the database (with the demo on first start), the API
 * (and, when built, the web app) on one port. Stopping closes the server and
 * the database, which releases the data-folder lock.
 */
import { openWithDemo, type OpenWithDemoOptions } from '../services/demo/ensure-demo.ts';
import type { DemoStatus } from '../services/demo/ensure-demo.ts';
import type { OpenedDatabase } from '../store/db.ts';
import { lockOverduePeriods } from '../services/calendar/period-lock.ts';
import { sendDueReminders } from '../services/calendar/send-due-reminders.ts';
import type { Mailer } from '../services/calendar/mailer.ts';
import { mailerFromEnv } from '../services/calendar/smtp-mailer.ts';
import { recoverJobs } from '../services/jobs/recover-jobs.ts';
import { bumpGeneration } from '../services/read-cache.ts';
import type { Database } from '../store/database.ts';
import { buildApp, type App } from './app.ts';

/** How often the calendar's reminders and locks are brought up to date while the server runs. */
export const CALENDAR_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Sends due reminders (in-app, and by e-mail when SMTP is configured) and locks overdue periods;
 * a failure is logged, never fatal.
 */
async function runCalendar(
  db: Database,
  now: Date,
  mailer: Mailer | undefined,
  log: (message: string) => void,
): Promise<void> {
  try {
    const sent = await sendDueReminders(db, now, { mailer });
    if (sent.emailFailures > 0)
      log(`kalender pelaporan: ${sent.emailFailures} e-mail pengingat gagal dikirim`);
    const locked = await lockOverduePeriods(db, now);
    if (locked.length > 0) bumpGeneration(db);
  } catch (error) {
    log(`kalender pelaporan: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export type RunningServer = {
  app: App;
  opened: OpenedDatabase;
  demo: DemoStatus;
  url: string;
  stop: () => Promise<void>;
};

export type ServerOptions = OpenWithDemoOptions & { port: number; host: string };

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const mailer = mailerFromEnv(process.env);
  const { opened, demo } = await openWithDemo(options);
  let app: App;
  const now = options.now ?? (() => new Date());
  try {
    await recoverJobs(opened.db, now());
    app = await buildApp({
      db: opened.db,
      now,
      demoLogins: demo.logins,
      ...(process.env.AKUNTABEL_WEB_DIST ? { webDist: process.env.AKUNTABEL_WEB_DIST } : {}),
    });
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await opened.close();
    throw error;
  }
  const log = (message: string) => app.log.warn(message);
  await runCalendar(opened.db, now(), mailer, log);
  const timer = setInterval(() => void runCalendar(opened.db, now(), mailer, log), CALENDAR_INTERVAL_MS);
  timer.unref();
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' ? 'localhost' : options.host;
  let stopped = false;
  return {
    app,
    opened,
    demo,
    url: `http://${shownHost}:${port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await app.close();
      await opened.close();
    },
  };
}
