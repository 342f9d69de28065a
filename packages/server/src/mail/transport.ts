import nodemailer from 'nodemailer';
import type { MailSettings } from '../settings.ts';

/** One message as it leaves: to one person, with its unsubscribe link in the RFC 8058 headers. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  unsubscribeUrl: string | null;
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Sends through the SMTP server of the settings (nodemailer). */
export function smtpTransport(settings: MailSettings): MailTransport {
  const transporter = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(mail) {
      await transporter.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        ...(mail.unsubscribeUrl && {
          headers: { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
        }),
      });
    },
    close: () => transporter.close(),
  };
}
