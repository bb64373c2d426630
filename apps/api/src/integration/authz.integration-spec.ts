import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MEMBER_ROLES, PASSWORD, buildWorkspace, must, type MemberRole, type Ws } from '../../test/support/authz-fixture';
import { changedCounts, openSql, rowCounts, type Sql } from '../../test/support/authz-http';
import { RULES, type Rule, type RuleHelpers, type Vars } from '../../test/support/authz-rules';
import { createTestApp, type GqlResult, type TestApp } from '../../test/support/test-app';

// The access-control matrix: every Query and Mutation field × every kind of caller × ids from the
// caller's workspace, another workspace, and one foreign (or unknown) id among the caller's own.

// Nest loads graphql's CommonJS build; using the same instance avoids the dual-package problem.
const { buildSchema } = createRequire(__filename)('graphql') as typeof import('graphql');
const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8'));
const OPERATIONS = [
  ...Object.keys(schema.getQueryType()!.getFields()).map((name) => ({ name, mutation: false })),
  ...Object.keys(schema.getMutationType()!.getFields()).map((name) => ({ name, mutation: true })),
];

type Caller = MemberRole | 'OUTSIDER' | 'ANON';
const CALLERS: Caller[] = [...MEMBER_ROLES, 'OUTSIDER', 'ANON'];
const FRESH_MAKERS = ['newStudy', 'newCode', 'newHighlight', 'newSurvey', 'newPersona', 'newQueuedRun', 'newTheme', 'newWorkspaceInvitation', 'newSharedWorkspace', 'newShareLink', 'newShareToken', 'newFeedbackImport', 'newFeedbackConversation'];

let t: TestApp;
let A: Ws; // the callers' workspace
let B: Ws; // another tenant; its OWNER is the OUTSIDER
let helpers: RuleHelpers;
let sql: Sql;
let closeSql: () => Promise<void>;
let requests = 0;
let fixtureRequests = 0;
let cases = 0;

/** The fixture keys a rule's variables read (found with a recording stand-in, before any test runs). */
async function keysRead(rule: Rule): Promise<string[]> {
  const read = new Set<string>();
  const standIn = new Proxy({} as Ws, {
    get(_, key: string) {
      read.add(key);
      return FRESH_MAKERS.includes(key) ? async () => 'x' : 'x';
    },
  });
  await rule.vars(standIn, { newAccountEmail: async () => 'x@example.com', loginEmail: 'x@example.com' });
  return [...read];
}

/** `own` with one key taken from `other` (or replaced by an unknown id). */
function swapped(own: Ws, key: string, to: Ws | 'unknown'): Ws {
  return new Proxy(own, {
    get(target, k: string) {
      if (k !== key) return (target as any)[k];
      if (to !== 'unknown') return (to as any)[k];
      return FRESH_MAKERS.includes(k) ? async () => randomUUID() : randomUUID();
    },
  });
}

const tokenOf = async (caller: Caller, rule: Rule): Promise<string | undefined> => {
  if (caller === 'ANON') return undefined;
  if (rule.ownAccount) return (await t.signUp()).token;
  const member = caller === 'OUTSIDER' ? B.members.OWNER : A.members[caller];
  if (!rule.freshSession) return member.token;
  return must(await t.gql('mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email: member.email, password: PASSWORD } })).logIn.token;
};

/** Secrets of the workspaces the caller is not in: none may appear in its answers. */
const foreignSecretsOf = (caller: Caller) => (caller === 'ANON' ? [...A.secrets, ...B.secrets] : caller === 'OUTSIDER' ? A.secrets : B.secrets);

function stringsOf(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

function leakedSecrets(res: GqlResult, secrets: string[], sent: Vars): string[] {
  const text = JSON.stringify({ data: res.data, errors: res.errors });
  const echo = stringsOf(sent);
  return secrets.filter((s) => !echo.has(s) && ![...echo].some((e) => e.includes(s)) && text.includes(s));
}

type Outcome = 'ok' | 'null' | string;
function outcomeOf(res: GqlResult, op: string): Outcome {
  if (res.errors?.length) return res.errors[0].extensions?.code ?? 'NO_CODE';
  if (res.status >= 400) return `HTTP_${res.status}`;
  return res.data?.[op] === null ? 'null' : 'ok';
}

interface Call {
  res: GqlResult;
  vars: Vars;
  outcome: Outcome;
  changed: Record<string, unknown> | null;
}

async function call(op: string, mutation: boolean, caller: Caller, ids: Ws): Promise<Call> {
  const rule = RULES[op];
  const vars = await rule.vars(ids, helpers);
  const token = await tokenOf(caller, rule);
  const before = mutation ? await rowCounts(sql) : null;
  const res = await t.gql(rule.doc, vars, token);
  const changed = before ? changedCounts(before, await rowCounts(sql)) : null;
  cases++;
  return { res, vars, outcome: outcomeOf(res, op), changed };
}

const describeCall = (c: Call) => JSON.stringify({ outcome: c.outcome, errors: c.res.errors, data: c.res.data, status: c.res.status }).slice(0, 1500);

function expectAllowed(op: string, rule: Rule, c: Call, caller: Caller) {
  const ok = c.outcome === 'ok' || (op === 'me' && caller === 'ANON' && c.outcome === 'null') || (rule.tolerate ?? []).includes(c.outcome);
  expect(ok, `${op} by ${caller} should be allowed: ${describeCall(c)}`).toBe(true);
  if (op === 'me' && caller !== 'ANON') expect(c.res.data!.me.id).toBe(caller === 'OUTSIDER' ? B.members.OWNER.id : A.members[caller].id);
}

function expectRefused(op: string, c: Call, allowed: Outcome[], why: string) {
  expect(allowed, `${op} ${why}: ${describeCall(c)}`).toContain(c.outcome);
  if (c.changed) expect(c.changed, `${op} ${why} must change nothing`).toEqual({});
}

function expectNoLeak(op: string, c: Call, caller: Caller) {
  expect(leakedSecrets(c.res, foreignSecretsOf(caller), c.vars), `${op} by ${caller} leaked another tenant's data: ${describeCall(c)}`).toEqual([]);
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '100000', LOGIN_ATTEMPTS_PER_15_MIN: '100000' });
  const gql = t.gql;
  t.gql = (...args) => {
    requests++;
    return gql(...args);
  };
  ({ sql, close: closeSql } = await openSql(t));
  [A, B] = await Promise.all([buildWorkspace(t, 'Alpha', { sql }), buildWorkspace(t, 'Bravo', { sql })]);
  const loginUser = await t.signUp('Login user');
  // Accounts to add are copied in SQL from a real one (signUp hashes with argon2, ~2 s here).
  const newAccountEmail = async () => {
    const email = `invitee-${randomUUID()}@example.com`;
    await sql(`INSERT INTO app_user (email, name, password_hash) SELECT $1, 'Invitee', password_hash FROM app_user WHERE id = $2`, [email, loginUser.id]);
    return email;
  };
  helpers = { newAccountEmail, loginEmail: loginUser.email };
  fixtureRequests = requests;
}, 180_000);

afterAll(async () => {
  console.log(`authz matrix: ${cases} cases, ${requests - fixtureRequests} requests (fixture: ${fixtureRequests} requests)`);
  await closeSql?.();
  await t?.close();
});

describe('rules cover the schema', () => {
  it('every Query and Mutation field of apps/api/schema.gql has a rule', () => {
    expect(OPERATIONS.filter((o) => !RULES[o.name]).map((o) => o.name)).toEqual([]);
  });
  it('every rule names an operation of the schema', () => {
    const names = new Set(OPERATIONS.map((o) => o.name));
    expect(Object.keys(RULES).filter((n) => !names.has(n))).toEqual([]);
  });
  it('every rule document calls its own operation', () => {
    for (const [op, rule] of Object.entries(RULES)) expect(rule.doc, op).toMatch(new RegExp(`[{\\s]${op}[\\s({]`));
  });
});

for (const { name: op, mutation } of OPERATIONS.filter((o) => RULES[o.name])) {
  const rule = RULES[op];
  describe(`${mutation ? 'Mutation' : 'Query'}.${op}`, () => {
    if (rule.access === 'PUBLIC' || rule.access === 'USER') {
      for (const caller of CALLERS) {
        const refused = rule.access === 'USER' && caller === 'ANON';
        it(`${caller} → ${refused ? 'UNAUTHENTICATED' : 'allowed'}`, async () => {
          const c = await call(op, mutation, caller, A);
          if (refused) expectRefused(op, c, ['UNAUTHENTICATED'], 'without a token');
          else expectAllowed(op, rule, c, caller);
          if (rule.access === 'USER') expectNoLeak(op, c, caller);
        });
      }
      return;
    }
    const roles = rule.access;
    for (const role of MEMBER_ROLES) {
      const allowed = roles.includes(role);
      it(`${role}, own ids → ${allowed ? 'allowed' : 'FORBIDDEN'}`, async () => {
        const c = await call(op, mutation, role, A);
        if (allowed) expectAllowed(op, rule, c, role);
        else expectRefused(op, c, ['FORBIDDEN'], `by ${role}`);
        expectNoLeak(op, c, role);
      });
      it(`${role}, another workspace's ids → NOT_FOUND or null`, async () => {
        const c = await call(op, mutation, role, B);
        expectRefused(op, c, ['NOT_FOUND', 'null'], `by ${role} on another workspace`);
        expectNoLeak(op, c, role);
      });
    }
    it("OUTSIDER (OWNER of another workspace), this workspace's ids → NOT_FOUND or null", async () => {
      const c = await call(op, mutation, 'OUTSIDER', A);
      expectRefused(op, c, ['NOT_FOUND', 'null'], 'by an outsider');
      expectNoLeak(op, c, 'OUTSIDER');
    });
    it('ANON → UNAUTHENTICATED', async () => {
      const c = await call(op, mutation, 'ANON', A);
      expectRefused(op, c, ['UNAUTHENTICATED'], 'without a token');
      expectNoLeak(op, c, 'ANON');
    });
    it("OWNER, own ids with one id at a time from another workspace → refused like an unknown id, no foreign data", async () => {
      for (const key of await keysRead(rule)) {
        const foreign = await call(op, mutation, 'OWNER', swapped(A, key, B));
        const leaked = leakedSecrets(foreign.res, B.secrets, foreign.vars);
        expect.soft(leaked, `${op} with a foreign ${key} leaked another tenant's data: ${describeCall(foreign)}`).toEqual([]);
        const accepted = mutation ? ['NOT_FOUND', 'BAD_USER_INPUT', 'null'] : ['ok', 'null', 'NOT_FOUND', 'BAD_USER_INPUT'];
        expect.soft(accepted, `${op} with a foreign ${key}: ${describeCall(foreign)}`).toContain(foreign.outcome);
        if (foreign.changed) expect.soft(foreign.changed, `${op} with a foreign ${key} must change nothing`).toEqual({});
        const unknown = await call(op, mutation, 'OWNER', swapped(A, key, 'unknown'));
        // A foreign id must be indistinguishable from one that does not exist.
        expect.soft(
          { outcome: foreign.outcome, message: foreign.res.errors?.[0]?.message },
          `${op}: a foreign ${key} is answered differently from an unknown one (${describeCall(unknown)}): ${describeCall(foreign)}`,
        ).toEqual({ outcome: unknown.outcome, message: unknown.res.errors?.[0]?.message });
      }
    });
  });
}

describe('hand-written probes', () => {
  const SOURCE = 'query($s: SourceRefInput!) { sourceText(source: $s) { text label questionTitle } }';
  it("sourceText: another tenant's private (EMAIL) answer is answered like an unknown response", async () => {
    const [withEmail] = await sql<{ id: string }>(`SELECT id FROM response WHERE survey_id = $1 AND answers ? 'email' LIMIT 1`, [B.surveyId]);
    expect(withEmail, 'the fixture has a response with an email answer').toBeDefined();
    const foreign = await t.gql(SOURCE, { s: { type: 'SURVEY_ANSWER', responseId: withEmail.id, questionId: 'email' } }, A.members.OWNER.token);
    const unknown = await t.gql(SOURCE, { s: { type: 'SURVEY_ANSWER', responseId: randomUUID(), questionId: 'email' } }, A.members.OWNER.token);
    cases += 2;
    expect({ data: foreign.data, code: foreign.errors?.[0]?.extensions?.code }, JSON.stringify(foreign)).toEqual({
      data: unknown.data,
      code: unknown.errors?.[0]?.extensions?.code,
    });
  });
  it("sourceText: another tenant's survey answer → null, never its text", async () => {
    const res = await t.gql(SOURCE, { s: { type: 'SURVEY_ANSWER', responseId: B.responseId, questionId: 'pain' } }, A.members.VIEWER.token);
    cases++;
    expect(res.data?.sourceText ?? null).toBeNull();
  });
  it('nested fields of an own persona never reach another tenant (synthesisRun, study, workspace)', async () => {
    const res = await t.gql(
      'query($id: ID!) { persona(id: $id) { study { workspace { members { user { email } } studies { id } } } synthesisRun { personas { id study { id } } } } }',
      { id: A.personaId },
      A.members.VIEWER.token,
    );
    cases++;
    expect(res.errors).toBeUndefined();
    expect(leakedSecrets(res, B.secrets, {})).toEqual([]);
  });
  it('a revoked session is refused everywhere (logOut, then a READ query)', async () => {
    const token = must(await t.gql('mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: { email: A.members.VIEWER.email, password: PASSWORD } })).logIn.token;
    must(await t.gql('mutation { logOut }', {}, token));
    const res = await t.gql(RULES.study.doc, { id: A.studyId }, token);
    cases += 3;
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(leakedSecrets(res, A.secrets, {})).toEqual([]);
  });
});
