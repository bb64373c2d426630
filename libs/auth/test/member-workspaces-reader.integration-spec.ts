import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { AuthModule, MemberWorkspacesReader } from '../src';

// The reader notifications uses to keep a user's rows to the workspaces they belong to now.
@Module({})
class MemberWorkspacesReaderOnlyModule {}

let db: TestDatabase;
let app: INestApplicationContext;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await NestFactory.createApplicationContext(
    {
      module: MemberWorkspacesReaderOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), AuthModule],
    },
    { logger: false },
  );
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('MemberWorkspacesReader', () => {
  it("reads a user's current workspaces, and which of some users are members of one", async () => {
    const [ada, bob, cy] = await db.query<{ id: string }>(
      `INSERT INTO app_user (email, name, password_hash)
       VALUES ('ada@example.com', 'Ada', 'h'), ('bob@example.com', 'Bob', 'h'), ('cy@example.com', 'Cy', 'h')
       RETURNING id`,
    );
    const [w1, w2] = await db.query<{ id: string }>(
      `INSERT INTO workspace (name) VALUES ('One'), ('Two') RETURNING id`,
    );
    await db.query(
      `INSERT INTO membership (workspace_id, user_id, role)
       VALUES ($1, $3, 'OWNER'), ($2, $3, 'VIEWER'), ($1, $4, 'REVIEWER')`,
      [w1.id, w2.id, ada.id, bob.id],
    );
    const reader = app.get(MemberWorkspacesReader);

    expect((await reader.workspaceIdsOf(ada.id)).sort()).toEqual([w1.id, w2.id].sort());
    expect(await reader.workspaceIdsOf(cy.id)).toEqual([]);
    expect((await reader.membersAmong(w1.id, [ada.id, bob.id, cy.id, ada.id])).sort()).toEqual(
      [ada.id, bob.id].sort(),
    );
    expect(await reader.membersAmong(w2.id, [bob.id, cy.id])).toEqual([]);
    expect(await reader.membersAmong(w1.id, [])).toEqual([]);

    await db.query('DELETE FROM membership WHERE workspace_id = $1 AND user_id = $2', [
      w1.id,
      ada.id,
    ]);
    expect(await reader.workspaceIdsOf(ada.id)).toEqual([w2.id]);
  });
});
