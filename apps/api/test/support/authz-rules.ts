import { randomUUID } from 'node:crypto';
import type { MemberRole, Ws } from './authz-fixture';

/**
 * Who may call each GraphQL operation, from the roles table of
 * ../shared/DESIGN.md, with a document and a way to build valid variables
 * from a workspace fixture. Every Query and Mutation field of
 * apps/api/schema.gql must have a rule here (the authz suite fails otherwise).
 */

/** The roles table of DESIGN.md, row by row. */
export const ROLES_TABLE = {
  /** members, workspace settings */
  MANAGE: ['OWNER'],
  /** studies, surveys, transcripts, codes, synthesis */
  RESEARCH: ['OWNER', 'RESEARCHER'],
  /** edit persona drafts, submit for review */
  EDIT_PERSONAS: ['OWNER', 'RESEARCHER'],
  /** approve / request changes / reject */
  REVIEW: ['OWNER', 'REVIEWER'],
  /** read everything in the workspace */
  READ: ['OWNER', 'RESEARCHER', 'REVIEWER', 'VIEWER'],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Right = keyof typeof ROLES_TABLE;
const union = (...rights: Right[]): MemberRole[] => [...new Set(rights.flatMap((r) => ROLES_TABLE[r]))];

export interface RuleHelpers {
  /** Signs up a new account and returns its email. */
  newAccountEmail(): Promise<string>;
  /** Email of an account kept for logIn calls. */
  loginEmail: string;
}

export type Vars = Record<string, unknown>;

export interface Rule {
  /**
   * PUBLIC: anyone, no token needed. USER: any signed-in user, no workspace ids.
   * A list: the workspace roles that may call it; everyone else is refused.
   */
  access: 'PUBLIC' | 'USER' | readonly MemberRole[];
  /** The call, with every argument passed as a variable (the hostile suite checks it) so generated variants reach each one. */
  doc: string;
  /** Valid variables with ids from `w` (fresh targets where the call changes them). */
  vars: (w: Ws, h: RuleHelpers) => Vars | Promise<Vars>;
  /** Error codes an allowed caller may get because the fixture cannot satisfy the call. */
  tolerate?: string[];
  /** The call revokes the caller's session, so it is made with a fresh one. */
  freshSession?: true;
  /** The call acts on every session of the caller's account, so a new account of its own makes it. */
  ownAccount?: true;
}

const uid = () => randomUUID().slice(0, 8);
const PERSONA = `id name status version tagline study { id name workspace { id name } } synthesisRun { id }
  traits { text evidence { quote source { segmentId responseId } } } comments { body author { email } } auditTrail { action actor { email } }`;

export const RULES: Record<string, Rule> = {
  // ---- Queries ----
  codingAgreement: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!, $a: String!, $b: String!) { codingAgreement(studyId: $s, coderA: $a, coderB: $b) { coderA coderB units observed cohensKappa } }',
    vars: (w) => ({ s: w.studyId, a: w.ownerId, b: 'offline-coder' }),
  },
  codeHighlights: {
    access: ROLES_TABLE.READ,
    doc: 'query($c: ID!, $f: Int, $o: Int) { codeHighlights(codeId: $c, first: $f, offset: $o) { totalCount nodes { id text status coder place { label interviewId surveyId speaker } } } }',
    vars: async (w) => ({ c: await w.newCode() }),
  },
  codingRun: { access: ROLES_TABLE.READ, doc: 'query($id: ID!) { codingRun(id: $id) { id status provider suggestions } }', vars: (w) => ({ id: w.codingRunId }) },
  highlights: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!, $st: HighlightStatus, $c: ID) { highlights(studyId: $s, status: $st, codeId: $c) { id text coder status code { id name } source { segmentId responseId questionId } } }',
    vars: (w) => ({ s: w.studyId }),
  },
  interview: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { interview(id: $id) { id title participant { id label } segments { id text speaker } } }',
    vars: (w) => ({ id: w.interviewId }),
  },
  invitations: { access: ROLES_TABLE.READ, doc: 'query($s: ID!) { invitations(surveyId: $s) { id email token status } }', vars: (w) => ({ s: w.surveyId }) },
  // Any signed-in user: whether SMTP_URL is set (mail.integration-spec.ts).
  emailEnabled: { access: 'USER', doc: '{ emailEnabled }', vars: () => ({}) },
  me: { access: 'PUBLIC', doc: '{ me { id email name } }', vars: () => ({}) },
  // A link token nobody was sent: every caller gets NOT_FOUND after the same path a real one takes
  // (workspace-members.integration-spec.ts follows real links).
  workspaceInvitationPreview: {
    access: 'PUBLIC',
    doc: 'query($t: String!) { workspaceInvitationPreview(token: $t) { workspaceName role email expiresAt } }',
    vars: () => ({ t: randomUUID().replace(/-/g, '') }),
    tolerate: ['NOT_FOUND'],
  },
  myInvitations: { access: 'USER', doc: '{ myInvitations { id workspaceId workspaceName email role invitedByName createdAt expiresAt } }', vars: () => ({}) },
  participantLink: { access: ROLES_TABLE.RESEARCH, doc: 'query($s: ID!, $l: String!) { participantLink(surveyId: $s, label: $l) { label signature path } }', vars: (w) => ({ s: w.surveyId, l: `P-${uid()}` }) },
  // Any signed-in user: only personas in their own workspaces that wait for them (persona-review.integration-spec.ts).
  reviewQueue: { access: 'USER', doc: '{ reviewQueue { id name status reviewState reviewers { id } } }', vars: () => ({}) },
  persona: { access: ROLES_TABLE.READ, doc: `query($id: ID!) { persona(id: $id) { ${PERSONA} } }`, vars: (w) => ({ id: w.personaId }) },
  previewAnalyticsCsv: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'query($s: ID!, $x: String!, $w: Boolean) { previewAnalyticsCsv(studyId: $s, sample: $x, whole: $w) { columns rows timeColumns numericColumns proposal { kind userColumn eventColumn timeColumn } } }',
    vars: (w) => ({ s: w.studyId, x: 'user_id,event,timestamp\nu1,export,2026-12-01T10:00:00Z\n', w: true }),
  },
  previewSurveyCsv: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'query($i: PreviewSurveyCsvInput!) { previewSurveyCsv(input: $i) { rowCount columns { index header type personaField sensitive skip reason sampleValues } warnings } }',
    vars: (w) => ({ i: { studyId: w.studyId, csv: 'Age,Comment\n30,Fine\n41,Too slow\n' } }),
  },
  publicSurvey: {
    access: 'PUBLIC',
    doc: 'query($s: String!, $t: String) { publicSurvey(slug: $s, invitationToken: $t) { title version questions { id title } } }',
    vars: (w) => ({ s: w.slug }),
  },
  responses: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!, $f: Int, $a: String, $r: ResultsFilter) { responses(surveyId: $s, first: $f, after: $a, filter: $r) { totalCount endCursor nodes { id answers { questionId value } hiddenFields } } }',
    vars: (w) => ({ s: w.surveyId, f: 5 }),
  },
  shareLinks: {
    access: ROLES_TABLE.EDIT_PERSONAS,
    doc: 'query($s: ID!) { shareLinks(studyId: $s) { id scope personaId personaName createdBy { id email } expiresAt revokedAt active viewCount } }',
    vars: (w) => ({ s: w.studyId }),
  },
  sharedPersonas: {
    access: 'PUBLIC',
    doc: 'query($t: String!) { sharedPersonas(token: $t) { scope expiresAt personas { name summary traits { text evidence { quote sourceKind } } quotes { quote } } } }',
    vars: async (w) => ({ t: await w.newShareToken() }),
  },
  search: {
    access: ROLES_TABLE.READ,
    doc: 'query($w: ID!, $q: String!, $s: ID, $src: [SearchSource!], $c: ID, $f: Int, $a: String) { search(workspaceId: $w, query: $q, studyId: $s, sources: $src, codeId: $c, first: $f, after: $a) { hasNextPage endCursor nodes { source id title snippet highlights { start end } studyName link } } }',
    vars: (w) => ({ w: w.workspaceId, q: w.segmentText.split(/\s+/).slice(0, 3).join(' '), s: w.studyId, f: 5 }),
  },
  sourceText: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: SourceRefInput!) { sourceText(source: $s) { text label interviewId speaker } }',
    vars: (w) => ({ s: { type: 'TRANSCRIPT_SEGMENT', segmentId: w.segmentId } }),
  },
  study: {
    access: ROLES_TABLE.READ,
    doc: `query($id: ID!) { study(id: $id) { id name workspace { id name members { role user { id email } } }
      surveys { id slug title } interviews { id title } codes { id name } participants { id label } personas { id name } synthesisRuns { id } } }`,
    vars: (w) => ({ id: w.studyId }),
  },
  survey: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { survey(id: $id) { id title slug status responseCount study { id name } questions { id title } } }',
    vars: (w) => ({ id: w.surveyId }),
  },
  surveyResults: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!, $f: ResultsFilter) { surveyResults(surveyId: $s, filter: $f) { responseCount completeCount questions { questionId answered texts } } }',
    vars: (w) => ({ s: w.surveyId }),
  },
  synthesisRun: { access: ROLES_TABLE.READ, doc: 'query($id: ID!) { synthesisRun(id: $id) { id status personas { id name } } }', vars: (w) => ({ id: w.synthesisRunId }) },
  themeRun: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { themeRun(id: $id) { id status progress error message themeCount suggestionCount themes { id label } } }',
    vars: (w) => ({ id: w.themeRunId }),
  },
  themes: { access: ROLES_TABLE.READ, doc: 'query($s: ID!, $n: Int) { themes(studyId: $s) { id label questionId unitCount pendingSuggestions acceptedSuggestions code { id name } examples(first: $n) { id text } } }', vars: (w) => ({ s: w.studyId, n: 3 }) },
  workspace: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { workspace(id: $id) { id name myRole allowSelfApproval members { role user { id email } } studies { id name } } }',
    vars: (w) => ({ id: w.workspaceId }),
  },
  workspaces: { access: 'USER', doc: '{ workspaces { id name myRole members { user { id email } } studies { id name } } }', vars: () => ({}) },

  // Notifications: any signed-in user, always their own rows only (notifications.integration-spec.ts).
  notifications: {
    access: 'USER',
    doc: 'query($f: Int, $a: String, $u: Boolean) { notifications(first: $f, after: $a, unreadOnly: $u) { nodes { id kind title link createdAt read actor { id name } } endCursor } }',
    vars: () => ({ f: 20, a: null, u: false }),
  },
  notificationSettings: { access: 'USER', doc: '{ notificationSettings { kind email } }', vars: () => ({}) },
  unreadNotificationCount: { access: 'USER', doc: '{ unreadNotificationCount }', vars: () => ({}) },

  // ---- Mutations ----
  acceptTheme: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!, $n: Int) { acceptTheme(id: $id) { id label questionId unitCount pendingSuggestions acceptedSuggestions code { id name } examples(first: $n) { id text } } }', vars: async (w) => ({ id: await w.newTheme(), n: 3 }) },
  // Only the invitee (the account with the invited email) may answer an invitation; the fixture's
  // invitations are to fresh addresses, so every caller is refused like an unknown id.
  acceptInvitation: {
    access: 'USER',
    doc: 'mutation($id: ID!) { acceptInvitation(id: $id) { id name myRole } }',
    vars: async (w) => ({ id: await w.newWorkspaceInvitation() }),
    tolerate: ['NOT_FOUND'],
  },
  declineInvitation: {
    access: 'USER',
    doc: 'mutation($id: ID!) { declineInvitation(id: $id) }',
    vars: async (w) => ({ id: await w.newWorkspaceInvitation() }),
    tolerate: ['NOT_FOUND'],
  },
  acceptInvitationByToken: {
    access: 'USER',
    doc: 'mutation($t: String!) { acceptInvitationByToken(token: $t) { id name myRole } }',
    vars: () => ({ t: randomUUID().replace(/-/g, '') }),
    tolerate: ['NOT_FOUND'],
  },
  // A fresh workspace with this one's members: an OWNER removes its VIEWER (memberId).
  removeMember: {
    access: ROLES_TABLE.MANAGE,
    doc: 'mutation($w: ID!, $u: ID!) { removeMember(workspaceId: $w, userId: $u) }',
    vars: async (w) => ({ w: await w.newSharedWorkspace(), u: w.memberId }),
  },
  revokeInvitation: { access: ROLES_TABLE.MANAGE, doc: 'mutation($id: ID!) { revokeInvitation(id: $id) }', vars: async (w) => ({ id: await w.newWorkspaceInvitation() }) },
  setMemberRole: {
    access: ROLES_TABLE.MANAGE,
    doc: 'mutation($w: ID!, $u: ID!, $r: Role!) { setMemberRole(workspaceId: $w, userId: $u, role: $r) { role user { id } } }',
    vars: (w) => ({ w: w.workspaceId, u: w.memberId, r: 'VIEWER' }),
  },
  // Any member may leave; the OWNER of the fresh workspace is its only owner, so it is refused.
  leaveWorkspace: {
    access: ROLES_TABLE.READ,
    doc: 'mutation($w: ID!) { leaveWorkspace(workspaceId: $w) }',
    vars: async (w) => ({ w: await w.newSharedWorkspace() }),
    tolerate: ['CONFLICT'],
  },
  addMember: {
    access: ROLES_TABLE.MANAGE,
    doc: 'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role user { id email } } }',
    vars: async (w, h) => ({ w: w.workspaceId, e: await h.newAccountEmail(), r: 'VIEWER' }),
  },
  applyCode: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: ApplyCodeInput!) { applyCode(input: $i) { id text status code { id name } source { segmentId } } }',
    vars: async (w) => ({ i: { codeId: await w.newCode(), source: { type: 'TRANSCRIPT_SEGMENT', segmentId: w.segmentId }, start: 0, end: 4 } }),
  },
  assignNewParticipants: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!) { assignNewParticipants(studyId: $s) { runId recorded assigned unassigned newcomers } }',
    vars: (w) => ({ s: w.studyId }),
  },
  archivePersona: { access: ROLES_TABLE.EDIT_PERSONAS, doc: `mutation($id: ID!) { archivePersona(id: $id) { ${PERSONA} } }`, vars: async (w) => ({ id: await w.newPersona('DRAFT') }) },
  cancelSynthesis: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!) { cancelSynthesis(id: $id) { id status } }', vars: async (w) => ({ id: await w.newQueuedRun() }) },
  closeSurvey: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!) { closeSurvey(id: $id) { id status title } }', vars: async (w) => ({ id: await w.newSurvey(true) }) },
  commentOnPersona: {
    access: union('EDIT_PERSONAS', 'REVIEW'),
    doc: 'mutation($p: ID!, $b: String!, $t: Int) { commentOnPersona(personaId: $p, body: $b, traitIndex: $t) { id body traitIndex personaVersion author { id } } }',
    vars: (w) => ({ p: w.personaId, b: `A remark ${uid()}` }),
  },
  createCode: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: CreateCodeInput!) { createCode(input: $i) { id name } }',
    vars: (w) => ({ i: { studyId: w.studyId, name: `Code ${uid()}`, category: 'NEED', description: 'When it hurts' } }),
  },
  createInvitations: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $e: [String!]!) { createInvitations(surveyId: $s, emails: $e) { id email token status } }',
    vars: (w) => ({ s: w.surveyId, e: [`guest-${uid()}@example.com`] }),
  },
  createShareLink: {
    access: ROLES_TABLE.EDIT_PERSONAS,
    doc: 'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { url link { id scope personaId createdBy { id } expiresAt viewCount } } }',
    vars: async (w) => ({ i: { personaId: await w.newPersona('APPROVED'), expiresInDays: 7 } }),
  },
  createStudy: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id name workspace { id name } } }',
    vars: (w) => ({ i: { workspaceId: w.workspaceId, name: `Study ${uid()}`, description: 'About' } }),
  },
  createSurvey: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id title status study { id name } } }',
    vars: (w) => ({ i: { studyId: w.studyId, title: `Survey ${uid()}`, questions: [{ id: 'q', type: 'SHORT_TEXT', title: 'Why?' }] } }),
  },
  createWorkspace: { access: 'USER', doc: 'mutation($n: String!) { createWorkspace(name: $n) { id name myRole } }', vars: () => ({ n: `Workspace ${uid()}` }) },
  deleteCode: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!, $f: Boolean) { deleteCode(id: $id, force: $f) }', vars: async (w) => ({ id: await w.newCode() }) },
  // A fresh study has no open text: allowed callers get BAD_USER_INPUT after the role check, and no run writes in the background.
  discoverThemes: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: DiscoverThemesInput!) { discoverThemes(input: $i) { id status progress themeCount } }',
    vars: async (w) => ({ i: { studyId: await w.newStudy(), questionIds: null, includeTranscripts: true, provider: 'offline' } }),
    tolerate: ['BAD_USER_INPUT'],
  },
  dropTheme: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!) { dropTheme(id: $id) }', vars: async (w) => ({ id: await w.newTheme() }) },
  importCodebook: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $f: CodebookFormat!, $c: String!) { importCodebook(studyId: $s, format: $f, content: $c) { id name } }',
    vars: (w) => ({ s: w.studyId, f: 'CSV', c: `name,category\nImported ${uid()},NEED\n` }),
  },
  importSurveyCsv: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: ImportSurveyCsvInput!) { importSurveyCsv(input: $i) { id title status responseCount } }',
    vars: (w) => ({ i: { studyId: w.studyId, title: `Imported ${uid()}`, csv: 'Age,Comment\n30,Fine\n41,Too slow\n' } }),
  },
  // Feedback (issue 17): imports uploaded through the controller by the workspace's owner.
  feedbackImports: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!) { feedbackImports(studyId: $s) { id status fileName bytesRead rowsRead conversationCount messageCount warnings error } }',
    vars: (w) => ({ s: w.studyId }),
  },
  feedbackImport: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { feedbackImport(id: $id) { id status } }',
    vars: async (w) => ({ id: await w.newFeedbackImport() }),
  },
  feedbackConversations: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!, $k: FeedbackKind, $o: Int, $l: Int) { feedbackConversations(studyId: $s, kind: $k, offset: $o, limit: $l) { total items { id title customerLabel } } }',
    vars: (w) => ({ s: w.studyId, k: 'SUPPORT', o: 0, l: 10 }),
  },
  feedbackConversation: {
    access: ROLES_TABLE.READ,
    doc: 'query($id: ID!) { feedbackConversation(id: $id) { id title messages { id role text } } }',
    vars: async (w) => ({ id: await w.newFeedbackConversation() }),
  },
  deleteFeedbackImport: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!) { deleteFeedbackImport(id: $id) }',
    vars: async (w) => ({ id: await w.newFeedbackImport() }),
  },
  previewFeedbackImport: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $k: FeedbackKind!, $t: String!, $m: [FeedbackColumnInput!]) { previewFeedbackImport(studyId: $s, kind: $k, sample: $t, mapping: $m) { format rows columns { header field samples } } }',
    vars: (w) => ({ s: w.studyId, k: 'FEEDBACK', t: 'text,date\nSlow exports,2025-01-02\n', m: [{ header: 'text', field: 'TEXT' }] }),
  },
  importTranscript: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id title segments { id text } } }',
    vars: (w) => ({ i: { studyId: w.studyId, title: `Call ${uid()}`, format: 'PLAIN', content: 'Interviewer: How is it?\nP9: It is fine.', interviewerSpeakers: ['Interviewer'] } }),
  },
  setInterviewCustomer: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $c: String) { setInterviewCustomer(interviewId: $id, customerId: $c) { id customerLabel participant { id } } }',
    vars: (w) => ({ id: w.interviewId, c: `cust-${uid()}` }),
  },
  logIn: {
    access: 'PUBLIC',
    doc: 'mutation($i: LogInInput!) { logIn(input: $i) { token user { id email } } }',
    vars: (_w, h) => ({ i: { email: h.loginEmail, password: 'correct-horse-battery' } }),
  },
  // An address without an account: the answer is true and nothing is written (no enumeration).
  requestPasswordReset: {
    access: 'PUBLIC',
    doc: 'mutation($e: String!) { requestPasswordReset(email: $e) }',
    vars: () => ({ e: `nobody-${uid()}@example.com` }),
  },
  resetPassword: {
    access: 'PUBLIC',
    doc: 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }',
    vars: () => ({ t: `plr_${randomUUID()}`, p: 'lantern tide gravel orbit' }),
    tolerate: ['NOT_FOUND'],
  },
  logOut: { access: 'USER', doc: 'mutation { logOut }', vars: () => ({}), freshSession: true },
  signOutEverywhere: { access: 'USER', doc: 'mutation { signOutEverywhere }', vars: () => ({}), ownAccount: true },
  changePassword: {
    access: 'USER',
    doc: 'mutation($i: ChangePasswordInput!) { changePassword(input: $i) }',
    // A wrong current password: the call is checked end to end but never changes a fixture account's password.
    vars: () => ({ i: { currentPassword: 'not-the-password-0', newPassword: 'lantern tide gravel' } }),
    tolerate: ['BAD_USER_INPUT'],
  },
  mergeCodes: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($a: ID!, $b: ID!) { mergeCodes(sourceId: $a, targetId: $b) { id name highlightCount } }',
    vars: async (w) => ({ a: await w.newCode(), b: await w.newCode() }),
  },
  mergeThemes: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($a: ID!, $b: ID!, $n: Int) { mergeThemes(sourceId: $a, targetId: $b) { id label questionId unitCount pendingSuggestions acceptedSuggestions code { id name } examples(first: $n) { id text } } }',
    vars: async (w) => ({ a: await w.newTheme(), b: await w.newTheme(), n: 3 }),
  },
  resendInvitation: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!) { resendInvitation(id: $id) { id email status delivery { state reminders } } }',
    vars: (w) => ({ id: w.invitationId }),
  },
  sendSurveyInvitations: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: SendSurveyInvitationsInput!) { sendSurveyInvitations(input: $i) { sent { id email token delivery { state } } rejected { line text reason message } emailEnabled } }',
    vars: (w) => ({ i: { surveyId: w.surveyId, addresses: `mailed-${uid()}@example.com\nnot an address`, reminderAfterDays: 3, maxReminders: 1 } }),
  },
  unsubscribeFromSurvey: { access: 'PUBLIC', doc: 'mutation($t: String!) { unsubscribeFromSurvey(token: $t) }', vars: () => ({ t: `unknown-${uid()}` }) },
  publishSurvey: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!) { publishSurvey(id: $id) { id status title } }', vars: async (w) => ({ id: await w.newSurvey(false) }) },
  removeHighlight: { access: ROLES_TABLE.RESEARCH, doc: 'mutation($id: ID!) { removeHighlight(id: $id) }', vars: async (w) => ({ id: await w.newHighlight() }) },
  renameTheme: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $l: String!, $n: Int) { renameTheme(id: $id, label: $l) { id label questionId unitCount pendingSuggestions acceptedSuggestions code { id name } examples(first: $n) { id text } } }',
    vars: async (w) => ({ id: await w.newTheme(), l: `Renamed theme ${uid()}`, n: 3 }),
  },
  revokeShareLink: {
    access: ROLES_TABLE.EDIT_PERSONAS,
    doc: 'mutation($id: ID!) { revokeShareLink(id: $id) { id revokedAt active } }',
    vars: async (w) => ({ id: await w.newShareLink() }),
  },
  reviewPersona: {
    access: ROLES_TABLE.REVIEW,
    doc: `mutation($i: ReviewPersonaInput!) { reviewPersona(input: $i) { ${PERSONA} } }`,
    vars: async (w) => ({ i: { personaId: await w.newPersona('IN_REVIEW'), decision: 'APPROVE' } }),
  },
  reviewSuggestion: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $a: Boolean!) { reviewSuggestion(id: $id, accept: $a) { id status text code { name } } }',
    vars: async (w) => ({ id: await w.newHighlight(true), a: true }),
  },
  reviewSuggestions: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($ids: [ID!]!, $a: Boolean!) { reviewSuggestions(ids: $ids, accept: $a) }',
    vars: async (w) => ({ ids: [await w.newHighlight(true), await w.newHighlight(true)], a: true }),
  },
  reopenSuggestions: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($ids: [ID!]!) { reopenSuggestions(ids: $ids) }',
    vars: async (w) => ({ ids: [await w.newHighlight(true)] }),
  },
  acceptSuggestions: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $c: ID!, $m: Float!) { acceptSuggestions(studyId: $s, codeId: $c, minConfidence: $m) }',
    vars: async (w) => ({ s: w.studyId, c: await w.newCode(), m: 0.8 }),
  },
  setWorkspaceSelfApproval: {
    access: ROLES_TABLE.MANAGE,
    doc: 'mutation($w: ID!, $a: Boolean!) { setWorkspaceSelfApproval(workspaceId: $w, allow: $a) { id name allowSelfApproval } }',
    vars: (w) => ({ w: w.workspaceId, a: false }),
  },
  signUp: {
    access: 'PUBLIC',
    doc: 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id email } } }',
    vars: () => ({ i: { email: `new-${uid()}@example.com`, password: 'correct-horse-battery', name: 'New person' } }),
  },
  startSynthesis: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status provider } }',
    vars: async (w) => ({ i: { studyId: await w.newStudy(), provider: 'offline' } }),
  },
  submitPersonaForReview: { access: ROLES_TABLE.EDIT_PERSONAS, doc: `mutation($id: ID!, $r: [ID!]) { submitPersonaForReview(id: $id, reviewerIds: $r) { ${PERSONA} } }`, vars: async (w) => ({ id: await w.newPersona('DRAFT'), r: null }) },
  submitResponse: {
    access: 'PUBLIC',
    doc: 'mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId complete } }',
    vars: (w) => ({ i: { slug: w.slug, clientResponseId: randomUUID(), complete: false, answers: [{ questionId: 'pain', value: 'Too slow' }] } }),
  },
  startCalibration: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $p: String, $n: Int) { startCalibration(studyId: $s, provider: $p, sampleSize: $n) { id status sampleSize } }',
    // The fixture's study has a person's code (see buildWorkspace), which a calibration needs.
    vars: (w) => ({ s: w.studyId, p: 'offline', n: 10 }),
  },
  latestCalibration: {
    access: ROLES_TABLE.READ,
    doc: 'query($s: ID!) { latestCalibration(studyId: $s) { id status result { cohensKappa perCode { codeName cohensKappa } } } }',
    vars: (w) => ({ s: w.studyId }),
  },
  suggestCodes: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $p: String) { suggestCodes(studyId: $s, provider: $p) { id status provider } }',
    vars: async (w) => ({ s: await w.newStudy(true), p: 'offline' }),
  },
  undoAcceptTheme: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $n: Int) { undoAcceptTheme(id: $id) { id label questionId unitCount pendingSuggestions acceptedSuggestions code { id name } examples(first: $n) { id text } } }',
    vars: async (w) => ({ id: await w.newTheme(true), n: 3 }),
  },
  updateCode: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $i: UpdateCodeInput!) { updateCode(id: $id, input: $i) { id name description } }',
    vars: async (w) => ({ id: await w.newCode(), i: { description: 'Edited', category: 'GOAL' } }),
  },
  updatePersona: {
    access: ROLES_TABLE.EDIT_PERSONAS,
    doc: `mutation($id: ID!, $i: UpdatePersonaInput!) { updatePersona(id: $id, input: $i) { ${PERSONA} } }`,
    vars: async (w) => ({ id: await w.newPersona('DRAFT'), i: { tagline: `Edited ${uid()}` } }),
  },
  updateQuestionAnalysis: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($s: ID!, $q: [QuestionAnalysisInput!]!) { updateQuestionAnalysis(surveyId: $s, questions: $q) { id version questions { id personaField sensitive sensitiveOptIn } } }',
    vars: async (w) => ({ s: await w.newSurvey(true), q: [{ questionId: 'q1', personaField: 'PAIN_POINT' }] }),
  },
  updateSurvey: {
    access: ROLES_TABLE.RESEARCH,
    doc: 'mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id title status } }',
    vars: async (w) => ({ id: await w.newSurvey(false), i: { title: `Edited ${uid()}` } }),
  },
  markAllNotificationsRead: { access: 'USER', doc: 'mutation { markAllNotificationsRead }', vars: () => ({}) },
  markNotificationsRead: { access: 'USER', doc: 'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }', vars: () => ({ ids: [randomUUID()] }) },
  updateNotificationSettings: {
    access: 'USER',
    doc: 'mutation($i: [NotificationSettingInput!]!) { updateNotificationSettings(input: $i) { kind email } }',
    vars: () => ({ i: [{ kind: 'COMMENTED', email: false }] }),
  },
};
