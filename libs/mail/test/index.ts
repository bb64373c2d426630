import { createServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the test SMTP server accepted, parsed. */
export interface ReceivedMail {
  /** The envelope recipients, comma-separated (one address for every mail the app sends). */
  to: string;
  /** The envelope sender. */
  envelopeFrom: string;
  /** The From header as written. */
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Every header by lower-case name, as its raw value (e.g. `headers['list-unsubscribe']`). */
  headers: Record<string, string>;
  messageId: string;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` for SMTP_URL. */
  url: string;
  port: number;
  /** Accepted messages, in order. */
  messages: ReceivedMail[];
  /** Resolves with the first message (received or to come) that matches; rejects after `timeoutMs`. */
  waitFor(pred?: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** Refuses the next `n` deliveries with `code` (default 451, a transient error) after reading them. */
  refuse(n: number, code?: number): void;
  /** How many deliveries were refused so far. */
  refused: number;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process on 127.0.0.1 (random port, no auth, no TLS: STARTTLS is
 * neither offered nor accepted), parsing each message with mailparser.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const waiters: { pred: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void }[] = [];
  let refuseLeft = 0;
  let refuseCode = 451;
  const state = { refused: 0 };

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    hideSTARTTLS: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (refuseLeft > 0) {
            refuseLeft--;
            state.refused++;
            const error = new Error(
              refuseCode >= 500 ? 'Mailbox unavailable' : 'Try again later',
            ) as Error & {
              responseCode: number;
            };
            error.responseCode = refuseCode;
            callback(error);
            return;
          }
          const headers: Record<string, string> = {};
          for (const { key, line } of parsed.headerLines)
            headers[key.toLowerCase()] = line.slice(line.indexOf(':') + 1).trim();
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((r) => r.address).join(', '),
            envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            from: headers.from ?? '',
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : '',
            headers,
            messageId: parsed.messageId ?? '',
          };
          messages.push(mail);
          for (const w of [...waiters]) {
            if (w.pred(mail)) {
              waiters.splice(waiters.indexOf(w), 1);
              w.resolve(mail);
            }
          }
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;

  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    get refused() {
      return state.refused;
    },
    waitFor(pred = () => true, timeoutMs = 10_000) {
      const found = messages.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          pred,
          resolve: (m: ReceivedMail) => {
            clearTimeout(timer);
            resolve(m);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(
            new Error(`No matching mail within ${timeoutMs} ms (${messages.length} received)`),
          );
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    refuse(n, code = 451) {
      refuseLeft = n;
      refuseCode = code;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP URL on a loopback port nothing listens on (connections are refused): an SMTP outage. */
export async function unusedSmtpUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}
