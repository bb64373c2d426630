import { type INestApplicationContext, Module, type Provider } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSourceOptions } from '@persona-lab/db';
import { createTestDatabase, type TestDatabase } from '@persona-lab/db/testing';
import { DomainError } from '@persona-lab/errors';
import {
  PersonaMembership,
  SURVEYS_ENTITIES,
  SurveyVersionsModule,
  type PersonaRespondents,
} from '../src';
import { ResultsRepository } from '../src/data/results.repository';
import { ResultsService, type ResultsSurvey } from '../src/results.service';

// The results' persona filter through the PersonaMembership port, with and without a provider.
let db: TestDatabase;
const contexts: INestApplicationContext[] = [];
let survey: ResultsSurvey;
let personaId: string;
let participantId: string;
const ids: Record<string, string> = {};

/** The port as the personas lib implements it: one persona of one study. */
class OnePersona extends PersonaMembership {
  constructor(private readonly members: () => PersonaRespondents) {
    super();
  }
  async respondents(id: string, studyId: string): Promise<PersonaRespondents | null> {
    return id === personaId && studyId === survey.study_id ? this.members() : null;
  }
}

@Module({})
class ResultsOnlyModule {}

const resultsService = async (port: Provider[]): Promise<ResultsService> => {
  const app = await NestFactory.createApplicationContext(
    {
      module: ResultsOnlyModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(db.url, 2)),
        TypeOrmModule.forFeature(SURVEYS_ENTITIES),
        SurveyVersionsModule,
      ],
      providers: [ResultsRepository, ResultsService, ...port],
    },
    { logger: false },
  );
  contexts.push(app);
  return app.get(ResultsService);
};

beforeAll(async () => {
  db = await createTestDatabase();
  const [ws] = await db.query<{ id: string }>(
    `INSERT INTO workspace (name) VALUES ('W') RETURNING id`,
  );
  const [study] = await db.query<{ id: string }>(
    `INSERT INTO study (workspace_id, name) VALUES ($1, 'S') RETURNING id`,
    [ws.id],
  );
  [{ id: participantId }] = await db.query<{ id: string }>(
    `INSERT INTO participant (study_id, label) VALUES ($1, 'P') RETURNING id`,
    [study.id],
  );
  const definition = { questions: [{ id: 'q', type: 'SHORT_TEXT', title: 'Q', required: false }] };
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO survey (study_id, title, slug, definition, status) VALUES ($1, 'T', 'persona-filter', $2, 'OPEN') RETURNING id`,
    [study.id, definition],
  );
  await db.query('INSERT INTO survey_version (survey_id, version, definition) VALUES ($1, 1, $2)', [
    row.id,
    definition,
  ]);
  for (const [name, participant] of [
    ['linked', participantId],
    ['alone', null],
    ['other', null],
  ] as const) {
    const [r] = await db.query<{ id: string }>(
      `INSERT INTO response (survey_id, client_response_id, survey_version, complete, answers, participant_id)
       VALUES ($1, $2, 1, true, $3, $4) RETURNING id`,
      [row.id, name, { q: name }, participant],
    );
    ids[name] = r.id;
  }
  survey = {
    id: row.id,
    study_id: study.id,
    definition: definition as ResultsSurvey['definition'],
  };
  personaId = '11111111-1111-4111-8111-111111111111';
});

afterAll(async () => {
  for (const app of contexts) await app.close();
  await db?.drop();
});

describe('results cut by persona', () => {
  it('keeps the responses of member participants and member responses only', async () => {
    const members = { participantIds: [participantId], responseIds: [ids.alone] };
    const results = await resultsService([
      { provide: PersonaMembership, useValue: new OnePersona(() => members) },
    ]);
    const cut = await results.results(survey, { personaId });
    expect(cut.responseCount).toBe(2);
    expect(cut.questions[0].textSample?.sort()).toEqual(['alone', 'linked']);
    const page = await results.responses(survey, 10, null, { personaId });
    expect(page.nodes.map((n) => n.id).sort()).toEqual([ids.linked, ids.alone].sort());
    expect(await results.count(page.scope)).toBe(2);
    expect((await results.results(survey, null)).responseCount).toBe(3);
  });

  it('refuses a persona the port does not know for the study, or a malformed id, as a bad filter', async () => {
    const results = await resultsService([
      {
        provide: PersonaMembership,
        useValue: new OnePersona(() => ({ participantIds: [], responseIds: [] })),
      },
    ]);
    for (const id of ['22222222-2222-4222-8222-222222222222', 'not-a-uuid']) {
      const error = await results.results(survey, { personaId: id }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).message).toContain("not one of this survey's study");
    }
    // An empty persona matches nothing rather than everything.
    expect((await results.results(survey, { personaId })).responseCount).toBe(0);
  });

  it('says which option is missing when no provider is wired, and works without a persona filter', async () => {
    const results = await resultsService([]);
    await expect(results.results(survey, { personaId })).rejects.toThrow(
      /PersonaMembership.*SurveysModule\.forRoot\(\{ personaMembership \}\)/,
    );
    expect((await results.results(survey, { completeOnly: true })).responseCount).toBe(3);
  });
});
