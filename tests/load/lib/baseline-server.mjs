// The bare baseline for submitResponse: node:http + a pg Pool (max 20) doing ONE
// INSERT per request into bench_baseline, with the same request body the app gets.
// Run as a child process: env BASELINE_PORT and PG* (host, port, user, password, database).
// Prints "listening <port>" once it accepts requests.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ max: 20 });
pool.on('error', () => undefined); // idle clients dropped at shutdown

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    let status = 200;
    let out;
    try {
      const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const input = variables.input;
      const answers = {};
      for (const a of input.answers) answers[a.questionId] = a.value;
      const id = randomUUID();
      // The unique client_id gives the same "never twice" guarantee the app's constraint gives.
      const r = await pool.query(
        'INSERT INTO bench_baseline (id, client_id, answers) VALUES ($1, $2, $3) ON CONFLICT (client_id) DO NOTHING RETURNING id',
        [id, input.clientResponseId, answers],
      );
      out = { data: { submitResponse: { responseId: r.rows[0]?.id ?? id } } };
    } catch (error) {
      status = 500;
      out = { errors: [{ message: String(error?.message ?? error) }] };
    }
    const body = JSON.stringify(out);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    });
    res.end(body);
  });
});

server.listen(Number(process.env.BASELINE_PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});

process.on('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  pool.end().finally(() => process.exit(0));
});
