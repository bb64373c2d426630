import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { ParticipantKeyService } from '@persona-lab/studies';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Product analytics through the real upload controller and PostgreSQL: features computed in SQL
// equal hand-computed values, users never seen elsewhere stay unlinked, raw ids are never stored,
// a linked participant gets an immutable summary, and bad uploads write nothing but a failed row.

let t: TestApp;
let ctx: Awaited<ReturnType<typeof createStudyFixture>>;
let keys: ParticipantKeyService;
const participantOf = new Map<string, string>();

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

// Ana: one id written two ways (case, spaces); ISO times. Ben: unix s, unix ms and RFC 2822.
// ghost-1 is seen nowhere else; its event is the file's latest, so it sets the reference date.
const EVENTS_CSV = [
  'User ID,Event Name,When,properties',
  'ana@example.com,dashboard_opened,2026-11-02T09:00:00Z,"{""plan"":""pro""}"',
  ' ANA@example.com,dashboard_opened,2026-11-02 09:10:00,',
  'ana@example.com,export,2026-11-02T09:20:00Z,',
  'ana@example.com,dashboard_opened,2026-11-02T12:00:00Z,',
  'ana@example.com,dashboard_opened,2026-11-16T10:00:00Z,',
  'ben-42,dashboard_opened,1796119200,',
  'ben-42,export,1796119500000,',
  'ben-42,export,"Tue, 01 Dec 2026 10:40:00 +0000",',
  'ghost-1,dashboard_opened,2026-12-02T08:00:00Z,',
  'ghost-1,export,next tuesday,',
  ',export,2026-12-01T08:00:00Z,',
].join('\n');
const MAPPING = { kind: 'EVENTS', userColumn: 'User ID', eventColumn: 'Event Name', timeColumn: 'When', propertiesColumn: 'properties' };

async function upload(token: string, body: string, mapping: unknown, fileName = 'events.csv') {
  const qs = new URLSearchParams({ fileName, mapping: JSON.stringify(mapping) });
  const res = await fetch(`${t.url}/api/studies/${ctx.studyId}/analytics-imports?${qs}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

const ds = () => t.app.get(DataSource);

beforeAll(async () => {
  t = await createTestApp();
  ctx = await createStudyFixture(t, 'Analytics');
  keys = t.app.get(ParticipantKeyService, { strict: false });
  // Customers the study knows from elsewhere (as a survey's customer_id or a feedback file would link them).
  const links = await ds().transaction((m) =>
    keys.link(
      ctx.studyId,
      [
        { keyHash: keys.hash(ctx.studyId, 'ana@example.com'), label: 'Ana' },
        { keyHash: keys.hash(ctx.studyId, 'ben-42'), label: 'Ben' },
        { keyHash: keys.hash(ctx.studyId, 'cy-7'), label: 'Cy' },
      ],
      m,
    ),
  );
  for (const [raw, label] of [['ana@example.com', 'Ana'], ['ben-42', 'Ben'], ['cy-7', 'Cy']])
    participantOf.set(label, links.get(keys.hash(ctx.studyId, raw))!);
}, 120_000);
afterAll(async () => t?.close());

describe('events import', () => {
  let importId: string;

  it('answers the counts: 3 users, 2 linked, 1 not linked, 2 rows skipped', async () => {
    const res = await upload(ctx.owner.token, EVENTS_CSV, MAPPING);
    expect(res.status).toBe(200);
    importId = res.body.import.id;
    expect(res.body.import).toMatchObject({
      status: 'SUCCEEDED',
      kind: 'EVENTS',
      bytesRead: Buffer.byteLength(EVENTS_CSV),
      rowsRead: 11,
      rowsSkipped: 2,
      events: 9,
      users: 3,
      linked: 2,
      unlinked: 1,
      features: ['event:dashboard_opened', 'event:export'],
    });
    const study = await t.gql(
      `query($id: ID!) { study(id: $id) { analyticsImports { id status users linked unlinked rowsRead bytesRead features referenceAt } } }`,
      { id: ctx.studyId },
      ctx.owner.token,
    );
    expect(study.data!.study.analyticsImports).toEqual([
      {
        id: importId,
        status: 'SUCCEEDED',
        users: 3,
        linked: 2,
        unlinked: 1,
        rowsRead: 11,
        bytesRead: Buffer.byteLength(EVENTS_CSV),
        features: ['Opens dashboards', 'Exports'],
        referenceAt: '2026-12-02T08:00:00.000Z',
      },
    ]);
  });

  it('computes the features in SQL as by hand (sessions split at 30 min, span at least a week, recency at the latest event)', async () => {
    const rows = await t.db.query<Record<string, any>>(
      `SELECT u.user_hash, u.participant_id, u.events::int, u.sessions, u.active_weeks,
              f.feature, f.events::int AS fe, f.active_weeks AS fw, f.per_week, f.recency_days, f.session_share
         FROM analytics_user u JOIN analytics_user_feature f USING (import_id, user_hash)
        WHERE u.import_id = $1 ORDER BY u.user_hash, f.feature`,
      [importId],
    );
    const of = (raw: string, feature: string) =>
      rows.find((r) => r.user_hash === keys.hash(ctx.studyId, raw) && r.feature === feature)!;
    const ref = Date.UTC(2026, 11, 2, 8);
    const anaSpanWeeks = (Date.UTC(2026, 10, 16, 10) - Date.UTC(2026, 10, 2, 9)) / WEEK;
    const ana = of('ana@example.com', 'event:dashboard_opened');
    expect(ana).toMatchObject({ participant_id: participantOf.get('Ana'), events: 5, sessions: 3, active_weeks: 2, fe: 4, fw: 2 });
    expect(ana.per_week).toBeCloseTo(4 / anaSpanWeeks, 9);
    expect(ana.recency_days).toBeCloseTo((ref - Date.UTC(2026, 10, 16, 10)) / DAY, 9);
    expect(ana.session_share).toBe(1);
    const anaExport = of('ana@example.com', 'event:export');
    expect(anaExport.session_share).toBeCloseTo(1 / 3, 9);
    expect(anaExport.per_week).toBeCloseTo(1 / anaSpanWeeks, 9);
    const benExport = of('ben-42', 'event:export');
    // Ben's three events span 40 minutes: the span counts as one week. 10:05 → 10:40 is a new session.
    expect(benExport).toMatchObject({ participant_id: participantOf.get('Ben'), sessions: 2, fe: 2, per_week: 2, session_share: 1 });
    expect(benExport.recency_days).toBeCloseTo((ref - Date.UTC(2026, 11, 1, 10, 40)) / DAY, 9);
    expect(of('ben-42', 'event:dashboard_opened').session_share).toBe(0.5);
    // The user nobody knows is kept, unlinked.
    expect(of('ghost-1', 'event:dashboard_opened')).toMatchObject({ participant_id: null, events: 1, sessions: 1 });
  });

  it('never stores a raw id or a property, and leaves no raw event rows', async () => {
    const dump = await t.db.query<{ j: string }>(
      `SELECT row_to_json(x)::text AS j FROM analytics_import x
       UNION ALL SELECT row_to_json(x)::text FROM analytics_user x
       UNION ALL SELECT row_to_json(x)::text FROM analytics_user_feature x
       UNION ALL SELECT row_to_json(x)::text FROM analytics_summary x
       UNION ALL SELECT row_to_json(x)::text FROM participant x
       UNION ALL SELECT row_to_json(x)::text FROM participant_key x`,
    );
    const all = dump.map((d) => d.j.toLowerCase()).join('\n');
    for (const raw of ['ana@example.com', 'ben-42', 'ghost-1', 'cy-7', '"plan"']) expect(all).not.toContain(raw);
    const tables = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relname IN ('analytics_stage', 'analytics_units')",
    );
    expect(tables[0].n).toBe(0);
  });

  it('renders an immutable summary per linked participant, with each feature’s span', async () => {
    const res = await t.gql(
      `query($id: ID!) { study(id: $id) { participants { id label behaviour { id text features { key label perWeek share start end } } } } }`,
      { id: ctx.studyId },
      ctx.owner.token,
    );
    const people = res.data!.study.participants as { label: string; behaviour: any }[];
    const ana = people.find((p) => p.label === 'Ana')!.behaviour;
    expect(ana.text).toBe(
      'Opens dashboards about 2 times a week, in 100 % of sessions; last time 16 days ago. ' +
        'Exports about 2 times a month, in 33 % of sessions; last time 30 days ago. Last active 16 days ago.',
    );
    expect(ana.features.map((f: any) => ana.text.slice(f.start, f.end))).toEqual([
      'Opens dashboards about 2 times a week, in 100 % of sessions; last time 16 days ago.',
      'Exports about 2 times a month, in 33 % of sessions; last time 30 days ago.',
    ]);
    expect(people.find((p) => p.label === 'Ben')!.behaviour.text).toBe(
      'Opens dashboards about once a week, in 50 % of sessions; last time yesterday. ' +
        'Exports about 2 times a week, in 100 % of sessions; last time yesterday. Last active yesterday.',
    );
    // Linked elsewhere but absent from the file: no summary.
    expect(people.find((p) => p.label === 'Cy')!.behaviour).toBeNull();
  });
});

describe('summary import', () => {
  it('reads numeric per-user columns as frequency per week, recency and share', async () => {
    const csv = 'customer,sessions,dashboards_opened,days_since_last_login,export_share\nben-42,8,56,2,25\nnew-user,1,1,40,0\n';
    const res = await upload(ctx.owner.token, csv, {
      kind: 'SUMMARY',
      userColumn: 'customer',
      metricColumns: ['sessions', 'dashboards_opened', 'days_since_last_login', 'export_share'],
      periodDays: 28,
    });
    expect(res.body.import).toMatchObject({ status: 'SUCCEEDED', kind: 'SUMMARY', users: 2, linked: 1, unlinked: 1 });
    const [summary] = await t.db.query<{ text: string }>(
      'SELECT text FROM analytics_summary WHERE import_id = $1',
      [res.body.import.id],
    );
    expect(summary.text).toBe(
      'Starts a session about 2 times a week. Opens dashboards about 14 times a week. ' +
        'Logs in: last time 2 days ago. Exports in 25 % of sessions.',
    );
  });
});

describe('bad uploads', () => {
  it('a mapping the file cannot satisfy is a BAD_USER_INPUT with a sentence, and the import is FAILED', async () => {
    const res = await upload(ctx.owner.token, EVENTS_CSV, { ...MAPPING, timeColumn: 'Time' });
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'BAD_USER_INPUT', message: 'The file has no column “Time” (for the timestamp).' });
    const [row] = await t.db.query<{ status: string; error: string; n: number }>(
      `SELECT status, error, (SELECT count(*)::int FROM analytics_user u WHERE u.import_id = i.id) AS n
         FROM analytics_import i ORDER BY created_at DESC LIMIT 1`,
    );
    expect(row).toEqual({ status: 'FAILED', error: 'The file has no column “Time” (for the timestamp).', n: 0 });
  });

  it('a file with no readable row fails with a sentence', async () => {
    const res = await upload(ctx.owner.token, 'User ID,Event Name,When\nana,open,soon\n', MAPPING);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/No row had a user id, an event name and a readable timestamp/);
  });

  it('a viewer cannot import, and nothing is written', async () => {
    const viewer = await addMember(t, ctx.owner, ctx.workspaceId, 'VIEWER');
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics_import');
    const res = await upload(viewer.token, EVENTS_CSV, MAPPING);
    expect(res.status).toBe(403);
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM analytics_import');
    expect(after[0].n).toBe(before[0].n);
  });

  it('the preview proposes a mapping without storing anything', async () => {
    const res = await t.gql(
      `query($s: ID!, $x: String!) { previewAnalyticsCsv(studyId: $s, sample: $x, whole: true) { columns rows timeColumns proposal { kind userColumn eventColumn timeColumn propertiesColumn } } }`,
      { s: ctx.studyId, x: EVENTS_CSV },
      ctx.owner.token,
    );
    expect(res.data!.previewAnalyticsCsv).toMatchObject({
      columns: ['User ID', 'Event Name', 'When', 'properties'],
      proposal: { kind: 'EVENTS', userColumn: 'User ID', eventColumn: 'Event Name', timeColumn: 'When', propertiesColumn: 'properties' },
    });
  });
});

describe('synthesis with behaviour', () => {
  it("a linked participant's behaviour becomes a trait whose evidence is a verbatim span of their summary", async () => {
    const gql = async (q: string, v: Record<string, unknown>, token?: string) => {
      const r = await t.gql(q, v, token);
      if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
      return r.data as Record<string, any>;
    };
    const token = ctx.owner.token;
    const studyId = (await gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId: ctx.workspaceId, name: 'Behaviour' } }, token)).createStudy.id as string;
    const questions = [
      { id: 'freq', type: 'SINGLE_CHOICE', title: 'How often do you check reports?', personaField: 'BEHAVIOR', options: [{ id: 'daily', label: 'Daily' }, { id: 'rarely', label: 'Rarely' }] },
      { id: 'pain', type: 'SINGLE_CHOICE', title: 'What slows you down most?', personaField: 'PAIN_POINT', options: [{ id: 'slow', label: 'Slow dashboards' }, { id: 'export', label: 'Missing exports' }] },
    ];
    const survey = (await gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id slug } }', { i: { studyId, title: 'Reports', questions } }, token)).createSurvey;
    await gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: survey.id }, token);
    const labels = Array.from({ length: 40 }, (_, i) => `C${String(i).padStart(2, '0')}`);
    // Each customer is known by id (as a survey's customer_id would link them) and answered the survey.
    await ds().transaction((m) => keys.link(studyId, labels.map((l) => ({ keyHash: keys.hash(studyId, `cust-${l}`), label: l })), m));
    for (const [i, label] of labels.entries()) {
      const sig = (await gql('query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { signature } }', { s: survey.id, l: label }, token)).participantLink.signature;
      await gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', {
        i: {
          slug: survey.slug,
          clientResponseId: `r-${label}-${studyId}`,
          complete: true,
          answers: [
            { questionId: 'freq', value: i < 20 ? 'daily' : 'rarely' },
            { questionId: 'pain', value: i < 20 ? 'slow' : 'export' },
          ],
          hiddenFields: { participant: label, participant_sig: sig },
        },
      });
    }
    // Four weeks of events: the first 20 open dashboards 12 times a week, the others twice.
    const lines = ['user_id,event,timestamp'];
    for (const [i, label] of labels.entries())
      for (let d = 0; d < 28; d++) {
        const at = (h: number) => new Date(Date.UTC(2026, 10, 2 + d, h)).toISOString();
        if (i < 20 && d % 7 < 6) lines.push(`cust-${label},dashboard_opened,${at(9)}`, `cust-${label},dashboard_opened,${at(15)}`);
        if (i >= 20 && (d % 7 === 0 || d % 7 === 3)) lines.push(`cust-${label},dashboard_opened,${at(9)}`);
      }
    const qs = new URLSearchParams({ fileName: 'events.csv', mapping: JSON.stringify({ kind: 'EVENTS', userColumn: 'user_id', eventColumn: 'event', timeColumn: 'timestamp' }) });
    const res = await fetch(`${t.url}/api/studies/${studyId}/analytics-imports?${qs}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: lines.join('\n'),
    });
    expect(((await res.json()) as any).import).toMatchObject({ status: 'SUCCEEDED', users: 40, linked: 40, unlinked: 0 });

    const runId = (await gql('mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }', { i: { studyId, provider: 'offline' } }, token)).startSynthesis.id;
    let run: any;
    for (let i = 0; i < 240 && !['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(run?.status); i++) {
      if (i) await new Promise((r) => setTimeout(r, 250));
      run = (await gql('query($id: ID!) { synthesisRun(id: $id) { status error } }', { id: runId }, token)).synthesisRun;
    }
    expect(run).toEqual({ status: 'SUCCEEDED', error: null });
    const personas = (
      await gql(
        `query($id: ID!) { synthesisRun(id: $id) { personas { traits { kind text evidence { quote start end source { type summaryId } } } } } }`,
        { id: runId },
        token,
      )
    ).synthesisRun.personas as { traits: { kind: string; text: string; evidence: any[] }[] }[];
    const traits = personas.flatMap((p) => p.traits).filter((tr) => tr.evidence.some((e) => e.source.type === 'ANALYTICS_SUMMARY'));
    expect(traits).toHaveLength(1);
    expect(traits[0].kind).toBe('BEHAVIOR');
    // 48 events over 3.75 weeks = 12.8 a week; the study: (12.8 + 8 / (24 / 7)) / 2 = 7.57 → 1.7×.
    expect(traits[0].text).toBe('Opens dashboards about 13 times a week (1.7× the study)');
    const texts = new Map(
      (await t.db.query<{ id: string; text: string }>('SELECT id, text FROM analytics_summary WHERE study_id = $1', [studyId])).map((r) => [r.id, r.text]),
    );
    for (const e of traits[0].evidence) {
      expect(e.quote).toBe(texts.get(e.source.summaryId)!.slice(e.start, e.end));
      expect(e.quote).toMatch(/^Opens dashboards about 13 times a week, in 100 % of sessions; last time [^.]+\.$/);
    }
    // The evidence drawer reads the whole summary through sourceText, labelled as product analytics.
    const shown = await gql(
      'query($s: SourceRefInput!) { sourceText(source: $s) { text label } }',
      { s: { type: 'ANALYTICS_SUMMARY', summaryId: traits[0].evidence[0].source.summaryId } },
      token,
    );
    expect(shown.sourceText).toEqual({ text: texts.get(traits[0].evidence[0].source.summaryId), label: 'Product analytics: behaviour summary' });
  }, 120_000);
});
