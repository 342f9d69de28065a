import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as the SMTP server received it: the envelope's recipients, the raw text, the parsed mail. */
export interface Arrived {
  envelopeTo: string[];
  raw: string;
  mail: ParsedMail;
}

export type SmtpCapture = Awaited<ReturnType<typeof startSmtp>>;

/** A real SMTP server on 127.0.0.1 that keeps what arrives; `refuse` makes it answer 451 to every message. */
export async function startSmtp() {
  const arrived: Arrived[] = [];
  const state = { refuse: false };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          arrived.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  const url = `smtp://127.0.0.1:${port}`;
  /** The mail settings of a Tessera server that sends through this one. */
  const settings = { smtpUrl: url, from: 'Tessera <tessera@example.org>' };
  return { arrived, state, url, settings, close: () => new Promise<void>((resolve) => smtp.close(resolve)) };
}

/** The header line `key` of a message, unfolded. */
export const headerOf = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, '') ?? '';
