import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Nest loads graphql's CommonJS build; printing with the same instance avoids the "another realm" error.
const { lexicographicSortSchema, printSchema } = createRequire(__filename)('graphql') as typeof import('graphql');
const committed = resolve(__dirname, '../../schema.gql');
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

// The web client's types are generated from the committed file, so it must match the code.
it('apps/api/schema.gql is what the code generates (npm run schema updates it)', () => {
  const generated = `${printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema))}\n`;
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(committed, generated);
  expect(readFileSync(committed, 'utf8')).toBe(generated);
});
