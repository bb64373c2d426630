import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { it } from 'vitest';
import { createTestApp } from '../testing/test-app';

const g = createRequire(__filename)('graphql') as typeof import('graphql');
it('prints', async () => {
  const t = await createTestApp();
  const sdl = g.printSchema(g.lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
  writeFileSync('/tmp/generated.gql', sdl);
  const breaks = g.findBreakingChanges(g.buildSchema(readFileSync('/work/shared/api-contract.graphql', 'utf8')), g.buildSchema(sdl));
  writeFileSync('/tmp/breaks.json', JSON.stringify(breaks, null, 1));
  await t.close();
});
