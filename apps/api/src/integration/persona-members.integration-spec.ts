import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PersonaDraftService } from '@persona-lab/personas';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Persona membership: members paged with their fit, and survey results, responses and exports cut by persona.

const FREQ = {
  id: 'freq',
  type: 'SINGLE_CHOICE',
  title: 'How often do you use R?',
  options: [
    { id: 'daily', label: 'Daily' },
    { id: 'weekly', label: 'Weekly' },
    { id: 'never', label: 'Never' },
  ],
};
const questions = [FREQ, { id: 'note', type: 'SHORT_TEXT', title: 'Anything else?' }];
const FREQS = ['daily', 'weekly', 'never'] as const;

const MEMBERS = `query($id: ID!, $first: Int, $after: String) { persona(id: $id) { id members(first: $first, after: $after) {
  totalCount endCursor nodes { id label fit responseIds interviewIds participant { id label } responses { id surveyId surveyTitle } } } } }`;
const RESULTS = `query($id: ID!, $f: ResultsFilter) { surveyResults(surveyId: $id, filter: $f) { responseCount completeCount
  questions { questionId answered choices { choiceId count share } } } }`;
const RESPONSES = `query($id: ID!, $first: Int, $a: String, $f: ResultsFilter) { responses(surveyId: $id, first: $first, after: $a, filter: $f) { totalCount endCursor nodes { id } } }`;

type Member = { token: string; id: string };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let researcher: Member, reviewer: Member, viewer: Member, outsider: Member;
let surveyId: string;
let runId: string;
/** Response id → the frequency it answered and the participant it is linked to (null: unlinked). */
const responses = new Map<string, { freq: string; participantId: string | null }>();
const participantOf = new Map<string, string>();
const interviewOf = new Map<string, string>();
let loneInterviewId: string;
/** Persona A's members with their fits (undefined: unknown), and persona B's. */
let membersA: { id: string; fit?: number }[];
let membersB: { id: string }[];
let personaA: string, personaB: string, otherStudyPersona: string, otherTenantPersona: string;

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}

/** The hidden fields of a researcher's signed participant link (unsigned ones link nobody). */
async function participantFields(participant: string): Promise<Record<string, string>> {
  const { signature } = ok(
    await t.gql(
      'query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { signature } }',
      { s: surveyId, l: participant },
      ctx.owner.token,
    ),
  ).participantLink;
  return { participant, participant_sig: signature };
}

async function submit(slug: string, freq: string, participant?: string): Promise<string> {
  const res = ok(
    await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
      i: {
        slug,
        clientResponseId: randomUUID(),
        complete: true,
        answers: [{ questionId: 'freq', value: freq }],
        hiddenFields: participant ? await participantFields(participant) : null,
      },
    }),
  );
  return res.submitResponse.responseId;
}

async function importInterview(
  studyId: string,
  title: string,
  participantLabel?: string,
): Promise<string> {
  const res = ok(
    await t.gql(
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id segments { id text isInterviewer } } }',
      {
        i: {
          studyId,
          title,
          format: 'PLAIN',
          content: 'Dan: How often?\nParticipant: I use R every single day for reports.',
          interviewerSpeakers: ['Dan'],
          ...(participantLabel ? { participantLabel } : {}),
        },
      },
      ctx.owner.token,
    ),
  );
  return res.importTranscript.id;
}

/** A persona row as synthesis leaves it; its one trait quotes a survey answer (`evidenceResponse`'s freq) and a transcript turn. */
async function seedPersona(
  studyId: string,
  members: { id: string; fit?: number }[],
  evidenceResponse?: string,
): Promise<string> {
  const evidence = [];
  if (evidenceResponse) {
    const label = FREQ.options.find((o) => o.id === responses.get(evidenceResponse)!.freq)!.label;
    evidence.push({
      source: { type: 'SURVEY_ANSWER', responseId: evidenceResponse, questionId: 'freq' },
      start: 0,
      end: label.length,
      quote: label,
      participantId: null,
    });
  }
  const [segment] = await t.db.query<{ id: string; text: string }>(
    'SELECT s.id, s.text FROM transcript_segment s JOIN interview i ON i.id = s.interview_id WHERE i.study_id = $1 AND NOT s.is_interviewer LIMIT 1',
    [studyId],
  );
  if (segment)
    evidence.push({
      source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id },
      start: 0,
      end: 5,
      quote: segment.text.slice(0, 5),
      participantId: null,
    });
  const content = {
    name: 'Daily R user',
    tagline: null,
    summary: 'Uses R every day.',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    segmentShare: 0.5,
    participantCount: members.length,
    traits: [{ kind: 'BEHAVIOR', text: 'Uses R daily', evidence, share: 1, lift: 2 }],
    quotes: [],
  };
  const fits = Object.fromEntries(
    members.filter((m) => m.fit !== undefined).map((m) => [m.id, m.fit]),
  );
  const [p] = await t.db.query<{ id: string }>(
    `INSERT INTO persona (study_id, status, latest_version, member_ids, member_fit) VALUES ($1, 'DRAFT', 1, $2, $3) RETURNING id`,
    [studyId, JSON.stringify(members.map((m) => m.id)), JSON.stringify(fits)],
  );
  await t.db.query(
    `INSERT INTO persona_version (persona_id, version, content, origin) VALUES ($1, 1, $2, 'SYNTHESIS')`,
    [p.id, JSON.stringify(content)],
  );
  return p.id;
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000' });
  ctx = await createStudyFixture(t, 'Membership');
  researcher = await addMember(t, ctx.owner, ctx.workspaceId, 'RESEARCHER');
  reviewer = await addMember(t, ctx.owner, ctx.workspaceId, 'REVIEWER');
  viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
  const s = ok(
    await t.gql(
      'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }',
      { i: { studyId: ctx.studyId, title: 'R use', questions } },
      ctx.owner.token,
    ),
  ).createSurvey;
  surveyId = s.id;
  ok(
    await t.gql(
      'mutation($id: ID!) { publishSurvey(id: $id) { id } }',
      { id: surveyId },
      ctx.owner.token,
    ),
  );
  // 12 participants answer (P0..P11; P0..P3 also sit an interview), 24 respondents stay unlinked.
  for (let i = 0; i < 36; i++) {
    const freq = FREQS[(i * 7) % 3];
    const label = i < 12 ? `P${i}` : undefined;
    const id = await submit(s.slug, freq, label);
    const [{ participant_id }] = await t.db.query<{ participant_id: string | null }>(
      'SELECT participant_id FROM response WHERE id = $1',
      [id],
    );
    responses.set(id, { freq, participantId: participant_id });
    if (label) participantOf.set(label, participant_id!);
  }
  // P0 answers twice: both responses are the member's.
  const again = await submit(s.slug, 'never', 'P0');
  responses.set(again, { freq: 'never', participantId: participantOf.get('P0')! });
  for (const label of ['P0', 'P1', 'P2', 'P3'])
    interviewOf.set(label, await importInterview(ctx.studyId, `${label} interview`, label));
  loneInterviewId = await importInterview(ctx.studyId, 'Walk-in interview');

  const unlinked = [...responses].filter(([, r]) => !r.participantId).map(([id]) => id);
  // Persona A: P0..P5 with fits (P4 and P5 tie), the first 10 unlinked respondents (some without a fit) and the walk-in interview.
  membersA = [
    ...['P0', 'P1', 'P2', 'P3', 'P4', 'P5'].map((l, i) => ({
      id: `p:${participantOf.get(l)}`,
      fit: [0.91, 0.42, 0.77, 0.42, 0.6, 0.6][i],
    })),
    ...unlinked
      .slice(0, 10)
      .map((id, i) => ({ id: `r:${id}`, ...(i % 3 === 0 ? {} : { fit: i / 10 }) })),
    { id: `i:${loneInterviewId}`, fit: 0.99 },
  ];
  personaA = await seedPersona(ctx.studyId, membersA, unlinked[0]);
  membersB = [
    ...['P6', 'P7'].map((l) => ({ id: `p:${participantOf.get(l)}` })),
    ...unlinked.slice(10).map((id) => ({ id: `r:${id}` })),
  ];
  personaB = await seedPersona(ctx.studyId, membersB);

  const otherStudy = ok(
    await t.gql(
      'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
      { i: { workspaceId: ctx.workspaceId, name: 'Other study' } },
      ctx.owner.token,
    ),
  ).createStudy.id;
  otherStudyPersona = await seedPersona(otherStudy, membersA);
  const elsewhere = await createStudyFixture(t, 'Elsewhere');
  outsider = elsewhere.owner;
  otherTenantPersona = await seedPersona(elsewhere.studyId, membersA);
  [{ id: runId }] = await t.db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
    [ctx.studyId],
  );
}, 120_000);
afterAll(async () => t?.close());

/** Every page of a persona's members, in order, with each page's totalCount. */
async function allMembers(personaId: string, first: number, token = ctx.owner.token) {
  const nodes: any[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  do {
    const page: any = ok(await t.gql(MEMBERS, { id: personaId, first, after }, token)).persona
      .members;
    nodes.push(...page.nodes);
    totals.push(page.totalCount);
    after = page.endCursor;
    expect(totals.length).toBeLessThan(100);
  } while (after);
  return { nodes, totals };
}

/** Fit descending, unknown fits last, then id (byte order). */
const expectedOrder = (members: { id: string; fit?: number }[]) =>
  [...members]
    .sort((a, b) => (b.fit ?? -1) - (a.fit ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((m) => m.id);

describe('Persona.members', () => {
  it('pages through every member once, best fit first, unknown fits last, ties by id', async () => {
    for (const first of [1, 4, 50]) {
      const { nodes, totals } = await allMembers(personaA, first);
      expect(nodes.map((n) => n.id)).toEqual(expectedOrder(membersA));
      expect(new Set(totals)).toEqual(new Set([membersA.length]));
      expect(totals).toHaveLength(Math.ceil(membersA.length / first));
    }
    const { nodes } = await allMembers(personaA, 5);
    expect(nodes.map((n) => n.fit)).toEqual(
      expectedOrder(membersA).map((id) => membersA.find((m) => m.id === id)!.fit ?? null),
    );
  });

  it("links each member to its participant, responses and interviews in the persona's study", async () => {
    const { nodes } = await allMembers(personaA, 50);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const p0 = participantOf.get('P0')!;
    const p0Responses = [...responses].filter(([, r]) => r.participantId === p0).map(([id]) => id);
    expect(p0Responses).toHaveLength(2);
    expect(byId.get(`p:${p0}`)).toEqual({
      id: `p:${p0}`,
      label: 'P0',
      fit: 0.91,
      participant: { id: p0, label: 'P0' },
      // Oldest first: they were submitted one after the other.
      responseIds: p0Responses,
      responses: p0Responses.map((id) => ({ id, surveyId, surveyTitle: 'R use' })),
      interviewIds: [interviewOf.get('P0')],
    });
    expect(byId.get(`p:${participantOf.get('P5')}`)).toMatchObject({
      label: 'P5',
      interviewIds: [],
      responseIds: [expect.any(String)],
    });
    const r = membersA.find((m) => m.id.startsWith('r:'))!;
    const rid = r.id.slice(2);
    expect(byId.get(r.id)).toEqual({
      id: r.id,
      label: `Respondent ${rid.slice(0, 6)}`,
      fit: null,
      participant: null,
      responseIds: [rid],
      responses: [{ id: rid, surveyId, surveyTitle: 'R use' }],
      interviewIds: [],
    });
    expect(byId.get(`i:${loneInterviewId}`)).toEqual({
      id: `i:${loneInterviewId}`,
      label: 'Walk-in interview',
      fit: 0.99,
      participant: null,
      responseIds: [],
      responses: [],
      interviewIds: [loneInterviewId],
    });
  });

  it('reads like the persona: every role of the workspace, nobody else', async () => {
    for (const member of [researcher, reviewer, viewer]) {
      const { nodes } = await allMembers(personaA, 50, member.token);
      expect(nodes).toHaveLength(membersA.length);
    }
    expect(
      (await t.gql(MEMBERS, { id: personaA, first: 5 }, outsider.token)).data?.persona,
    ).toBeNull();
    expect(errorOf(await t.gql(MEMBERS, { id: personaA, first: 5 })).code).toBe('UNAUTHENTICATED');
    // The outsider reads its own persona, whose members are ids of this study: nothing of them resolves there.
    const own = ok(await t.gql(MEMBERS, { id: otherTenantPersona, first: 50 }, outsider.token))
      .persona.members;
    expect(own.totalCount).toBe(membersA.length);
    for (const n of own.nodes)
      expect(n).toMatchObject({ participant: null, responseIds: [], interviewIds: [] });
  });

  it('refuses a bad page size or cursor', async () => {
    expect(errorOf(await t.gql(MEMBERS, { id: personaA, first: 0 }, viewer.token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await t.gql(MEMBERS, { id: personaA, first: 501 }, viewer.token)).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorOf(await t.gql(MEMBERS, { id: personaA, first: 5, after: 'garbage' }, viewer.token))
        .code,
    ).toBe('BAD_USER_INPUT');
  });
});

/** The response ids a persona's respondents gave. */
function responsesOf(members: { id: string }[]): string[] {
  const participants = new Set(
    members.filter((m) => m.id.startsWith('p:')).map((m) => m.id.slice(2)),
  );
  const own = new Set(members.filter((m) => m.id.startsWith('r:')).map((m) => m.id.slice(2)));
  return [...responses]
    .filter(([id, r]) => own.has(id) || (r.participantId && participants.has(r.participantId)))
    .map(([id]) => id);
}

async function download(format: 'csv' | 'json', filter: unknown, token = ctx.owner.token) {
  return fetch(
    `${t.url}/api/surveys/${surveyId}/responses.${format}?filter=${encodeURIComponent(JSON.stringify(filter))}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
}

describe('results cut by persona', () => {
  it('counts, charts and pages only the persona’s respondents', async () => {
    const expected = responsesOf(membersA);
    // 6 participants (P0 twice) + 10 unlinked respondents; the interview has no response.
    expect(expected).toHaveLength(17);
    const res = ok(
      await t.gql(RESULTS, { id: surveyId, f: { personaId: personaA } }, viewer.token),
    ).surveyResults;
    expect(res.responseCount).toBe(17);
    const freq = res.questions.find((q: { questionId: string }) => q.questionId === 'freq');
    for (const f of FREQS) {
      const count = expected.filter((id) => responses.get(id)!.freq === f).length;
      expect(freq.choices.find((c: { choiceId: string }) => c.choiceId === f)).toEqual({
        choiceId: f,
        count,
        share: count / 17,
      });
    }
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = ok(
        await t.gql(
          RESPONSES,
          { id: surveyId, first: 5, a: after, f: { personaId: personaA } },
          viewer.token,
        ),
      ).responses;
      expect(page.totalCount).toBe(17);
      seen.push(...page.nodes.map((n: { id: string }) => n.id));
      after = page.endCursor;
    } while (after);
    expect(seen.sort()).toEqual([...expected].sort());
    // Persona B: P6 and P7 and the other 14 unlinked respondents; P8..P11 are in neither.
    const b = ok(await t.gql(RESULTS, { id: surveyId, f: { personaId: personaB } }, viewer.token))
      .surveyResults.responseCount;
    expect(responsesOf(membersB)).toHaveLength(16);
    expect(b).toBe(16);
    expect(
      ok(await t.gql(RESULTS, { id: surveyId }, viewer.token)).surveyResults.responseCount,
    ).toBe(responses.size);
    // With an answer condition too.
    const daily = ok(
      await t.gql(
        RESULTS,
        {
          id: surveyId,
          f: {
            personaId: personaA,
            where: [{ questionId: 'freq', operator: 'EQUALS', value: 'daily' }],
          },
        },
        viewer.token,
      ),
    );
    expect(daily.surveyResults.responseCount).toBe(
      expected.filter((id) => responses.get(id)!.freq === 'daily').length,
    );
  });

  it('exports only the persona’s respondents, as CSV and JSON', async () => {
    const expected = [...responsesOf(membersA)].sort();
    const csv = await download('csv', { personaId: personaA }, viewer.token);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('-filtered.csv');
    const rows: Record<string, string>[] = parse(await csv.text(), { columns: true });
    expect(rows.map((r) => r.response_id).sort()).toEqual(expected);
    expect(rows.find((r) => r.response_id === expected[0])![FREQ.title]).toBe(
      FREQ.options.find((o) => o.id === responses.get(expected[0])!.freq)!.label,
    );
    const json = await download('json', { personaId: personaA });
    expect(((await json.json()) as { id: string }[]).map((r) => r.id).sort()).toEqual(expected);
  });

  it('refuses a persona of another study or tenant, or no persona, like any bad filter, and shows nothing', async () => {
    for (const personaId of [otherStudyPersona, otherTenantPersona, randomUUID(), 'not-an-id']) {
      const results = await t.gql(RESULTS, { id: surveyId, f: { personaId } }, ctx.owner.token);
      expect(results.data).toBeNull();
      expect(errorOf(results)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining("not one of this survey's study"),
      });
      expect(
        errorOf(
          await t.gql(RESPONSES, { id: surveyId, first: 5, f: { personaId } }, ctx.owner.token),
        ).code,
      ).toBe('BAD_USER_INPUT');
      for (const format of ['csv', 'json'] as const) {
        const res = await download(format, { personaId });
        expect(res.status).toBe(400);
        expect(((await res.json()) as any).error.code).toBe('BAD_USER_INPUT');
      }
    }
    // The other tenant's owner cannot reach the survey at all, persona or not.
    expect(
      errorOf(
        await t.gql(
          RESULTS,
          { id: surveyId, f: { personaId: otherTenantPersona } },
          outsider.token,
        ),
      ).code,
    ).toBe('NOT_FOUND');
    expect((await download('csv', { personaId: 42 })).status).toBe(400);
  });
});

describe('evidence names its question', () => {
  it('gives a survey answer its question title and a transcript turn none', async () => {
    const p = ok(
      await t.gql(
        'query($id: ID!) { persona(id: $id) { traits { evidence { quote questionTitle source { type } } } } }',
        { id: personaA },
        viewer.token,
      ),
    ).persona;
    const [answer, turn] = p.traits[0].evidence;
    expect(answer).toMatchObject({
      questionTitle: 'How often do you use R?',
      source: { type: 'SURVEY_ANSWER' },
    });
    expect(FREQ.options.map((o) => o.label)).toContain(answer.quote);
    expect(turn).toMatchObject({ questionTitle: null, source: { type: 'TRANSCRIPT_SEGMENT' } });
  });
});

describe('the persona writer keeps fits', () => {
  it('writes member_fit with member_ids, and a re-run replaces it', async () => {
    const drafts = t.app.get(PersonaDraftService);
    // A study of its own, so the run leaves this file's personas alone.
    const studyId = ok(
      await t.gql(
        'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
        { i: { workspaceId: ctx.workspaceId, name: 'Writer' } },
        ctx.owner.token,
      ),
    ).createStudy.id;
    const write = (fits?: Record<string, number>) =>
      drafts.writeRun({ studyId, workspaceId: ctx.workspaceId, runId, actorId: null }, [
        {
          content: {
            name: 'Writer test',
            tagline: null,
            summary: 'S',
            segmentShare: 1,
            participantCount: 2,
            traits: [],
            quotes: [],
          },
          memberIds: ['p:writer-a', 'p:writer-b'],
          ...(fits ? { memberFits: fits } : {}),
        },
      ]);
    await write({ 'p:writer-a': 0.8, 'p:writer-b': 0.3 });
    const fitOf = async () =>
      (
        await t.db.query<{ member_fit: unknown }>(
          `SELECT member_fit FROM persona WHERE member_ids @> '["p:writer-a"]'`,
        )
      )[0].member_fit;
    expect(await fitOf()).toEqual({ 'p:writer-a': 0.8, 'p:writer-b': 0.3 });
    await write({ 'p:writer-a': 0.5 });
    expect(await fitOf()).toEqual({ 'p:writer-a': 0.5 });
    await write();
    expect(await fitOf()).toEqual({});
  });
});
