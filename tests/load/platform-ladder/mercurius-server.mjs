// Rung "mercurius": Fastify + Mercurius with graphql-jit, the app's group commit; no Nest.
import Fastify from 'fastify';
import mercurius from 'mercurius';
import pg from 'pg';
import shared from './submit-sql.cjs';

const { SUBMIT_SDL, submitter } = shared;

const pool = new pg.Pool({ max: 20 });
pool.on('error', () => undefined);
const submit = submitter(pool);
const app = Fastify({ logger: false });
app.register(mercurius, {
  schema: SUBMIT_SDL,
  resolvers: { Mutation: { submitResponse: (_, { input }, ctx) => submit(input, ctx.ip) } },
  jit: 1,
  context: (req) => ({ ip: req.ip }),
});
await app.listen({ port: Number(process.env.BASELINE_PORT ?? 0), host: '127.0.0.1' });
process.stdout.write(`listening ${app.server.address().port}\n`);
process.on('SIGTERM', () =>
  app
    .close()
    .then(() => pool.end())
    .finally(() => process.exit(0)),
);
