import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Right,
  Role,
  WorkspaceInvitationService,
  WorkspaceService,
  type AuthUser,
} from '@persona-lab/auth';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { ErrorCode } from '@persona-lab/errors';
import { StudiesModule, StudyAccessService, StudyService } from '../src';

// StudyAccessService on its own: which workspace a study (or a row leading to one) is in, and
// what the caller's role there lets them do. Outsiders learn nothing: NOT_FOUND, never FORBIDDEN.
@Module({})
class StudyAccessOnlyModule {}

let db: TestDatabase;
let app: INestApplicationContext;
let access: StudyAccessService;
let owner: AuthUser;
let viewer: AuthUser;
let outsider: AuthUser;
let studyId: string;
let workspaceId: string;

const account = async (name: string): Promise<AuthUser> => {
  const [row] = await db.query<{ id: string }>(
    "INSERT INTO app_user (email, name, password_hash) VALUES ($1, $2, 'x') RETURNING id",
    [`${name}@example.com`, name],
  );
  return { id: row.id, email: `${name}@example.com`, name, sessionId: 'none' };
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'RESOLVED',
    (error: { code?: string }) => error.code,
  );

beforeAll(async () => {
  db = await createTestDatabase();
  app = await NestFactory.createApplicationContext(
    {
      module: StudyAccessOnlyModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)), StudiesModule],
    },
    { logger: false },
  );
  access = app.get(StudyAccessService);
  [owner, viewer, outsider] = await Promise.all([
    account('owner'),
    account('viewer'),
    account('outsider'),
  ]);
  const workspaces = app.get(WorkspaceService);
  workspaceId = (await workspaces.create(owner, 'Lab')).id;
  const invitations = app.get(WorkspaceInvitationService);
  const invited = await invitations.invite(owner, workspaceId, viewer.email, Role.VIEWER);
  await invitations.accept(viewer, invited.user.id);
  studyId = (await app.get(StudyService).create(owner, { workspaceId, name: 'Pricing' })).id;
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('StudyAccessService', () => {
  it('lets members through with their role and the study’s workspace', async () => {
    await expect(access.requireStudy(owner, studyId, Right.RESEARCH)).resolves.toEqual({
      studyId,
      workspaceId,
      role: Role.OWNER,
    });
    await expect(access.requireStudy(viewer, studyId, Right.READ)).resolves.toEqual({
      studyId,
      workspaceId,
      role: Role.VIEWER,
    });
  });

  it('refuses a VIEWER the RESEARCH right with FORBIDDEN', async () => {
    const error = await access.requireStudy(viewer, studyId, Right.RESEARCH).catch((e) => e);
    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(error.message).toContain('VIEWER');
  });

  it('answers a non-member NOT_FOUND, whatever the right, as for a study that does not exist', async () => {
    expect(await codeOf(access.requireStudy(outsider, studyId, Right.READ))).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(await codeOf(access.requireStudy(outsider, studyId, Right.RESEARCH))).toBe(
      ErrorCode.NOT_FOUND,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await codeOf(access.requireStudy(owner, missing, Right.READ))).toBe(ErrorCode.NOT_FOUND);
  });

  it('answers a malformed id NOT_FOUND without asking the locator', async () => {
    const asked: string[] = [];
    const locate = async (id: string) => {
      asked.push(id);
      return studyId;
    };
    expect(await codeOf(access.requireStudy(owner, 'not-a-uuid', Right.READ))).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(
      await codeOf(access.requireVia(owner, locate, `${studyId}'--`, Right.READ, 'The row')),
    ).toBe(ErrorCode.NOT_FOUND);
    expect(asked).toEqual([]);
  });

  it('follows a locator from a row to its study, and names the row when it is missing', async () => {
    const rowId = '11111111-1111-4111-8111-111111111111';
    const locate = async (id: string) => (id === rowId ? studyId : undefined);
    await expect(
      access.requireVia(viewer, locate, rowId, Right.READ, 'The interview'),
    ).resolves.toEqual({ studyId, workspaceId, role: Role.VIEWER });
    const other = '22222222-2222-4222-8222-222222222222';
    const error = await access
      .requireVia(owner, locate, other, Right.READ, 'The interview')
      .catch((e) => e);
    expect(error.code).toBe(ErrorCode.NOT_FOUND);
    expect(error.message).toContain('The interview');
    // A locator pointing at a study that does not exist is NOT_FOUND too.
    const dangling = async () => other;
    expect(await codeOf(access.requireVia(owner, dangling, rowId, Right.READ, 'The row'))).toBe(
      ErrorCode.NOT_FOUND,
    );
  });
});
