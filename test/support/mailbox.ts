// A real SMTP server on a free local port, collecting what Waymark sends, for tests that follow mailed links.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  /** The message with quoted-printable soft line breaks and escapes undone: good enough to find links in. */
  text: string;
}

const decodeQuotedPrintable = (raw: string) =>
  raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

export const startTestMailbox = async (options: { rejectFirst?: number; holdAtRecipient?: boolean } = {}) => {
  const received: ReceivedMail[] = [];
  let toReject = options.rejectFirst ?? 0;
  // Holding answers RCPT TO later: the sender is mid-transaction and nothing is delivered until `release`.
  let holding = options.holdAtRecipient ?? false;
  const heldRecipients: (() => void)[] = [];
  let recipientsSeen = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      recipientsSeen += 1;
      if (holding) heldRecipients.push(() => callback());
      else callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        if (toReject > 0) {
          toReject -= 1;
          callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
          return;
        }
        const text = decodeQuotedPrintable(raw);
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          subject: /^Subject: (.*)$/m.exec(text)?.[1] ?? '',
          text,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Waits until a mail to `to` matching `subject` arrives. */
    async waitFor(to: string, subject: RegExp, timeoutMs = 15_000) {
      const started = Date.now();
      for (;;) {
        const mail = received.find((m) => m.to.includes(to) && subject.test(m.subject));
        if (mail) return mail;
        if (Date.now() - started > timeoutMs) {
          throw new Error(
            `no mail to ${to} matching ${String(subject)}; got: ${received.map((m) => m.subject).join(', ')}`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** Waits until `count` recipients have been named (with `holdAtRecipient`: until that many sends are held). */
    async waitForRecipients(count: number, timeoutMs = 30_000) {
      const started = Date.now();
      while (recipientsSeen < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`${recipientsSeen} of ${count} recipients named`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** Stops holding: held transactions go on (a sender that has gone meanwhile delivers nothing). */
    release() {
      holding = false;
      for (const answer of heldRecipients.splice(0)) answer();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export const tokenIn = (mail: ReceivedMail) => {
  const token = /[?&]token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
  if (token === undefined) throw new Error(`no link with a token in: ${mail.text}`);
  return token;
};
