import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, errorOf, type GqlResult, type TestApp } from '../../test/support/test-app';

// Issue 15, item 6: share links. A read-only public link to one approved persona or to a study's
// approved set: approved content and quotes only, never emails, phone numbers, respondent or
// participant ids, drafts; expiry, revocation and unknown tokens fail alike; views are counted.

const PUBLIC_URL = 'https://personas.example.org';
const CREATE = `mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) {
  url link { id scope studyId personaId personaName createdBy { id name } createdAt expiresAt revokedAt active viewCount lastViewedAt } } }`;
const LIST = `query($s: ID!) { shareLinks(studyId: $s) { id scope personaId personaName createdBy { id } expiresAt revokedAt active viewCount lastViewedAt } }`;
const REVOKE = `mutation($id: ID!) { revokeShareLink(id: $id) { id revokedAt active } }`;
const SHARED = `query($t: String!) { sharedPersonas(token: $t) {
  scope expiresAt personas { name tagline summary backstory avatarSvg segmentShare participantCount smallSegment
    traits { kind text share lift sharedByStudy evidence { quote sourceKind } } quotes { quote sourceKind } } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { latestVersion } }`;
const SUBMIT = `mutation($id: ID!) { submitPersonaForReview(id: $id) { status } }`;
const REVIEW = `mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { status } }`;
const ARCHIVE = `mutation($id: ID!) { archivePersona(id: $id) { status } }`;
const GONE = { code: 'NOT_FOUND', message: 'This share link has expired or was revoked.' };

const EMAIL = 'dana.petrov@example.net';
const PHONE = '+1 415 555 0199';
const TRANSCRIPT = `Dan: How do you work?\nParticipant: I export everything to CSV every morning, mail me at ${EMAIL} if it breaks.`;

type Member = { token: string; id: string };
let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let researcher: Member, reviewer: Member, viewer: Member, outsider: Member;
let segment: { id: string; text: string };
let participantId: string;
let runId: string;
const responseId = randomUUID();

function ok<T = Record<string, any>>(res: GqlResult): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
}
const create = (i: Record<string, unknown>, token = researcher.token) =>
  t.gql(CREATE, { i }, token);
const shared = (token: string) => t.gql(SHARED, { t: token });
const tokenOf = (url: string) => url.slice(`${PUBLIC_URL}/share/`.length);
const links = async (token = researcher.token) =>
  ok(await t.gql(LIST, { s: ctx.studyId }, token)).shareLinks;

/**
 * A synthesis-made persona (version 1, DRAFT): one trait quotes the participant's words with their
 * email address, another a survey answer with a phone number (as a hand-edited version could).
 */
async function seedPersona(name: string, studyId = ctx.studyId): Promise<string> {
  const phrase = `I export everything to CSV every morning, mail me at ${EMAIL}`;
  const start = segment.text.indexOf(phrase);
  const spoken = {
    source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id },
    start,
    end: start + phrase.length,
    quote: phrase,
    participantId,
  };
  const answered = {
    source: { type: 'SURVEY_ANSWER', responseId, questionId: 'q-contact' },
    start: 0,
    end: 30,
    quote: `Call me on ${PHONE}`,
    participantId,
  };
  const content = {
    name,
    tagline: 'Works around the dashboard',
    summary: 'Exports data every morning.',
    backstory: 'Started exporting when the dashboard got slow.',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>',
    segmentShare: 0.4,
    participantCount: 12,
    traits: [
      {
        kind: 'BEHAVIOR',
        text: 'Exports to CSV every morning',
        evidence: [spoken],
        share: 0.8,
        lift: 1.5,
        key: 'code:csv',
      },
      {
        kind: 'PAIN_POINT',
        text: 'Wants a call when it breaks',
        evidence: [answered],
        share: 0.5,
        lift: 1.2,
        key: 'code:call',
      },
    ],
    quotes: [spoken, answered],
  };
  const [p] = await t.db.query<{ id: string }>(
    `INSERT INTO persona (study_id, status, latest_version, synthesis_run_id, member_ids) VALUES ($1, 'DRAFT', 1, $2, $3) RETURNING id`,
    [studyId, runId, JSON.stringify([`p:${participantId}`, `r:${responseId}`])],
  );
  await t.db.query(
    `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id) VALUES ($1, 1, $2, 'SYNTHESIS', $3)`,
    [p.id, JSON.stringify(content), runId],
  );
  return p.id;
}

/** A member with this role (written directly: the members API is not what these tests are about). */
async function addMember(role: string): Promise<Member> {
  const member = await t.signUp(role);
  await t.db.query('INSERT INTO membership (workspace_id, user_id, role) VALUES ($1, $2, $3)', [
    ctx.workspaceId,
    member.id,
    role,
  ]);
  return member;
}

async function approve(id: string) {
  ok(await t.gql(SUBMIT, { id }, researcher.token));
  ok(await t.gql(REVIEW, { i: { personaId: id, decision: 'APPROVE' } }, reviewer.token));
}

async function approvedPersona(name: string): Promise<string> {
  const id = await seedPersona(name);
  await approve(id);
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000', PUBLIC_URL });
  ctx = await createStudyFixture(t, 'Share links');
  researcher = await addMember('RESEARCHER');
  reviewer = await addMember('REVIEWER');
  viewer = await addMember('VIEWER');
  outsider = (await createStudyFixture(t, 'Elsewhere')).owner;
  const imported = ok(
    await t.gql(
      'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { segments { id text isInterviewer } } }',
      {
        i: {
          studyId: ctx.studyId,
          title: 'P1 interview',
          format: 'PLAIN',
          content: TRANSCRIPT,
          interviewerSpeakers: ['Dan'],
          participantLabel: 'Participant Dana P1',
        },
      },
      ctx.owner.token,
    ),
  );
  segment = imported.importTranscript.segments.find(
    (s: { isInterviewer: boolean }) => !s.isInterviewer,
  );
  [{ participant_id: participantId }] = await t.db.query<{ participant_id: string }>(
    'SELECT i.participant_id FROM transcript_segment s JOIN interview i ON i.id = s.interview_id WHERE s.id = $1',
    [segment.id],
  );
  [{ id: runId }] = await t.db.query<{ id: string }>(
    `INSERT INTO synthesis_run (study_id, status, provider, progress, started_at, finished_at) VALUES ($1, 'SUCCEEDED', 'offline', 1, now(), now()) RETURNING id`,
    [ctx.studyId],
  );
}, 120_000);
afterAll(async () => t?.close());

describe('making a link', () => {
  it('gives the address once, stores only a SHA-256 of a 32-byte token, and lists metadata without it', async () => {
    const personaId = await approvedPersona('Morning Exporter');
    const made = ok(await create({ personaId })).createShareLink;
    expect(made.url.startsWith(`${PUBLIC_URL}/share/`)).toBe(true);
    const token = tokenOf(made.url);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(made.link).toMatchObject({
      scope: 'PERSONA',
      studyId: ctx.studyId,
      personaId,
      personaName: 'Morning Exporter',
      createdBy: { id: researcher.id },
      revokedAt: null,
      active: true,
      viewCount: 0,
      lastViewedAt: null,
    });
    // 30 days by default.
    const days = (Date.parse(made.link.expiresAt) - Date.parse(made.link.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(30, 1);

    const [row] = await t.db.query<Record<string, unknown>>(
      'SELECT * FROM persona_share WHERE id = $1',
      [made.link.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row).toMatchObject({
      workspace_id: ctx.workspaceId,
      study_id: ctx.studyId,
      persona_id: personaId,
      created_by: researcher.id,
    });

    const listed = (await links()).find((l: { id: string }) => l.id === made.link.id);
    expect(listed).toMatchObject({
      scope: 'PERSONA',
      personaId,
      createdBy: { id: researcher.id },
      active: true,
    });
    expect(JSON.stringify(await links())).not.toContain(token);
  });

  it('refuses a persona that is not approved, a study with no approved persona, both or neither, and expiries out of range', async () => {
    const draft = await seedPersona('Still a draft');
    expect(errorOf(await create({ personaId: draft }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Only approved personas can be shared.',
    });
    const emptyStudy = ok(
      await t.gql(
        'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }',
        { i: { workspaceId: ctx.workspaceId, name: 'No personas yet' } },
        ctx.owner.token,
      ),
    ).createStudy.id;
    await seedPersona('Draft elsewhere', emptyStudy);
    expect(errorOf(await create({ studyId: emptyStudy })).code).toBe('BAD_USER_INPUT');
    const approved = await approvedPersona('Approved one');
    expect(errorOf(await create({ personaId: approved, studyId: ctx.studyId })).code).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorOf(await create({})).code).toBe('BAD_USER_INPUT');
    for (const expiresInDays of [0, -3, 366]) {
      expect(errorOf(await create({ personaId: approved, expiresInDays })).code).toBe(
        'BAD_USER_INPUT',
      );
    }
    const year = ok(await create({ personaId: approved, expiresInDays: 365 })).createShareLink.link;
    expect((Date.parse(year.expiresAt) - Date.parse(year.createdAt)) / 86_400_000).toBeCloseTo(
      365,
      1,
    );
    // A refused request wrote nothing.
    const [{ n }] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM persona_share WHERE persona_id = $1 OR study_id = $2',
      [draft, emptyStudy],
    );
    expect(n).toBe(0);
  });

  it('lets OWNERs and RESEARCHERs make, list and revoke links; REVIEWERs and VIEWERs cannot; outsiders see nothing', async () => {
    const personaId = await approvedPersona('Role check');
    expect(ok(await create({ personaId }, ctx.owner.token)).createShareLink.link.createdBy.id).toBe(
      ctx.owner.id,
    );
    const made = ok(await create({ personaId })).createShareLink.link;
    for (const member of [reviewer, viewer]) {
      expect(errorOf(await create({ personaId }, member.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await create({ studyId: ctx.studyId }, member.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(LIST, { s: ctx.studyId }, member.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REVOKE, { id: made.id }, member.token)).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await create({ personaId }, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(LIST, { s: ctx.studyId }, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(REVOKE, { id: made.id }, outsider.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(CREATE, { i: { personaId } })).code).toBe('UNAUTHENTICATED');
    expect((await links()).find((l: { id: string }) => l.id === made.id).active).toBe(true);
  });
});

describe('the public answer', () => {
  it('shows the approved content and quotes with their source kind, and nothing private', async () => {
    const personaId = await approvedPersona('Careful Exporter');
    const { url } = ok(await create({ personaId })).createShareLink;
    const res = await shared(tokenOf(url));
    const set = ok(res).sharedPersonas;
    expect(set.scope).toBe('PERSONA');
    expect(set.personas).toHaveLength(1);
    const [p] = set.personas;
    expect(p).toMatchObject({
      name: 'Careful Exporter',
      tagline: 'Works around the dashboard',
      summary: 'Exports data every morning.',
      segmentShare: 0.4,
      participantCount: 12,
      smallSegment: false,
    });
    expect(p.avatarSvg).toContain('<svg');
    expect(p.traits[0]).toEqual({
      kind: 'BEHAVIOR',
      text: 'Exports to CSV every morning',
      share: 0.8,
      lift: 1.5,
      sharedByStudy: false,
      evidence: [
        {
          quote: 'I export everything to CSV every morning, mail me at [email]',
          sourceKind: 'TRANSCRIPT_SEGMENT',
        },
      ],
    });
    expect(p.traits[1].evidence).toEqual([
      { quote: 'Call me on [phone]', sourceKind: 'SURVEY_ANSWER' },
    ]);
    expect(p.quotes.map((q: { sourceKind: string }) => q.sourceKind)).toEqual([
      'TRANSCRIPT_SEGMENT',
      'SURVEY_ANSWER',
    ]);

    const json = JSON.stringify(res);
    for (const secret of [
      EMAIL,
      PHONE,
      '555 0199',
      participantId,
      responseId,
      segment.id,
      personaId,
      'Dana P1',
      'q-contact',
      ctx.studyId,
      ctx.workspaceId,
      researcher.id,
      reviewer.id,
    ]) {
      expect(json).not.toContain(secret);
    }
    // The stored version still holds them: the share answer removed them.
    const [{ content }] = await t.db.query<{ content: unknown }>(
      'SELECT content FROM persona_version WHERE persona_id = $1',
      [personaId],
    );
    expect(JSON.stringify(content)).toContain(EMAIL);
  });

  it('keeps showing the approved version when a new draft is written, and never a draft persona of the study', async () => {
    const personaId = await approvedPersona('Versioned');
    const draftOnly = await seedPersona('Never approved');
    const one = tokenOf(ok(await create({ personaId })).createShareLink.url);
    const all = tokenOf(ok(await create({ studyId: ctx.studyId })).createShareLink.url);
    ok(
      await t.gql(
        UPDATE,
        {
          id: personaId,
          i: { summary: 'A draft summary nobody approved.', tagline: 'Draft tagline' },
        },
        researcher.token,
      ),
    );
    const [{ latest_version }] = await t.db.query<{ latest_version: number }>(
      'SELECT latest_version FROM persona WHERE id = $1',
      [personaId],
    );
    expect(latest_version).toBe(2);

    const single = ok(await shared(one)).sharedPersonas.personas;
    expect(single).toHaveLength(1);
    expect(single[0]).toMatchObject({
      name: 'Versioned',
      summary: 'Exports data every morning.',
      tagline: 'Works around the dashboard',
    });
    const set = ok(await shared(all)).sharedPersonas;
    expect(set.scope).toBe('STUDY');
    const names = set.personas.map((p: { name: string }) => p.name);
    expect(names).toContain('Versioned');
    expect(names).not.toContain('Never approved');
    expect(names).not.toContain('Still a draft');
    const json = JSON.stringify(set);
    expect(json).not.toContain('A draft summary nobody approved.');
    expect(json).not.toContain('Draft tagline');
    expect(json).not.toContain(draftOnly);
    // Every persona of the set is one with an approved version.
    const approvedNames = await t.db.query<{ name: string }>(
      `SELECT v.content->>'name' AS name FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.approved_version
        WHERE p.study_id = $1 AND p.status <> 'ARCHIVED' ORDER BY p.created_at, p.id`,
      [ctx.studyId],
    );
    expect(names).toEqual(approvedNames.map((r) => r.name));
  });

  it('drops an archived persona: from the set, and its own link stops working', async () => {
    const personaId = await approvedPersona('Soon archived');
    const one = tokenOf(ok(await create({ personaId })).createShareLink.url);
    const all = tokenOf(ok(await create({ studyId: ctx.studyId })).createShareLink.url);
    expect(
      ok(await shared(all)).sharedPersonas.personas.map((p: { name: string }) => p.name),
    ).toContain('Soon archived');
    ok(await t.gql(ARCHIVE, { id: personaId }, researcher.token));
    expect(
      ok(await shared(all)).sharedPersonas.personas.map((p: { name: string }) => p.name),
    ).not.toContain('Soon archived');
    expect(errorOf(await shared(one))).toMatchObject(GONE);
  });

  it('counts every view', async () => {
    const personaId = await approvedPersona('Counted');
    const made = ok(await create({ personaId })).createShareLink;
    for (let i = 0; i < 3; i++) ok(await shared(tokenOf(made.url)));
    const listed = (await links()).find((l: { id: string }) => l.id === made.link.id);
    expect(listed.viewCount).toBe(3);
    expect(Date.now() - Date.parse(listed.lastViewedAt)).toBeLessThan(60_000);
  });
});

describe('links that stop working', () => {
  it('answers an expired, a revoked and an unknown link with the same NOT_FOUND sentence, and counts no view', async () => {
    const personaId = await approvedPersona('Short lived');
    const expired = ok(await create({ personaId, expiresInDays: 1 })).createShareLink;
    const revoked = ok(await create({ personaId })).createShareLink;
    ok(await shared(tokenOf(expired.url)));
    ok(await shared(tokenOf(revoked.url)));
    await t.db.query(
      `UPDATE persona_share SET created_at = now() - interval '2 days', expires_at = now() - interval '1 second' WHERE id = $1`,
      [expired.link.id],
    );
    const after = ok(await t.gql(REVOKE, { id: revoked.link.id }, ctx.owner.token)).revokeShareLink;
    expect(after).toMatchObject({ id: revoked.link.id, active: false });
    expect(after.revokedAt).not.toBeNull();
    // Revoking again keeps the first time.
    expect(
      ok(await t.gql(REVOKE, { id: revoked.link.id }, researcher.token)).revokeShareLink.revokedAt,
    ).toBe(after.revokedAt);

    const unknown = Buffer.alloc(32, 7).toString('base64url');
    const answers = [
      await shared(tokenOf(expired.url)),
      await shared(tokenOf(revoked.url)),
      await shared(unknown),
      await shared('not-a-token'),
    ];
    for (const a of answers) {
      expect(a.data?.sharedPersonas ?? null).toBeNull();
      expect(a.errors).toHaveLength(1);
      expect({ code: a.errors![0].extensions?.code, message: a.errors![0].message }).toEqual(GONE);
    }
    // Same status, same error shape: nothing tells the three apart.
    expect(
      new Set(answers.map((a) => JSON.stringify({ s: a.status, e: a.errors, d: a.data }))),
    ).toHaveProperty('size', 1);

    const listed = await links();
    const byId = (id: string) => listed.find((l: { id: string }) => l.id === id);
    expect(byId(expired.link.id)).toMatchObject({ viewCount: 1, active: false, revokedAt: null });
    expect(byId(revoked.link.id)).toMatchObject({ viewCount: 1, active: false });
  });
});

describe('rate limit', () => {
  it('refuses a client over the public budget per minute, like the survey form, without counting a view', async () => {
    const personaId = await approvedPersona('Rate limited');
    const made = ok(await create({ personaId })).createShareLink;
    // A second replica on the same database with a budget of 2 a minute (counters are shared).
    const limited = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '2', PUBLIC_URL }, t.db);
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await limited.gql(SHARED, { t: tokenOf(made.url) }));
      expect(errorOf(answers[2]!)).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many requests from your network. Wait a minute and try again.',
      });
      const served = answers.filter((a) => a.data?.sharedPersonas).length;
      const listed = (await links()).find((l: { id: string }) => l.id === made.link.id);
      expect(listed.viewCount).toBe(served);
    } finally {
      await limited.close();
    }
  });
});

describe('the share page on the server', () => {
  let web: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'share-web-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html><head></head><body><div id="app"></div></body></html>',
    );
    web = await createTestApp({ WEB_DIST: dir, PUBLIC_URL }, t.db);
  });
  afterAll(async () => {
    await web?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /share/<token> with noindex and no referrer, whether or not the web app is built', async () => {
    for (const base of [t.url, web.url]) {
      const res = await fetch(`${base.replace('[::1]', '127.0.0.1')}/share/x`, {
        headers: { accept: 'text/html' },
      });
      expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const page = await fetch(
      `${web.url.replace('[::1]', '127.0.0.1')}/share/${Buffer.alloc(32, 1).toString('base64url')}`,
      {
        headers: { accept: 'text/html' },
      },
    );
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    // Other pages stay indexable.
    const home = await fetch(`${web.url.replace('[::1]', '127.0.0.1')}/login`, {
      headers: { accept: 'text/html' },
    });
    expect(home.headers.get('x-robots-tag')).toBeNull();
  });
});
