import { createServer, connect, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between the app and PostgreSQL that reads what the app sends and records every SQL
 * statement it asks the server to run: a simple-protocol Query ('Q') or an extended-protocol
 * Parse ('P'; node-postgres parses every parameterised query it sends, unnamed). Bytes pass
 * through unchanged in both directions.
 *
 * Why here and not in PostgreSQL's statistics views: pg_stat_statements is not installed, and
 * pg_stat_database / pg_stat_user_tables are flushed by each backend lazily (PostgreSQL 15+ holds a
 * backend's counters up to 10 s while it is idle), so a before/after difference read right after a
 * request is not reliable. The wire is exact and immediate. The job queue's own statements (its
 * `pgboss` schema) are left out: its workers poll on their own clock.
 */
export interface StatementCounter {
  /** The URL to give the app: the database's URL with the relay's host and port. */
  url: string;
  /** Statements recorded since the last `take`, oldest first; starts a new count. */
  take(): string[];
  close(): Promise<void>;
}

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export async function startStatementCounter(databaseUrl: string): Promise<StatementCounter> {
  const target = new URL(databaseUrl);
  let recorded: string[] = [];
  const sockets = new Set<Socket>();

  const record = (sql: string) => {
    if (!/\bpgboss\b/i.test(sql)) recorded.push(sql);
  };

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let started = false; // after the startup message every message has a type byte
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!started) {
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) started = true;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const total = 1 + pending.readInt32BE(1);
        if (pending.length < total) break;
        const type = String.fromCharCode(pending[0]);
        const body = pending.subarray(5, total);
        if (type === 'Q') record(body.toString('utf8', 0, body.indexOf(0)));
        if (type === 'P') {
          const afterName = body.indexOf(0) + 1;
          record(body.toString('utf8', afterName, body.indexOf(0, afterName)));
        }
        pending = pending.subarray(total);
      }
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return {
    url: url.toString(),
    take() {
      const out = recorded;
      recorded = [];
      return out;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
