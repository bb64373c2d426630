import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id email name } } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token user { id } } }';
const CREATE_WS = 'mutation($n: String!) { createWorkspace(name: $n) { id name myRole } }';
const ADD_MEMBER = 'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role user { id email } } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(id: $id) { myRole } }';
const SET_ROLE = 'mutation($w: ID!, $u: ID!, $r: Role!) { setMemberRole(workspaceId: $w, userId: $u, role: $r) { role } }';
const CREATE_STUDY = 'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id name workspace { id myRole } } }';
const STUDY = 'query($id: ID!) { study(id: $id) { id name surveys { id } interviews { id } codes { id } personas { id } } }';
const WORKSPACE = 'query($id: ID!) { workspace(id: $id) { id name members { role user { email } } studies { id } } }';

let t: TestApp;
const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('sign-up and log-in', () => {
  it('signs up, answers me, logs in and out', async () => {
    const res = await t.gql(SIGN_UP, { i: { email: 'Ada@Example.com', password: 'long-enough-pw', name: 'Ada' } });
    expect(res.data?.signUp.user).toMatchObject({ email: 'ada@example.com', name: 'Ada' });
    const token = res.data!.signUp.token;
    expect((await t.gql('{ me { email } }', {}, token)).data?.me.email).toBe('ada@example.com');
    const login = await t.gql(LOG_IN, { i: { email: 'ADA@example.com', password: 'long-enough-pw' } });
    expect(login.data?.logIn.token).toMatch(/^pl_/);
    const stored = await t.db.query<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE email = 'ada@example.com'`);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
    expect((await t.gql('mutation { logOut }', {}, token)).data?.logOut).toBe(true);
    expect(errorOf(await t.gql('{ me { email } }', {}, token)).code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['short password', { email: 'x1@example.com', password: 'short', name: 'X' }, 'password'],
    ['malformed email', { email: 'not-an-email', password: 'long-enough-pw', name: 'X' }, 'email'],
    ['empty name', { email: 'x2@example.com', password: 'long-enough-pw', name: '' }, 'name'],
  ])('refuses a %s and writes nothing', async (_, input, field) => {
    const before = await count('app_user');
    const err = errorOf(await t.gql(SIGN_UP, { i: input }));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.field).toBe(field);
    expect(await count('app_user')).toBe(before);
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    await t.gql(SIGN_UP, { i: { email: 'dup@example.com', password: 'long-enough-pw', name: 'A' } });
    const before = await count('app_user');
    const err = errorOf(await t.gql(SIGN_UP, { i: { email: 'DUP@example.com', password: 'long-enough-pw', name: 'B' } }));
    expect(err.code).toBe('CONFLICT');
    expect(await count('app_user')).toBe(before);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrong = errorOf(await t.gql(LOG_IN, { i: { email: 'dup@example.com', password: 'wrong-password' } }));
    const unknown = errorOf(await t.gql(LOG_IN, { i: { email: 'nobody@example.com', password: 'wrong-password' } }));
    expect(wrong.code).toBe('UNAUTHENTICATED');
    expect(unknown).toEqual(wrong);
  });

  it('rate-limits log-in attempts per email', async () => {
    const email = 'limited@example.com';
    await t.gql(SIGN_UP, { i: { email, password: 'long-enough-pw', name: 'L' } });
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) codes.push(errorOf(await t.gql(LOG_IN, { i: { email, password: 'wrong-password' } })).code);
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(10)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
    // Even the right password is refused while limited.
    expect(errorOf(await t.gql(LOG_IN, { i: { email, password: 'long-enough-pw' } })).code).toBe('TOO_MANY_REQUESTS');
  });

  it('refuses missing, forged, malformed and expired tokens', async () => {
    expect(errorOf(await t.gql('{ workspaces { id } }')).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await t.gql('{ workspaces { id } }', {}, 'pl_forged')).code).toBe('UNAUTHENTICATED');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ workspaces { id } }' }),
    });
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const user = await t.signUp();
    await t.db.query(`UPDATE session SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [user.id]);
    expect(errorOf(await t.gql('{ workspaces { id } }', {}, user.token)).code).toBe('UNAUTHENTICATED');
  });
});

describe('roles table', () => {
  let owner: { token: string; id: string; email: string };
  const members: Record<string, { token: string; email: string }> = {};
  let outsider: { token: string };
  let workspaceId: string;
  let foreignStudyId: string;

  beforeAll(async () => {
    owner = await t.signUp('Owner');
    workspaceId = (await t.gql(CREATE_WS, { n: 'Acme research' }, owner.token)).data!.createWorkspace.id;
    for (const role of ['RESEARCHER', 'REVIEWER', 'VIEWER']) {
      members[role] = await t.signUp(role);
      const res = await t.gql(ADD_MEMBER, { w: workspaceId, e: members[role].email, r: role }, owner.token);
      expect(res.data?.addMember.role).toBe(role);
      const accepted = await t.gql(ACCEPT, { id: res.data!.addMember.user.id }, members[role].token);
      expect(accepted.data?.acceptInvitation.myRole).toBe(role);
    }
    outsider = await t.signUp('Outsider');
    const otherWs = (await t.gql(CREATE_WS, { n: 'Other' }, outsider.token)).data!.createWorkspace.id;
    foreignStudyId = (await t.gql(CREATE_STUDY, { i: { workspaceId: otherWs, name: 'Secret' } }, outsider.token)).data!.createStudy.id;
  });

  it('makes the creator of a workspace its OWNER', async () => {
    const ws = await t.gql(WORKSPACE, { id: workspaceId }, owner.token);
    expect(ws.data?.workspace.members[0]).toEqual({ role: 'OWNER', user: { email: owner.email } });
    expect(ws.data?.workspace.members).toHaveLength(4);
  });

  it('lets only OWNER add members', async () => {
    const outsiderEmail = (await t.signUp()).email;
    for (const role of ['RESEARCHER', 'REVIEWER', 'VIEWER']) {
      const before = [await count('membership'), await count('workspace_invitation')];
      const err = errorOf(await t.gql(ADD_MEMBER, { w: workspaceId, e: outsiderEmail, r: 'VIEWER' }, members[role].token));
      expect(err.code).toBe('FORBIDDEN');
      expect([await count('membership'), await count('workspace_invitation')]).toEqual(before);
    }
    // An address without an account is invited like any other (the answer does not tell).
    expect((await t.gql(ADD_MEMBER, { w: workspaceId, e: 'ghost@example.com', r: 'VIEWER' }, owner.token)).data?.addMember.user.email).toBe('ghost@example.com');
  });

  it('keeps at least one owner', async () => {
    const err = errorOf(await t.gql(SET_ROLE, { w: workspaceId, u: owner.id, r: 'VIEWER' }, owner.token));
    expect(err.code).toBe('CONFLICT');
  });

  it('lets OWNER and RESEARCHER create studies, not REVIEWER or VIEWER', async () => {
    for (const [who, token, ok] of [
      ['OWNER', owner.token, true],
      ['RESEARCHER', members.RESEARCHER.token, true],
      ['REVIEWER', members.REVIEWER.token, false],
      ['VIEWER', members.VIEWER.token, false],
    ] as const) {
      const before = await count('study');
      const res = await t.gql(CREATE_STUDY, { i: { workspaceId, name: `By ${who}` } }, token);
      if (ok) {
        expect(res.data?.createStudy.workspace).toEqual({ id: workspaceId, myRole: who });
      } else {
        expect(errorOf(res).code).toBe('FORBIDDEN');
        expect(await count('study')).toBe(before);
      }
    }
  });

  it('lets every member read everything in the workspace', async () => {
    const studyId = (await t.gql(CREATE_STUDY, { i: { workspaceId, name: 'Readable' } }, owner.token)).data!.createStudy.id;
    for (const token of [owner.token, ...Object.values(members).map((m) => m.token)]) {
      const res = await t.gql(STUDY, { id: studyId }, token);
      expect(res.data?.study).toEqual({ id: studyId, name: 'Readable', surveys: [], interviews: [], codes: [], personas: [] });
      expect((await t.gql(WORKSPACE, { id: workspaceId }, token)).data?.workspace.studies.length).toBeGreaterThan(0);
    }
  });

  it('hides other workspaces: foreign and unknown ids look the same', async () => {
    const foreign = await t.gql(STUDY, { id: foreignStudyId }, owner.token);
    const unknown = await t.gql(STUDY, { id: randomUUID() }, owner.token);
    expect(foreign.data?.study).toBeNull();
    expect(unknown.data?.study).toBeNull();
    expect((await t.gql(WORKSPACE, { id: randomUUID() }, owner.token)).data?.workspace).toBeNull();
    const list = await t.gql('{ workspaces { name } }', {}, owner.token);
    expect(list.data?.workspaces.map((w: { name: string }) => w.name)).toEqual(['Acme research']);
    const intoForeign = errorOf(await t.gql(CREATE_STUDY, { i: { workspaceId: randomUUID(), name: 'x' } }, owner.token));
    expect(intoForeign.code).toBe('NOT_FOUND');
    const outsiderWs = (await t.gql('{ workspaces { id } }', {}, outsider.token)).data!.workspaces[0].id;
    const intoOther = errorOf(await t.gql(CREATE_STUDY, { i: { workspaceId: outsiderWs, name: 'x' } }, owner.token));
    expect(intoOther).toEqual(intoForeign);
  });

  it('refuses a malformed id without leaking SQL', async () => {
    const err = errorOf(await t.gql(CREATE_STUDY, { i: { workspaceId: "1' OR 1=1", name: 'x' } }, owner.token));
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.message).not.toMatch(/select|uuid|syntax/i);
  });
});

describe('GraphQL hardening', () => {
  it('answers malformed GraphQL with BAD_USER_INPUT and no internals', async () => {
    const res = await t.gql('mutation { signUp(input: {', {});
    expect(res.status).toBe(400);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/node_modules|\.ts:|at \w+ \(/);
  });

  it('refuses a 50-deep query', async () => {
    const user = await t.signUp();
    let q = 'id';
    for (let i = 0; i < 25; i++) q = `studies { workspace { ${q} } }`;
    const res = await t.gql(`{ workspaces { ${q} } }`, {}, user.token);
    expect(errorOf(res).code).toBe('BAD_USER_INPUT');
    expect(errorOf(res).message).toMatch(/depth|cost/i);
  });

  it('refuses a 20 MB body with 413 and writes nothing', async () => {
    const before = await count('app_user');
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_UP, variables: { i: { email: 'big@example.com', password: 'long-enough-pw', name: 'x'.repeat(20_000_000) } } }),
    });
    expect(res.status).toBe(413);
    const body = (await res.json()) as any;
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count('app_user')).toBe(before);
  });

  it('refuses batched arrays', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('refuses a NUL character with a sentence that says so, writing nothing', async () => {
    const before = await count('app_user');
    const res = await t.gql(SIGN_UP, { i: { email: 'nul@example.com', password: 'long-enough-pw', name: 'a\u0000b' } });
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/NUL characters/) });
    expect(await count('app_user')).toBe(before);
  });

  it('refuses a body nested deeper than 256 levels before parsing it, by either body reader, writing nothing', async () => {
    const before = await count('app_user');
    const nested = (depth: number) =>
      `{"query":${JSON.stringify(SIGN_UP)},"variables":{"i":{"email":"deep@example.com","password":"long-enough-pw","name":"x","extra":${'['.repeat(depth)}${']'.repeat(depth)}}}}`;
    // 256 levels in all is fine (the GraphQL input then refuses the unknown field); 257 is not.
    const ok = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: nested(253) });
    expect(((await ok.json()) as any).errors[0].message).not.toMatch(/levels deep/);
    // With a Content-Length (the app's own reader) and chunked (body-parser's).
    const chunked = () => new Blob([nested(1_000)]).stream();
    for (const body of [nested(1_000), chunked()]) {
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
      expect(res.status).toBe(400);
      expect(errorOf({ status: res.status, ...((await res.json()) as object) } as any)).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: 'The request body nests objects or arrays more than 256 levels deep. Send flatter data.',
      });
    }
    // Brackets inside strings do not count.
    const inString = await t.gql(SIGN_UP, { i: { email: 'brackets@example.com', password: 'long-enough-pw', name: `${'['.repeat(1000)}"{` } });
    expect(inString.errors?.[0]?.message ?? '').not.toMatch(/levels deep/);
    expect(await count('app_user')).toBe(before + (inString.errors ? 0 : 1));
  });

  it('refuses a body of more than 100,000 values before parsing it, writing nothing', async () => {
    const before = await count('app_user');
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 1]));
    const body = (n: number) => JSON.stringify({ query: SIGN_UP, variables: { i: { email: 'wide@example.com', password: 'long-enough-pw', name: 'x', extra: keys(n) } } });
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(150_000) });
    expect(res.status).toBe(400);
    expect(errorOf({ status: res.status, ...((await res.json()) as object) } as any)).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'The request body holds too many values: at most 100,000 in its objects and arrays. Send less at once.',
    });
    // Below the bound the body is parsed, and the variables limit (20,000 nodes) answers instead.
    const parsed = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(50_000) });
    expect(((await parsed.json()) as any).errors[0].message).not.toMatch(/too many values/);
    expect(await count('app_user')).toBe(before);
  });

  it('answers invalid JSON with a clear error', async () => {
    const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
