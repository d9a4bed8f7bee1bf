/**
 * The `Mailer` over SMTP, by nodemailer (docs/decisions/0007-email-reminders.md):
 * STARTTLS, AUTH, dot-stuffing and encodings are its job. Configured from the
 * environment once, at start (`mailerFromEnv`): `SMTP_URL`
 * (`smtp://user:pass@host:587`, STARTTLS when the server offers it, or
 * `smtps://user:pass@host:465`, TLS from the first byte) and `SMTP_FROM`
 * (the sender, default `Akuntabel <noreply@localhost>`). Without `SMTP_URL`
 * there is no mailer and reminders are in-app only.
 *
 * One connection per message (reminders are few, sent every 10 minutes at
 * most); short timeouts so an unreachable server fails a round quickly
 * instead of holding it for minutes. A failure rejects `send`; the caller
 * counts it (send-due-reminders.ts).
 */
import { createTransport } from 'nodemailer';
import type { MailMessage, Mailer } from './mailer.ts';

export const DEFAULT_SMTP_FROM = 'Akuntabel <noreply@localhost>';

export type SmtpMailerOptions = {
  /** `smtp://[user:pass@]host[:port]` or `smtps://…`; credentials percent-encoded. */
  url: string;
  /** The sender, `Name <address>` or a bare address. */
  from?: string;
  /** Longest wait for the connection, the greeting and each reply; default 15 s. */
  timeoutMs?: number;
};

export class SmtpMailer implements Mailer {
  readonly from: string;
  private readonly transport: ReturnType<typeof createTransport>;

  constructor(options: SmtpMailerOptions) {
    const url = parseSmtpUrl(options.url);
    const timeout = options.timeoutMs ?? 15_000;
    this.from = options.from ?? DEFAULT_SMTP_FROM;
    this.transport = createTransport({
      url: url.href,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
    });
  }

  /** Releases the transport (nothing stays open between messages, but a caller may be tidy). */
  close(): void {
    this.transport.close();
  }
}

/**
 * An `SmtpMailer` when `SMTP_URL` is set (non-empty), else undefined. A
 * malformed `SMTP_URL` throws, naming the variable but not its value (it
 * may hold a password), so a bad configuration stops the start instead of
 * losing every e-mail silently.
 */
export function mailerFromEnv(env: Record<string, string | undefined>): SmtpMailer | undefined {
  const url = env.SMTP_URL?.trim();
  if (url === undefined || url === '') return undefined;
  const from = env.SMTP_FROM?.trim();
  return new SmtpMailer({ url, from: from === undefined || from === '' ? DEFAULT_SMTP_FROM : from });
}

function parseSmtpUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(
      'SMTP_URL is not a URL (expected smtp://user:pass@host:587 or smtps://user:pass@host:465)',
    );
  }
  if ((url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    throw new Error('SMTP_URL must be smtp://host[:port] or smtps://host[:port]');
  }
  return url;
}
