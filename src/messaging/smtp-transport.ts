import nodemailer, { type Transporter } from 'nodemailer';
import type { MessageTransport, OutgoingMessage } from './message-transport.js';

const subjects: Record<string, string> = {
  registration_code: 'Confirm your email for Card Vault',
  email_code: 'Your Card Vault email code',
  sign_in_code: 'Your Card Vault sign-in code',
};

/** Email over SMTP; SMS goes to `smsTransport` (SMTP cannot send texts). */
export class SmtpTransport implements MessageTransport {
  private readonly mailer: Transporter;

  constructor(private readonly options: { smtpUrl: string; from: string; smsTransport: MessageTransport }) {
    this.mailer = nodemailer.createTransport(options.smtpUrl);
  }

  async send(message: OutgoingMessage): Promise<void> {
    if (message.channel === 'sms') return this.options.smsTransport.send(message);
    await this.mailer.sendMail({
      from: this.options.from,
      to: message.to,
      subject: subjects[message.template] ?? 'Card Vault',
      text: message.text,
    });
  }
}
