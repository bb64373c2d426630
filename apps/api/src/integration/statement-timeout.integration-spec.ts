import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStatementTimeout } from '@persona-lab/db';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Every statement of the app's pool runs under STATEMENT_TIMEOUT_MS; one that runs longer is stopped
// by PostgreSQL (57014) and the client gets a sentence, never SQL.

const RESULTS = 'query($s: ID!) { surveyResults(surveyId: $s) { responseCount } }';

let t: TestApp;
let token: string;
let surveyId: string;

beforeAll(async () => {
  t = await createTestApp({ STATEMENT_TIMEOUT_MS: '500' });
  const ctx = await createStudyFixture(t, 'Timeouts');
  token = ctx.owner.token;
  const s = (
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'T',
          questions: [{ id: 'q', type: 'SHORT_TEXT', title: 'Q' }],
        },
      },
      token,
    )
  ).data!.createSurvey;
  surveyId = s.id;
});
afterAll(async () => {
  await t?.close();
});

describe('statement timeout', () => {
  it('sets statement_timeout on every connection of the pool', async () => {
    const ds = t.app.get(DataSource);
    const [row] = await ds.query('SHOW statement_timeout');
    expect(row.statement_timeout).toBe('500ms');
    const slow = await ds.query('SELECT pg_sleep(2)').then(
      () => null,
      (e: unknown) => e,
    );
    expect(isStatementTimeout(slow)).toBe(true);
  });

  it('answers a request whose SQL runs too long with SERVICE_UNAVAILABLE and a sentence, then serves the next one', async () => {
    expect((await t.gql(RESULTS, { s: surveyId }, token)).data?.surveyResults.responseCount).toBe(
      0,
    );
    // Another session holds the response table, so the results query waits past its timeout.
    const holder = new Client({ connectionString: t.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE response IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const res = await t.gql(RESULTS, { s: surveyId }, token);
      const error = errorOf(res);
      expect(error.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).toMatch(/took too long.*Narrow the filter/);
      expect(error.message).not.toMatch(/select|response|pg_|57014/i);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    expect((await t.gql(RESULTS, { s: surveyId }, token)).data?.surveyResults.responseCount).toBe(
      0,
    );
  });
});
