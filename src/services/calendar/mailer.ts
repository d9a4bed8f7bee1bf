/**
 * Sending e-mail. The services depend on the `Mailer` interface only; the
 * server passes one when SMTP is configured, else none (reminders are then
 * in-app only). `SmtpMailer` (smtp-mailer.ts, over nodemailer) sends by
 * SMTP when `SMTP_URL` is set; `MemoryMailer` keeps what was sent (tests,
 * previews); `ConsoleMailer` prints it (development).
 */
export type MailMessage = { to: string; subject: string; text: string };

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  send(message: MailMessage): Promise<void> {
    this.sent.push(message);
    return Promise.resolve();
  }
}

export class ConsoleMailer implements Mailer {
  constructor(private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)) {}
  send(message: MailMessage): Promise<void> {
    this.write(`[mail] to ${message.to}: ${message.subject}`);
    return Promise.resolve();
  }
}
