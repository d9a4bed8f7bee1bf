/**
 * E-mail reminders over real SMTP: an in-process smtp-server on 127.0.0.1
 * (no TLS, no AUTH) receives what SmtpMailer sends through nodemailer.
 */
import { createServer, type AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sendDueReminders } from '../../../src/services/calendar/send-due-reminders.ts';
import { setDeadline } from '../../../src/services/calendar/set-deadline.ts';
import { DEFAULT_SMTP_FROM, mailerFromEnv, SmtpMailer } from '../../../src/services/calendar/smtp-mailer.ts';
import * as s from '../../../src/store/schema/index.ts';
import { createTestDatabase, type TestDatabase } from '../../support/test-db.ts';
import { contextAt, seedWorkflowWorld, type WorkflowWorld } from '../workflow-fixtures.ts';

type Received = { from: string; to: string[]; raw: string };

let t: TestDatabase;
let w: WorkflowWorld;
let smtp: SMTPServer;
let smtpPort: number;
const received: Received[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom;
        received.push({
          from: from === false ? '' : from.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  smtpPort = await new Promise<number>((resolve, reject) => {
    const listening = smtp.listen(0, '127.0.0.1', () => resolve((listening.address() as AddressInfo).port));
    listening.once('error', reject);
  });
});
beforeEach(async () => {
  await t.reset();
  w = await seedWorkflowWorld(t.db);
  received.length = 0;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t.close();
});

const SET_AT = new Date('2024-06-01T02:00:00Z');
/** Tuesday 9 July 2024, 09:00 WIB: the reminder day of the Q2 deadline. */
const REMINDER_DAY = new Date('2024-07-09T02:00:00Z');

/** Q2 2024 due Friday 12 July 2024, reminders 3 working days before. */
async function q2Deadline() {
  return setDeadline(contextAt(t.db, w, 'admin', SET_AT), {
    regionId: w.region.id,
    year: 2024,
    kind: 'realisation_quarter',
    periodNo: 2,
    dueDate: '2024-07-12',
    reminderWorkingDays: 3,
  });
}

/** A second operator of Dinas Sosial without an e-mail address. */
async function operatorWithoutEmail() {
  const [user] = await t.db
    .insert(s.appUser)
    .values({ username: 'operator.tanpa.surel', displayName: 'Operator Tanpa Surel', email: null })
    .returning();
  await t.db.insert(s.userRole).values({ userId: user!.id, role: 'operator', agencyId: w.agency.id });
  return user!;
}

/** A header of a received message, unfolded (RFC 5322 §2.2.3). */
function header(raw: string, name: string): string | undefined {
  const head = raw.split('\r\n\r\n')[0]!.replace(/\r\n(?=[ \t])/g, '');
  const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

/** The plain-text body, quoted-printable soft breaks removed. */
function body(raw: string): string {
  return raw.slice(raw.indexOf('\r\n\r\n') + 4).replace(/=\r\n/g, '');
}

async function unusedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The in-app reminders of one deadline (the world holds an older one of its own). */
async function reminderRows(deadlineId: string) {
  return t.db
    .select()
    .from(s.notification)
    .where(eq(s.notification.dedupeKey, `deadline.reminder:${deadlineId}`));
}

describe('SmtpMailer', () => {
  it('sends one reminder per user with an address, in the user’s language, once', async () => {
    const deadline = await q2Deadline();
    const silent = await operatorWithoutEmail();
    const mailer = new SmtpMailer({
      url: `smtp://127.0.0.1:${smtpPort}`,
      from: 'Bappeda Lima Puluh Kota <sakip@limapuluhkota.example.go.id>',
    });
    try {
      expect(await sendDueReminders(t.db, REMINDER_DAY, { mailer })).toEqual({
        notified: 3,
        emailed: 2,
        emailFailures: 0,
      });
      expect(received.map((m) => m.to)).toEqual(
        expect.arrayContaining([['operator01@example.go.id'], ['kepala01@example.go.id']]),
      );
      expect(received).toHaveLength(2);
      const byAddress = new Map(received.map((m) => [m.to[0], m]));
      const operator = byAddress.get('operator01@example.go.id')!;
      expect(operator.from).toBe('sakip@limapuluhkota.example.go.id');
      expect(header(operator.raw, 'From')).toBe(
        'Bappeda Lima Puluh Kota <sakip@limapuluhkota.example.go.id>',
      );
      expect(header(operator.raw, 'To')).toBe('operator01@example.go.id');
      expect(header(operator.raw, 'Subject')).toBe(
        'Pengingat: realisasi TW II 2024 jatuh tempo 12 Juli 2024',
      );
      expect(header(operator.raw, 'Content-Type')).toMatch(/^text\/plain/);
      expect(body(operator.raw)).toContain(
        'Pengingat: realisasi TW II 2024 jatuh tempo 12 Juli 2024 (Dinas Sosial).',
      );
      const kepala = byAddress.get('kepala01@example.go.id')!;
      expect(header(kepala.raw, 'Subject')).toBe('Reminder: realisations of Q2 2024 due 12 July 2024');
      expect(body(kepala.raw)).toContain('Reminder: realisations of Q2 2024 is due on 12 July 2024');

      // the user without an address has the in-app reminder only
      const rows = await reminderRows(deadline.id);
      expect(rows.map((r) => r.userId).sort()).toEqual([w.user.id, w.kepala.id, silent.id].sort());

      // running again (the next round, or a second server) sends nothing new
      expect(await sendDueReminders(t.db, new Date('2024-07-10T02:00:00Z'), { mailer })).toEqual({
        notified: 0,
        emailed: 0,
        emailFailures: 0,
      });
      expect(received).toHaveLength(2);
      expect(await reminderRows(deadline.id)).toHaveLength(3);
    } finally {
      mailer.close();
    }
  });

  it('counts an unreachable server as e-mail failures and keeps the in-app reminders', async () => {
    const deadline = await q2Deadline();
    const mailer = new SmtpMailer({ url: `smtp://127.0.0.1:${await unusedPort()}`, timeoutMs: 2000 });
    try {
      expect(await sendDueReminders(t.db, REMINDER_DAY, { mailer })).toEqual({
        notified: 2,
        emailed: 0,
        emailFailures: 2,
      });
    } finally {
      mailer.close();
    }
    expect(received).toEqual([]);
    const rows = await reminderRows(deadline.id);
    expect(rows.map((r) => r.userId).sort()).toEqual([w.user.id, w.kepala.id].sort());
    // not retried by mail: the notification already stands, so the next round adds nothing
    const working = new SmtpMailer({ url: `smtp://127.0.0.1:${smtpPort}` });
    try {
      expect(await sendDueReminders(t.db, REMINDER_DAY, { mailer: working })).toEqual({
        notified: 0,
        emailed: 0,
        emailFailures: 0,
      });
    } finally {
      working.close();
    }
  });
});

describe('mailerFromEnv', () => {
  it('is undefined without SMTP_URL (reminders in-app only)', () => {
    expect(mailerFromEnv({})).toBeUndefined();
    expect(mailerFromEnv({ SMTP_URL: '  ', SMTP_FROM: 'x@example.go.id' })).toBeUndefined();
  });

  it('builds an SmtpMailer from SMTP_URL and SMTP_FROM, with the default sender', () => {
    const plain = mailerFromEnv({ SMTP_URL: 'smtp://user:pa%40ss@mail.pemda.example.go.id:587' });
    expect(plain).toBeInstanceOf(SmtpMailer);
    expect(plain!.from).toBe(DEFAULT_SMTP_FROM);
    plain!.close();
    const tls = mailerFromEnv({
      SMTP_URL: 'smtps://user:pass@mail.pemda.example.go.id:465',
      SMTP_FROM: 'SAKIP <sakip@pemda.example.go.id>',
    });
    expect(tls!.from).toBe('SAKIP <sakip@pemda.example.go.id>');
    tls!.close();
  });

  it('refuses a malformed SMTP_URL without echoing it (it may hold a password)', () => {
    for (const url of ['mail.pemda.example.go.id:587', 'http://user:secret@mail.example.go.id', 'smtp://']) {
      let message = '';
      try {
        mailerFromEnv({ SMTP_URL: url });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/SMTP_URL/);
      expect(message).not.toContain('secret');
    }
  });
});
