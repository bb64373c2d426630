import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { CustomerKeysModule, ParticipantKeyService } from '../src';

let db: TestDatabase;
let app: INestApplicationContext;
let keys: ParticipantKeyService;
let ds: DataSource;

@Module({})
class KeysOnlyModule {}

const newStudy = async (): Promise<string> => {
  const [ws] = await ds.query(`INSERT INTO workspace (name) VALUES ('Lab') RETURNING id`);
  const [study] = await ds.query(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'Keys') RETURNING id`,
    [ws.id],
  );
  return study.id;
};

beforeAll(async () => {
  db = await createTestDatabase();
  app = await NestFactory.createApplicationContext(
    {
      module: KeysOnlyModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(db.url, 8)),
        CustomerKeysModule.forRoot({ secret: 'test-secret-test-secret-test-secret' }),
      ],
    },
    { logger: false },
  );
  keys = app.get(ParticipantKeyService);
  ds = app.get(DataSource);
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('ParticipantKeyService', () => {
  it('hashes with the app secret, per study, never storing the raw value', async () => {
    const study = await newStudy();
    const hash = keys.hash(study, 'Ana.Lima@Example.com');
    expect(hash).toBe(keys.hash(study, ' ana.lima@example.com'));
    const linked = await ds.transaction((m) => keys.link(study, [{ keyHash: hash, label: 'Customer 1' }], m));
    expect(linked.size).toBe(1);
    const dump = JSON.stringify(
      await ds.query(
        `SELECT k.*, p.* FROM participant_key k JOIN participant p ON p.id = k.participant_id WHERE k.study_id = $1`,
        [study],
      ),
    );
    // Not /ana/: the hash is base64url under a secret made per run and spelled "ana" by chance
    // about once in a thousand runs (it did, 2026-12-06). A '.' never appears in base64url.
    expect(dump).not.toMatch(/ana\.lima|example\.com/i);
    expect(dump).toContain(hash);
  });

  it('makes one participant per key under concurrent links, and finds without creating', async () => {
    const study = await newStudy();
    const hashes = Array.from({ length: 40 }, (_, i) => keys.hash(study, `user-${i}`));
    const entries = hashes.map((keyHash, i) => ({ keyHash, label: `Customer ${i}` }));
    expect((await keys.find(study, hashes)).size).toBe(0);
    // Eight transactions link the same keys (in different orders) at once.
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        ds.transaction((m) =>
          keys.link(study, n % 2 ? [...entries].reverse() : entries, m),
        ),
      ),
    );
    for (const r of results) {
      expect(r.size).toBe(40);
      expect([...r.entries()].sort()).toEqual([...results[0].entries()].sort());
    }
    const [{ count }] = await ds.query(
      'SELECT count(*)::int AS count FROM participant WHERE study_id = $1',
      [study],
    );
    expect(count).toBe(40);
    const found = await keys.find(study, [...hashes, keys.hash(study, 'never-seen')]);
    expect(found.size).toBe(40);
    const [{ after }] = await ds.query(
      'SELECT count(*)::int AS after FROM participant WHERE study_id = $1',
      [study],
    );
    expect(after).toBe(40);
  });

  it('suffixes a label already taken in the study, and links an existing key again to the same participant', async () => {
    const study = await newStudy();
    await ds.query(`INSERT INTO participant (study_id, label) VALUES ($1, 'Customer abc')`, [study]);
    const h1 = keys.hash(study, 'x');
    const h2 = keys.hash(study, 'y');
    const first = await ds.transaction((m) =>
      keys.link(study, [{ keyHash: h1, label: 'Customer abc' }, { keyHash: h2, label: 'Customer new' }], m),
    );
    const labels = await ds.query(
      'SELECT label FROM participant WHERE study_id = $1 ORDER BY label',
      [study],
    );
    expect(labels.map((r: { label: string }) => r.label)).toEqual([
      'Customer abc',
      `Customer abc · ${h1.slice(0, 12)}`,
      'Customer new',
    ]);
    const again = await ds.transaction((m) => keys.link(study, [{ keyHash: h1, label: 'other' }], m));
    expect(again.get(h1)).toBe(first.get(h1));
  });

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const study = await newStudy();
    const h = keys.hash(study, 'rollback');
    await expect(
      ds.transaction(async (m) => {
        await keys.link(study, [{ keyHash: h, label: 'Customer r' }], m);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect((await keys.find(study, [h])).size).toBe(0);
  });
});
