import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { AuthModule, UserReader } from '../src';

// The reader other libs use to show who did something, through the module they import.
@Module({})
class UserReaderOnlyModule {}

let db: TestDatabase;
let app: INestApplicationContext;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await NestFactory.createApplicationContext(
    {
      module: UserReaderOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), AuthModule],
    },
    { logger: false },
  );
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('UserReader', () => {
  it('reads accounts by id in one call, without password hashes, leaving unknown ids out', async () => {
    const [ada, bob] = await db.query<{ id: string }>(
      `INSERT INTO app_user (email, name, password_hash)
       VALUES ('ada@example.com', 'Ada', 'secret-hash'), ('bob@example.com', 'Bob', 'secret-hash')
       RETURNING id`,
    );
    const reader = app.get(UserReader);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const rows = await reader.byIds([bob.id, ada.id, bob.id, unknown]);
    expect(rows.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { id: ada.id, email: 'ada@example.com', name: 'Ada' },
      { id: bob.id, email: 'bob@example.com', name: 'Bob' },
    ]);
    const byId = await reader.mapByIds([ada.id]);
    expect([...byId.entries()]).toEqual([
      [ada.id, { id: ada.id, email: 'ada@example.com', name: 'Ada' }],
    ]);
    expect(await reader.byIds([])).toEqual([]);
  });
});
