import { randomUUID } from 'node:crypto';
import { addMember } from './fixtures';
import { seedStudyViaApi } from './seed-study';
import type { Sql } from './authz-http';
import type { GqlResult, TestApp } from './test-app';

/**
 * The world of the access-control and hostile-input suites: a workspace with a
 * seeded study (survey, responses, a transcript, a codebook with highlights, a
 * coding run, a synthesis run and its personas, an invitation) and one member
 * of each role. Everything is made through the API, except personas and runs
 * in a given state, which are cloned in SQL so each call can get a fresh one.
 */

export const PASSWORD = 'correct-horse-battery';
export const MEMBER_ROLES = ['OWNER', 'RESEARCHER', 'REVIEWER', 'VIEWER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];
export interface Member {
  token: string;
  id: string;
  email: string;
}

export interface Ws {
  tag: string;
  workspaceId: string;
  workspaceName: string;
  studyId: string;
  studyName: string;
  ownerId: string;
  members: Record<MemberRole, Member>;
  surveyId: string;
  slug: string;
  responseId: string;
  interviewId: string;
  /** A participant's (not the interviewer's) turn. */
  segmentId: string;
  segmentText: string;
  codeId: string;
  highlightId: string;
  codingRunId: string;
  synthesisRunId: string;
  personaId: string;
  invitationId: string;
  invitationToken: string;
  /** Strings (ids, names, emails, tokens) that no other tenant may ever see. */
  secrets: string[];
  /** Fresh targets, made by the workspace's owner; each returns an id. */
  newStudy(withCode?: boolean): Promise<string>;
  newCode(): Promise<string>;
  /** A fresh feedback import, uploaded through the controller by the owner. */
  newFeedbackImport(): Promise<string>;
  /** The one conversation of a fresh feedback import. */
  newFeedbackConversation(): Promise<string>;
  newHighlight(suggested?: boolean): Promise<string>;
  newSurvey(open: boolean): Promise<string>;
  newPersona(status: 'DRAFT' | 'IN_REVIEW' | 'APPROVED'): Promise<string>;
  newQueuedRun(): Promise<string>;
  /** A finished theme run of the study. */
  themeRunId: string;
  /** A theme with one suggested highlight (accepted by acceptTheme when `accepted`). */
  newTheme(accepted?: boolean): Promise<string>;
  /** The VIEWER's account id (a member whose role an owner may set). */
  memberId: string;
  /** A pending invitation to the workspace, for a fresh address. */
  newWorkspaceInvitation(): Promise<string>;
  /** A new workspace whose members are this one's, with the same roles (for calls that leave it). */
  newSharedWorkspace(): Promise<string>;
  /** A share link (made in SQL, 30 days) to a fresh approved persona: its id. */
  newShareLink(): Promise<string>;
  /** The same, but its token (what the public page is opened with). */
  newShareToken(): Promise<string>;
}

/** The data of a successful answer; throws with the errors otherwise. */
export function must<T = any>(res: GqlResult, what = 'request'): T {
  if (res.errors?.length || !res.data) throw new Error(`${what} failed: ${JSON.stringify(res.errors)}`);
  return res.data as T;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(t: TestApp, query: string, field: string, id: string, token: string) {
  for (let i = 0; i < 200; i++) {
    const run = must(await t.gql(query, { id }, token), field)[field];
    if (!['QUEUED', 'RUNNING'].includes(run.status)) return run;
    await sleep(150);
  }
  throw new Error(`${field} ${id} did not finish`);
}

const SURVEY_QUESTIONS = [
  { id: 'q1', type: 'SHORT_TEXT', title: 'Anything else?' },
  { id: 'q2', type: 'SINGLE_CHOICE', title: 'Pick one', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }] },
];

export async function buildWorkspace(t: TestApp, tag: string, options: { responses?: number; sql?: Sql } = {}): Promise<Ws> {
  const sql: Sql = options.sql ?? ((text, params) => t.db.query(text, params));
  const unique = `${tag}-${randomUUID().slice(0, 8)}`;
  const owner = await t.signUp(`${tag} owner`);
  const workspaceName = `${unique} workspace`;
  const studyName = `${unique} study`;
  const gql = (q: string, v: Record<string, unknown>, what: string) => t.gql(q, v, owner.token).then((r) => must(r, what));
  const workspaceId = (await gql('mutation($n: String!) { createWorkspace(name: $n) { id } }', { n: workspaceName }, 'createWorkspace')).createWorkspace.id;
  const createStudy = async (name: string) =>
    (await gql('mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }', { i: { workspaceId, name } }, 'createStudy')).createStudy.id as string;
  const studyId = await createStudy(studyName);
  const members = { OWNER: owner } as Record<MemberRole, Member>;
  for (const role of MEMBER_ROLES.slice(1)) members[role] = await addMember(t, owner, workspaceId, role);

  const seeded = await seedStudyViaApi(t, owner.token, studyId, { responses: options.responses ?? 12, transcripts: 1 });
  const interview = seeded.interviews[0];
  const segment = interview.segments.find((s) => s.speaker !== 'Interviewer')!;
  const highlights = must(await t.gql('query($s: ID!) { highlights(studyId: $s) { id } }', { s: studyId }, owner.token)).highlights;
  const invitation = (
    await gql('mutation($s: ID!, $e: [String!]!) { createInvitations(surveyId: $s, emails: $e) { id token email } }', { s: seeded.survey.id, e: [`invitee-${unique}@example.com`] }, 'createInvitations')
  ).createInvitations[0];

  const codingRunId = (await gql('mutation($s: ID!) { suggestCodes(studyId: $s, provider: "offline") { id } }', { s: studyId }, 'suggestCodes')).suggestCodes.id;
  await waitFor(t, 'query($id: ID!) { codingRun(id: $id) { status } }', 'codingRun', codingRunId, owner.token);
  const synthesisRunId = (await gql('mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id } }', { i: { studyId, provider: 'offline' } }, 'startSynthesis')).startSynthesis.id;
  const run = await waitFor(t, 'query($id: ID!) { synthesisRun(id: $id) { status error personas { id } } }', 'synthesisRun', synthesisRunId, owner.token);
  if (run.status !== 'SUCCEEDED' || !run.personas.length) throw new Error(`synthesis did not succeed: ${JSON.stringify(run)}`);
  const personaId = run.personas[0].id as string;

  const [themeRun] = await sql<{ id: string }>(
    `INSERT INTO theme_run (study_id, provider, status, progress, finished_at) VALUES ($1, 'offline', 'SUCCEEDED', 1, now()) RETURNING id`,
    [studyId],
  );

  let n = 0;
  const newCode = async () =>
    (await gql('mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }', { i: { studyId, name: `fresh code ${++n} ${randomUUID()}`, category: 'NEED' } }, 'createCode')).createCode.id as string;

  // A calibration of the main study (a person's code first), so latestCalibration has one to show.
  const calibratedCode = await newCode();
  await gql('mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }', { i: { codeId: calibratedCode, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id }, start: 0, end: 5 } }, 'applyCode');
  await gql('mutation($s: ID!) { startCalibration(studyId: $s, provider: "offline", sampleSize: 10) { id } }', { s: studyId }, 'startCalibration');

  /** A share link (30 days) to a fresh approved persona of the study, made in SQL. */
  const shareLink = async (): Promise<{ id: string; token: string }> => {
    const personaId = await ws.newPersona('APPROVED');
    const token = Buffer.from(randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''), 'hex').toString('base64url');
    const [share] = await sql<{ id: string }>(
      `INSERT INTO persona_share (workspace_id, study_id, persona_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, encode(sha256(convert_to($4, 'UTF8')), 'hex'), $5, now() + interval '30 days') RETURNING id`,
      [workspaceId, studyId, personaId, token, owner.id],
    );
    return { id: share.id, token };
  };

  // A one-message support CSV, unique so that the content hash never repeats.
  const uploadFeedback = async (): Promise<string> => {
    const csv = `conversation_id,author_role,text\nT-${++n},customer,Feedback ${unique} ${n}\n`;
    const res = await fetch(`${t.url}/api/studies/${studyId}/feedback-imports?kind=SUPPORT&fileName=authz.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/octet-stream' },
      body: csv,
    });
    const body = (await res.json()) as { id?: string };
    if (!res.ok || !body.id) throw new Error(`feedback upload: ${res.status} ${JSON.stringify(body)}`);
    return body.id;
  };

  const ws: Ws = {
    tag,
    workspaceId,
    workspaceName,
    studyId,
    studyName,
    ownerId: owner.id,
    members,
    surveyId: seeded.survey.id,
    slug: seeded.survey.slug,
    responseId: seeded.responseIds[0],
    interviewId: interview.id,
    segmentId: segment.id,
    segmentText: segment.text,
    codeId: Object.values(seeded.codes)[0],
    highlightId: highlights[0].id,
    codingRunId,
    synthesisRunId,
    personaId,
    invitationId: invitation.id,
    invitationToken: invitation.token,
    secrets: [],
    async newStudy(withCode = false) {
      const id = await createStudy(`scratch ${++n}`);
      if (withCode) await gql('mutation($i: CreateCodeInput!) { createCode(input: $i) { id } }', { i: { studyId: id, name: 'Only code', category: 'NEED' } }, 'createCode');
      return id;
    },
    newCode,
    newFeedbackImport: uploadFeedback,
    async newFeedbackConversation() {
      const importId = await uploadFeedback();
      const [row] = await sql('SELECT id FROM feedback_conversation WHERE import_id = $1', [importId]);
      return row.id as string;
    },
    async newHighlight(suggested = false) {
      const codeId = await newCode();
      const id = (
        await gql('mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id } }', { i: { codeId, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: segment.id }, start: 0, end: 5 } }, 'applyCode')
      ).applyCode.id as string;
      if (suggested) await sql(`UPDATE highlight SET status = 'SUGGESTED', coder = 'offline-coder', confidence = 0.5 WHERE id = $1`, [id]);
      return id;
    },
    async newSurvey(open) {
      const id = (await gql('mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }', { i: { studyId, title: `Fresh survey ${++n}`, questions: SURVEY_QUESTIONS } }, 'createSurvey')).createSurvey.id;
      if (open) await gql('mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id }, 'publishSurvey');
      return id;
    },
    async newPersona(status) {
      const [p] = await sql<{ id: string }>(
        `INSERT INTO persona (study_id, status, latest_version, approved_version, member_ids, synthesis_run_id)
         SELECT study_id, $2, 1, CASE WHEN $2 = 'APPROVED' THEN 1 END, member_ids, synthesis_run_id FROM persona WHERE id = $1 RETURNING id`,
        [personaId, status],
      );
      await sql(
        `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id)
         SELECT $2, 1, content, 'SYNTHESIS', synthesis_run_id FROM persona_version WHERE persona_id = $1 AND version = 1`,
        [personaId, p.id],
      );
      return p.id;
    },
    themeRunId: themeRun.id,
    async newTheme(accepted = false) {
      const codeId = await newCode();
      const [theme] = await sql<{ id: string }>(
        `INSERT INTO theme (study_id, run_id, code_id, label, source_scope, theme_key) VALUES ($1, $2, $3, 'Fresh theme', 'TRANSCRIPTS', $4) RETURNING id`,
        [studyId, themeRun.id, codeId, `fresh|${codeId}`],
      );
      const [h] = await sql<{ id: string }>(
        `INSERT INTO highlight (study_id, code_id, source_type, segment_id, start_offset, end_offset, text, status, coder, confidence)
         VALUES ($1, $2, 'TRANSCRIPT_SEGMENT', $3, 0, 5, $4, $5, 'offline-themes', 0.7) RETURNING id`,
        [studyId, codeId, segment.id, segment.text.slice(0, 5), accepted ? 'ACCEPTED' : 'SUGGESTED'],
      );
      if (accepted) await sql('UPDATE theme SET accepted_ids = ARRAY[$2::uuid] WHERE id = $1', [theme.id, h.id]);
      return theme.id;
    },
    memberId: members.VIEWER.id,
    async newWorkspaceInvitation() {
      const add = 'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { user { id } } }';
      return (await gql(add, { w: workspaceId, e: `invitee-${randomUUID()}@example.com`, r: 'VIEWER' }, 'addMember')).addMember.user.id as string;
    },
    async newSharedWorkspace() {
      const [shared] = await sql<{ id: string }>(`INSERT INTO workspace (name) VALUES ($1) RETURNING id`, [`${unique} shared ${++n}`]);
      await sql(`INSERT INTO membership (workspace_id, user_id, role) SELECT $1, user_id, role FROM membership WHERE workspace_id = $2`, [shared.id, workspaceId]);
      return shared.id;
    },
    async newShareLink() {
      return (await shareLink()).id;
    },
    async newShareToken() {
      return (await shareLink()).token;
    },
    async newQueuedRun() {
      const study = await createStudy(`scratch run ${++n}`);
      const [r] = await sql<{ id: string }>(`INSERT INTO synthesis_run (study_id, provider, heartbeat_at) VALUES ($1, 'offline', now()) RETURNING id`, [study]);
      return r.id;
    },
  };
  const personaIds = run.personas.map((p: { id: string }) => p.id);
  ws.secrets = [
    workspaceId,
    workspaceName,
    studyId,
    studyName,
    unique,
    seeded.survey.id,
    seeded.survey.slug,
    ...seeded.responseIds,
    interview.id,
    ...interview.segments.map((s) => s.id),
    ...Object.values(seeded.codes),
    ...highlights.map((h: { id: string }) => h.id),
    codingRunId,
    synthesisRunId,
    themeRun.id,
    ...personaIds,
    invitation.id,
    invitation.token,
    invitation.email,
    ...Object.values(members).flatMap((m) => [m.id, m.email]),
  ];
  return ws;
}

export { SURVEY_QUESTIONS };
