import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DataSource, type EntitySchema } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_ENTITIES } from '@persona-lab/analytics';
import { AUTH_ENTITIES } from '@persona-lab/auth';
import { CODING_ENTITIES } from '@persona-lab/coding';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { FEEDBACK_ENTITIES } from '@persona-lab/feedback';
import { INTERVIEWS_ENTITIES } from '@persona-lab/interviews';
import { MAIL_ENTITIES } from '@persona-lab/mail';
import { NOTIFICATIONS_ENTITIES } from '@persona-lab/notifications';
import { PERSONAS_ENTITIES } from '@persona-lab/personas';
import { STUDIES_ENTITIES } from '@persona-lab/studies';
import { SURVEYS_ENTITIES } from '@persona-lab/surveys';
import { SYNTHESIS_ENTITIES } from '@persona-lab/synthesis';

// Every table has one owner: the lib whose `src/data/` declares its entity. Only that folder
// holds SQL, and no SQL anywhere names another lib's table (reads go through the owner's readers).

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = readonly (Function | EntitySchema)[];
const OWNERS: Record<string, EntityList> = {
  auth: AUTH_ENTITIES,
  studies: STUDIES_ENTITIES,
  surveys: SURVEYS_ENTITIES,
  interviews: INTERVIEWS_ENTITIES,
  feedback: FEEDBACK_ENTITIES,
  analytics: ANALYTICS_ENTITIES,
  coding: CODING_ENTITIES,
  synthesis: SYNTHESIS_ENTITIES,
  personas: PERSONAS_ENTITIES,
  notifications: NOTIFICATIONS_ENTITIES,
  mail: MAIL_ENTITIES,
};

const root = resolve(__dirname, '../../../..');

/** One SQL reference to a table in a source file. */
interface TableUse {
  table: string;
  write: boolean;
}

const WRITE =
  /\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+"?([a-z_][a-z0-9_]*)"?/g;
const READ = /\b(?:FROM|JOIN)\s+"?([a-z_][a-z0-9_]*)"?/g;

/** The known tables a piece of source text names in SQL (upper-case keywords, as all our SQL is written). */
function tableUses(text: string, tables: ReadonlySet<string>): TableUse[] {
  const uses: TableUse[] = [];
  for (const [re, write] of [
    [WRITE, true],
    [READ, false],
  ] as const) {
    for (const m of text.matchAll(re)) if (tables.has(m[1])) uses.push({ table: m[1], write });
  }
  return uses;
}

/** Query APIs that only a data layer may use. */
const DB_ACCESS =
  /\.query\(|\bcreateQueryRunner\(|\bgetRepository\(|@InjectRepository\(|\bEntityManager\b|\bDataSource\b/;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (/\.ts$/.test(entry.name) && !/\.(spec|integration-spec)\.ts$/.test(entry.name))
      out.push(path);
  }
  return out;
}

const ownerOf = new Map<string, string>();
let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase();
  ds = new DataSource({ type: 'postgres', url: db.url, entities: Object.values(OWNERS).flat() });
  await ds.initialize();
  for (const [lib, entities] of Object.entries(OWNERS)) {
    for (const entity of entities) {
      const table = ds.getMetadata(entity).tableName;
      expect(
        ownerOf.get(table),
        `${table} is declared by ${ownerOf.get(table)} and ${lib}`,
      ).toBeUndefined();
      ownerOf.set(table, lib);
    }
  }
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('table ownership', () => {
  it('finds writes and reads in SQL text, and nothing in plain words', () => {
    const tables = new Set(['persona', 'study', 'response']);
    expect(tableUses('INSERT INTO persona (id) VALUES ($1)', tables)).toEqual([
      { table: 'persona', write: true },
    ]);
    expect(tableUses('UPDATE persona SET name = $1', tables)).toContainEqual({
      table: 'persona',
      write: true,
    });
    expect(tableUses('SELECT 1 FROM response r JOIN study s ON s.id = r.study_id', tables)).toEqual(
      [
        { table: 'response', write: false },
        { table: 'study', write: false },
      ],
    );
    expect(tableUses('// answers from response to the study', tables)).toEqual([]);
  });

  it('gives every table of the migrated schema exactly one owning lib', async () => {
    const rows = await db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'`,
    );
    const tables = rows.map((r) => r.table_name).sort();
    expect(tables.length).toBeGreaterThan(20);
    expect(
      tables.filter((t) => !ownerOf.has(t)),
      'tables no lib owns',
    ).toEqual([]);
    expect(
      [...ownerOf.keys()].filter((t) => !tables.includes(t)),
      'entities without a table',
    ).toEqual([]);
  });

  it('declares entities whose columns and nullability match the migrations', async () => {
    const rows = await db.query<{
      table_name: string;
      column_name: string;
      is_nullable: 'YES' | 'NO';
    }>(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const columns = new Map(
      rows.map((r) => [`${r.table_name}.${r.column_name}`, r.is_nullable === 'YES']),
    );
    const mismatches: string[] = [];
    for (const meta of ds.entityMetadatas) {
      for (const column of meta.columns) {
        const key = `${meta.tableName}.${column.databaseName}`;
        if (!columns.has(key)) mismatches.push(`${key} is not in the schema`);
        else if (columns.get(key) !== column.isNullable)
          mismatches.push(`${key} is ${columns.get(key) ? '' : 'not '}nullable in the schema`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets no lib name another lib’s table in SQL, and keeps SQL in each lib’s src/data', () => {
    const tables = new Set(ownerOf.keys());
    const violations: string[] = [];
    for (const lib of readdirSync(join(root, 'libs'))) {
      if (lib === 'db') continue; // the migrations and the job queue
      for (const file of sources(join(root, 'libs', lib, 'src'))) {
        const text = readFileSync(file, 'utf8');
        const where = relative(root, file);
        const inData = where.startsWith(`libs/${lib}/src/data/`);
        const uses = tableUses(text, tables);
        for (const use of uses) {
          const owner = ownerOf.get(use.table);
          if (owner !== lib)
            violations.push(
              `${where} ${use.write ? 'writes' : 'reads'} ${use.table}, owned by ${owner}`,
            );
        }
        if (!inData && (uses.length > 0 || DB_ACCESS.test(text)))
          violations.push(`${where} queries the database outside src/data`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('has no global modules: every module imports what it uses', () => {
    const globals = Object.keys(OWNERS)
      .flatMap((lib) => sources(join(root, 'libs', lib, 'src')))
      .filter((file) => /global:\s*true|@Global\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(globals).toEqual([]);
  });
});
