import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountsModule } from '@persona-lab/auth';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { ParticipantService, StudiesModule, StudyParticipantsReader } from '../src';

// The lib composed alone: accounts (for a signed-in caller) and studies, no other domain module.
let db: TestDatabase;
let app: INestApplication;
let url: string;

const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string }[] };
};

@Module({})
class StudiesOnlyModule {}

let counter = 0;
const signUp = async () => {
  const res = await gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', {
    i: {
      email: `studies${++counter}@example.com`,
      password: 'correct-horse-battery',
      name: 'Tester',
    },
  });
  return res.data.signUp.token as string;
};

beforeAll(async () => {
  db = await createTestDatabase();
  app = await NestFactory.create(
    {
      module: StudiesOnlyModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(db.url, 4)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          context: ({ req }: { req: unknown }) => ({ req }),
        }),
        AccountsModule.forRoot({
          sessionTtlHours: 1,
          loginAttemptsPer15Min: 10,
          argon2MemoryKib: 4096,
        }),
        StudiesModule,
      ],
    },
    { logger: false },
  );
  await app.listen(0, '127.0.0.1');
  url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('StudiesModule on its own', () => {
  it('creates a study, lists it on its workspace and hides it from outsiders', async () => {
    const owner = await signUp();
    const ws = await gql('mutation { createWorkspace(name: "Lab") { id } }', {}, owner);
    const workspaceId = ws.data.createWorkspace.id;
    const created = await gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id name description workspace { id myRole } } }',
      { i: { workspaceId, name: '  Onboarding  ', description: 'First week' } },
      owner,
    );
    expect(created.errors).toBeUndefined();
    const study = created.data.createStudy;
    expect(study).toMatchObject({
      name: 'Onboarding',
      description: 'First week',
      workspace: { id: workspaceId, myRole: 'OWNER' },
    });

    const listed = await gql(
      'query($id: ID!) { workspace(id: $id) { studies { id } } }',
      { id: workspaceId },
      owner,
    );
    expect(listed.data.workspace.studies).toEqual([{ id: study.id }]);

    const stranger = await signUp();
    expect(
      (await gql('query($id: ID!) { study(id: $id) { id } }', { id: study.id }, stranger)).data
        .study,
    ).toBeNull();
    const foreign = await gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId, name: 'Intruder' } },
      stranger,
    );
    expect(foreign.errors?.[0].message).toBeTruthy();
    expect(await db.query('SELECT name FROM study WHERE workspace_id = $1', [workspaceId])).toEqual(
      [{ name: 'Onboarding' }],
    );
  });

  it('finds or creates a participant by label, once per study, and lists them on the study', async () => {
    const owner = await signUp();
    const ws = await gql('mutation { createWorkspace(name: "Lab") { id } }', {}, owner);
    const created = await gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId: ws.data.createWorkspace.id, name: 'Pricing' } },
      owner,
    );
    const studyId = created.data.createStudy.id;
    const participants = app.get(ParticipantService);
    const manager = app.get(DataSource).manager;
    const [a, b, again] = await Promise.all([
      participants.findOrCreate(manager, studyId, 'P2'),
      participants.findOrCreate(manager, studyId, ' P1 '),
      participants.findOrCreate(manager, studyId, 'P2'),
    ]);
    expect(again).toBe(a);
    expect(b).not.toBe(a);

    const read = await gql(
      'query($id: ID!) { study(id: $id) { participants { id label } } }',
      { id: studyId },
      owner,
    );
    expect(read.data.study.participants).toEqual([
      { id: b, label: 'P1' },
      { id: a, label: 'P2' },
    ]);

    // The reader for the libs above keeps to the study: another study's participant stays out.
    const other = await gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId: ws.data.createWorkspace.id, name: 'Other' } },
      owner,
    );
    const foreign = await participants.findOrCreate(manager, other.data.createStudy.id, 'P1');
    const unknown = '00000000-0000-4000-8000-000000000000';
    const rows = await app
      .get(StudyParticipantsReader)
      .ofStudy(studyId, [a, foreign, b, a, unknown]);
    expect(rows.sort((x, y) => x.label.localeCompare(y.label))).toEqual([
      { id: b, label: 'P1', attributes: null },
      { id: a, label: 'P2', attributes: null },
    ]);
    expect(await app.get(StudyParticipantsReader).ofStudy(studyId, [])).toEqual([]);
  });
});
