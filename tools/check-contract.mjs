// Fails when apps/api/schema.gql breaks the public contract in ../shared.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';

const root = resolve(import.meta.dirname, '..');
const contractPath = resolve(root, '../shared/api-contract.graphql');
if (!existsSync(contractPath)) {
  console.log('contract: ../shared/api-contract.graphql not found; skipped');
  process.exit(0);
}
const contract = buildSchema(readFileSync(contractPath, 'utf8'));
const generated = buildSchema(readFileSync(resolve(root, 'apps/api/schema.gql'), 'utf8'));
const breaks = findBreakingChanges(contract, generated);
for (const b of breaks) console.error(`  ${b.type}: ${b.description}`);
if (breaks.length) {
  console.error(`contract: ${breaks.length} breaking change(s) against ../shared/api-contract.graphql`);
  process.exit(1);
}
console.log('contract: apps/api/schema.gql keeps every part of the public contract');
