import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 14, finding 9: adding a member is an invitation the invitee accepts; the answer to an add
// never tells whether the address has an account; members can leave; the last owner cannot.

const CREATE_WS = 'mutation($n: String!) { createWorkspace(name: $n) { id } }';
const ADD_MEMBER = 'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role user { id name email } } }';
const MINE = '{ myInvitations { id workspaceId workspaceName email role invitedByName createdAt expiresAt } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(id: $id) { id name myRole } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(id: $id) }';
const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) }';
const LEAVE = 'mutation($w: ID!) { leaveWorkspace(workspaceId: $w) }';
const SET_ROLE = 'mutation($w: ID!, $u: ID!, $r: Role!) { setMemberRole(workspaceId: $w, userId: $u, role: $r) { role user { id } } }';
const WORKSPACE = 'query($id: ID!) { workspace(id: $id) { id members { role user { id email } } } }';
const PENDING = 'query($id: ID!) { workspace(id: $id) { invitations { id email role invitedByName } } }';
const CREATE_STUDY = 'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }';

type Account = { token: string; id: string; email: string };
let t: TestApp;
let owner: Account;
let workspaceId: string;

const must = <T = any>(res: { data?: any; errors?: unknown }): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
};
const count = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }>(sql, params))[0].n;
const membershipsOf = (userId: string) => count('SELECT count(*)::int AS n FROM membership WHERE workspace_id = $1 AND user_id = $2', [workspaceId, userId]);
const invite = async (email: string, role = 'VIEWER', w = workspaceId, by = owner) => must(await t.gql(ADD_MEMBER, { w, e: email, r: role }, by.token)).addMember;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: '100000' });
  owner = await t.signUp('Olive Owner');
  workspaceId = must(await t.gql(CREATE_WS, { n: 'Invitations lab' }, owner.token)).createWorkspace.id;
}, 120_000);
afterAll(async () => t?.close());

describe('addMember is an invitation', () => {
  it('adds nobody until the invitee accepts; then they are a member with the role', async () => {
    const invitee = await t.signUp('Ivy Invitee');
    const answer = await invite(invitee.email, 'RESEARCHER');
    expect(await membershipsOf(invitee.id)).toBe(0);
    expect(must(await t.gql(WORKSPACE, { id: workspaceId }, invitee.token)).workspace).toBeNull();

    const [mine] = must(await t.gql(MINE, {}, invitee.token)).myInvitations;
    expect(mine).toMatchObject({ id: answer.user.id, workspaceId, workspaceName: 'Invitations lab', email: invitee.email, role: 'RESEARCHER', invitedByName: 'Olive Owner' });
    const days = (Date.parse(mine.expiresAt) - Date.parse(mine.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);

    expect(must(await t.gql(ACCEPT, { id: mine.id }, invitee.token)).acceptInvitation).toEqual({ id: workspaceId, name: 'Invitations lab', myRole: 'RESEARCHER' });
    expect(await membershipsOf(invitee.id)).toBe(1);
    expect(must(await t.gql(MINE, {}, invitee.token)).myInvitations).toEqual([]);
    // Accepted once: it cannot be accepted or declined again.
    expect(errorOf(await t.gql(ACCEPT, { id: mine.id }, invitee.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DECLINE, { id: mine.id }, invitee.token)).code).toBe('NOT_FOUND');
  });

  it('answers the same for an address with an account, one without, and a member', async () => {
    const known = await t.signUp('Kenji Known');
    const unknownEmail = `nobody-${randomUUID()}@example.com`;
    const shape = (a: any, typed: string) => ({ ...a, user: { ...a.user, id: 'ignored', name: a.user.name === typed, email: a.user.email === typed } });
    const forKnown = await invite(known.email);
    const forUnknown = await invite(unknownEmail);
    const forMember = await invite(owner.email);
    expect(forKnown.user.name).toBe(known.email);
    expect(forKnown.user.id).not.toBe(known.id);
    expect(shape(forKnown, known.email)).toEqual(shape(forUnknown, unknownEmail));
    expect(shape(forMember, owner.email)).toEqual(shape(forUnknown, unknownEmail));
    expect(Object.keys(forKnown.user).sort()).toEqual(Object.keys(forUnknown.user).sort());
    for (const a of [forKnown, forUnknown, forMember]) expect(a.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(forKnown)).not.toContain('Kenji');
  });

  it('re-inviting renews the one pending invitation; inviting a member changes nothing', async () => {
    const email = `again-${randomUUID()}@example.com`;
    const first = await invite(email, 'VIEWER');
    await t.db.query(`UPDATE workspace_invitation SET expires_at = now() + interval '1 day' WHERE id = $1`, [first.user.id]);
    const second = await invite(`  ${email.toUpperCase()} `, 'REVIEWER');
    expect(second.user.id).toBe(first.user.id);
    expect(second.user.email).toBe(email.toUpperCase());
    const rows = await t.db.query<{ role: string; days: number }>(
      `SELECT role, extract(epoch FROM expires_at - now()) / 86400 AS days FROM workspace_invitation WHERE workspace_id = $1 AND email = $2`,
      [workspaceId, email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].role).toBe('REVIEWER');
    expect(Number(rows[0].days)).toBeGreaterThan(13.9);

    const invitationsBefore = await count('SELECT count(*)::int AS n FROM workspace_invitation', []);
    const [ownerRow] = await t.db.query<{ role: string }>('SELECT role FROM membership WHERE workspace_id = $1 AND user_id = $2', [workspaceId, owner.id]);
    await invite(owner.email.toUpperCase(), 'VIEWER');
    expect(await count('SELECT count(*)::int AS n FROM workspace_invitation', [])).toBe(invitationsBefore);
    expect((await t.db.query<{ role: string }>('SELECT role FROM membership WHERE workspace_id = $1 AND user_id = $2', [workspaceId, owner.id]))[0]).toEqual(ownerRow);
  });

  it('refuses what is not an email address', async () => {
    expect(errorOf(await t.gql(ADD_MEMBER, { w: workspaceId, e: 'not an email', r: 'VIEWER' }, owner.token)).code).toBe('BAD_USER_INPUT');
  });

  it('an account that signs up after being invited finds the invitation', async () => {
    const email = `later-${randomUUID()}@example.com`;
    const answer = await invite(email, 'REVIEWER');
    const res = must(await t.gql('mutation($i: SignUpInput!) { signUp(input: $i) { token } }', { i: { email, password: 'correct-horse-battery', name: 'Late Comer' } }));
    const token = res.signUp.token;
    expect(must(await t.gql(MINE, {}, token)).myInvitations.map((i: any) => i.id)).toEqual([answer.user.id]);
    expect(must(await t.gql(ACCEPT, { id: answer.user.id }, token)).acceptInvitation.myRole).toBe('REVIEWER');
  });
});

describe('only the invitee answers an invitation', () => {
  it('declining leaves no membership and the invitation cannot be accepted afterwards', async () => {
    const invitee = await t.signUp('Dana Decliner');
    const { user } = await invite(invitee.email);
    expect(must(await t.gql(DECLINE, { id: user.id }, invitee.token)).declineInvitation).toBe(true);
    expect(errorOf(await t.gql(ACCEPT, { id: user.id }, invitee.token)).code).toBe('NOT_FOUND');
    expect(await membershipsOf(invitee.id)).toBe(0);
    expect(must(await t.gql(MINE, {}, invitee.token)).myInvitations).toEqual([]);
  });

  it('someone else cannot see, accept or decline it (NOT_FOUND, like an unknown id)', async () => {
    const invitee = await t.signUp('Ines Invitee');
    const stranger = await t.signUp('Sam Stranger');
    const { user } = await invite(invitee.email);
    const foreign = errorOf(await t.gql(ACCEPT, { id: user.id }, stranger.token));
    const unknown = errorOf(await t.gql(ACCEPT, { id: randomUUID() }, stranger.token));
    expect(foreign).toEqual(unknown);
    expect(foreign.code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(DECLINE, { id: user.id }, stranger.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(ACCEPT, { id: user.id }, owner.token)).code).toBe('NOT_FOUND');
    expect(must(await t.gql(MINE, {}, stranger.token)).myInvitations).toEqual([]);
    expect(await membershipsOf(stranger.id)).toBe(0);
    expect(must(await t.gql(ACCEPT, { id: user.id }, invitee.token)).acceptInvitation.myRole).toBe('VIEWER');
  });

  it('an expired invitation is not listed and cannot be accepted (CONFLICT with a sentence)', async () => {
    const invitee = await t.signUp('Eve Expired');
    const { user } = await invite(invitee.email);
    await t.db.query(`UPDATE workspace_invitation SET expires_at = now() - interval '1 second' WHERE id = $1`, [user.id]);
    expect(must(await t.gql(MINE, {}, invitee.token)).myInvitations).toEqual([]);
    expect(must(await t.gql(PENDING, { id: workspaceId }, owner.token)).workspace.invitations.map((i: any) => i.id)).not.toContain(user.id);
    const err = errorOf(await t.gql(ACCEPT, { id: user.id }, invitee.token));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^This invitation has expired\..+\.$/);
    expect(await membershipsOf(invitee.id)).toBe(0);
    // Inviting again renews it.
    expect((await invite(invitee.email)).user.id).toBe(user.id);
    expect(must(await t.gql(ACCEPT, { id: user.id }, invitee.token)).acceptInvitation.myRole).toBe('VIEWER');
  });

  it('owners see pending invitations and revoke them; a revoked invitation cannot be accepted', async () => {
    const invitee = await t.signUp('Rita Revoked');
    const { user } = await invite(invitee.email, 'RESEARCHER');
    const pending = must(await t.gql(PENDING, { id: workspaceId }, owner.token)).workspace.invitations;
    expect(pending).toContainEqual({ id: user.id, email: invitee.email, role: 'RESEARCHER', invitedByName: 'Olive Owner' });
    expect(must(await t.gql(REVOKE, { id: user.id }, owner.token)).revokeInvitation).toBe(true);
    expect(errorOf(await t.gql(REVOKE, { id: user.id }, owner.token)).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(ACCEPT, { id: user.id }, invitee.token)).code).toBe('NOT_FOUND');
    expect(must(await t.gql(PENDING, { id: workspaceId }, owner.token)).workspace.invitations.map((i: any) => i.id)).not.toContain(user.id);
    expect(await membershipsOf(invitee.id)).toBe(0);
  });

  it('members who are not owners cannot list or revoke invitations', async () => {
    const viewer = await t.signUp('Vic Viewer');
    const { user: mine } = await invite(viewer.email, 'VIEWER');
    must(await t.gql(ACCEPT, { id: mine.id }, viewer.token));
    const { user } = await invite(`pending-${randomUUID()}@example.com`);
    expect(errorOf(await t.gql(PENDING, { id: workspaceId }, viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(REVOKE, { id: user.id }, viewer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ADD_MEMBER, { w: workspaceId, e: 'x@example.com', r: 'VIEWER' }, viewer.token)).code).toBe('FORBIDDEN');
  });
});

describe('leaving a workspace', () => {
  let ws: string;
  let second: Account;
  let studyId: string;

  beforeAll(async () => {
    ws = must(await t.gql(CREATE_WS, { n: 'Leavers' }, owner.token)).createWorkspace.id;
    studyId = must(await t.gql(CREATE_STUDY, { i: { workspaceId: ws, name: 'Study to lose' } }, owner.token)).createStudy.id;
    second = await t.signUp('Second Member');
    must(await t.gql(ACCEPT, { id: (await invite(second.email, 'RESEARCHER', ws)).user.id }, second.token));
  });

  it('the last owner cannot leave (CONFLICT with a sentence); nothing changes', async () => {
    const err = errorOf(await t.gql(LEAVE, { w: ws }, owner.token));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^You are the last owner of this workspace\..+\.$/);
    expect(must(await t.gql(WORKSPACE, { id: ws }, owner.token)).workspace.members).toHaveLength(2);
  });

  it('a member leaves; their next request on the workspace or its study is NOT_FOUND', async () => {
    expect(must(await t.gql('query($id: ID!) { study(id: $id) { id } }', { id: studyId }, second.token)).study.id).toBe(studyId);
    expect(must(await t.gql(LEAVE, { w: ws }, second.token)).leaveWorkspace).toBe(true);
    expect(must(await t.gql(WORKSPACE, { id: ws }, second.token)).workspace).toBeNull();
    expect(errorOf(await t.gql(CREATE_STUDY, { i: { workspaceId: ws, name: 'After leaving' } }, second.token)).code).toBe('NOT_FOUND');
    const study = await t.gql('query($id: ID!) { study(id: $id) { id } }', { id: studyId }, second.token);
    expect(study.data?.study ?? null).toBeNull();
    if (study.errors) expect(errorOf(study).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(LEAVE, { w: ws }, second.token)).code).toBe('NOT_FOUND');
    expect(must(await t.gql('{ workspaces { id } }', {}, second.token)).workspaces.map((w: any) => w.id)).not.toContain(ws);
  });

  it('an owner can leave once another member is an owner (setMemberRole)', async () => {
    const third = await t.signUp('Third Member');
    must(await t.gql(ACCEPT, { id: (await invite(third.email, 'VIEWER', ws)).user.id }, third.token));
    expect(errorOf(await t.gql(SET_ROLE, { w: ws, u: owner.id, r: 'VIEWER' }, owner.token)).code).toBe('CONFLICT');
    expect(errorOf(await t.gql(SET_ROLE, { w: ws, u: second.id, r: 'OWNER' }, owner.token)).code).toBe('NOT_FOUND');
    expect(must(await t.gql(SET_ROLE, { w: ws, u: third.id, r: 'OWNER' }, owner.token)).setMemberRole).toEqual({ role: 'OWNER', user: { id: third.id } });
    expect(must(await t.gql(LEAVE, { w: ws }, owner.token)).leaveWorkspace).toBe(true);
    expect(must(await t.gql(WORKSPACE, { id: ws }, third.token)).workspace.members).toEqual([{ role: 'OWNER', user: { id: third.id, email: third.email } }]);
  });
});
