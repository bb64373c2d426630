import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 15: introspection and "did you mean" suggestions were on in production.

const INTROSPECT = '{ __schema { queryType { name } types { name } } }';
const TYPE = '{ __type(name: "User") { fields { name } } }';
const TYPO = '{ mee { id } }';

let production: TestApp;
let opened: TestApp;

beforeAll(async () => {
  production = await createTestApp({ NODE_ENV: 'production' });
  opened = await createTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
});
afterAll(async () => {
  await production?.close();
  await opened?.close();
});

describe('schema discovery in production', () => {
  it('refuses introspection by default', async () => {
    for (const query of [INTROSPECT, TYPE]) {
      const res = await production.gql(query);
      expect(res.data ?? null).toBeNull();
      expect(errorOf(res).message).toMatch(/introspection/i);
      expect(JSON.stringify(res)).not.toMatch(/"User"|"Workspace"|"fields"/);
    }
  });

  it('suggests no field names by default', async () => {
    const err = errorOf(await production.gql(TYPO));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).toMatch(/Cannot query field "mee"/);
    expect(err.message).not.toMatch(/Did you mean|"me"/);
  });

  it('answers introspection and suggestions with GRAPHQL_INTROSPECTION=true', async () => {
    const res = await opened.gql(INTROSPECT);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe('Query');
    expect(errorOf(await opened.gql(TYPO)).message).toMatch(/Did you mean "me"\?/);
  });
});
