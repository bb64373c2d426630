// A Mailpit stand-in for browser tests: an SMTP server on 127.0.0.1 that keeps every message it
// accepts, and a small HTTP API to read them (JSON list, and each HTML body as a page to screenshot).
import { createServer } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** Starts the catcher; resolves once both ports listen. */
export async function startMailCatcher({ smtpPort, httpPort }) {
  const messages = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push({
            id: String(messages.length + 1),
            to: mail.to?.value?.map((a) => a.address) ?? [],
            from: mail.from?.value?.[0]?.address ?? null,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            headers: Object.fromEntries(
              [...mail.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
            ),
            receivedAt: new Date().toISOString(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const html = /^\/messages\/(\d+)\/html$/.exec(url.pathname);
    if (url.pathname === '/messages') {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(messages));
    }
    const found = html && messages.find((m) => m.id === html[1]);
    if (found) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(found.html);
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('No such message');
  });
  await new Promise((ok, fail) => smtp.listen(smtpPort, '127.0.0.1', ok).once('error', fail));
  await new Promise((ok, fail) => http.listen(httpPort, '127.0.0.1', ok).once('error', fail));
  return {
    close: () =>
      Promise.all([new Promise((ok) => smtp.close(ok)), new Promise((ok) => http.close(ok))]),
  };
}
