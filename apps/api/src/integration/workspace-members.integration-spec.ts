import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestSmtp, startTestSmtp } from '@persona-lab/mail/testing';
import { createTestApp, errorOf, type TestApp } from '../../test/support/test-app';

// Issue 15, item 5: invitations by email with a single-use link an account claims on sign-up,
// removing members (their open sessions are refused), the last-owner rule, and an audit row for
// every membership change, written in the change's transaction.

const PUBLIC_URL = 'http://persona.test:8080';
const CREATE_WS = 'mutation($n: String!) { createWorkspace(name: $n) { id } }';
const ADD_MEMBER =
  'mutation($w: ID!, $e: String!, $r: Role!) { addMember(workspaceId: $w, email: $e, role: $r) { role invitationLink user { id name email } } }';
const PREVIEW =
  'query($t: String!) { workspaceInvitationPreview(token: $t) { workspaceName role email expiresAt } }';
const ACCEPT_TOKEN =
  'mutation($t: String!) { acceptInvitationByToken(token: $t) { id name myRole } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(id: $id) { id myRole } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(id: $id) }';
const REVOKE = 'mutation($id: ID!) { revokeInvitation(id: $id) }';
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { id } } }';
const LOG_IN = 'mutation($i: LogInInput!) { logIn(input: $i) { token } }';
const REMOVE = 'mutation($w: ID!, $u: ID!) { removeMember(workspaceId: $w, userId: $u) }';
const SET_ROLE =
  'mutation($w: ID!, $u: ID!, $r: Role!) { setMemberRole(workspaceId: $w, userId: $u, role: $r) { role } }';
const LEAVE = 'mutation($w: ID!) { leaveWorkspace(workspaceId: $w) }';
const WORKSPACE =
  'query($id: ID!) { workspace(id: $id) { id myRole members { role user { id } } } }';
const AUDIT =
  'query($id: ID!, $f: Int) { workspace(id: $id) { auditLog(first: $f) { id action actor { id } targetUser { id } targetEmail roleBefore roleAfter at } } }';
const CREATE_STUDY = 'mutation($i: CreateStudyInput!) { createStudy(input: $i) { id } }';
const STUDY = 'query($id: ID!) { study(id: $id) { id } }';
const PASSWORD = 'correct-horse-battery';

type Account = { token: string; id: string; email: string };
let t: TestApp;
let smtp: TestSmtp;
let owner: Account;

const must = <T = any>(res: { data?: any; errors?: unknown }): T => {
  if (!res.data || res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data as T;
};
const newWorkspace = async (name = `Lab ${randomUUID().slice(0, 6)}`, by = owner) =>
  must(await t.gql(CREATE_WS, { n: name }, by.token)).createWorkspace.id as string;
const invite = async (w: string, email: string, role = 'VIEWER', by = owner) =>
  must(await t.gql(ADD_MEMBER, { w, e: email, r: role }, by.token)).addMember;
/** The link token of the newest invitation mail to `email` after `since` mails. */
async function mailedToken(
  email: string,
  since = 0,
): Promise<{ token: string; text: string; html: string; subject: string }> {
  const mail = await smtp.waitFor(
    (m) =>
      m.to === email.toLowerCase() &&
      m.headers.subject !== undefined &&
      smtp.messages.indexOf(m) >= since &&
      /\/join\//.test(m.text),
    20_000,
  );
  const match = new RegExp(`${PUBLIC_URL.replace(/[.:/]/g, '\\$&')}/join/([A-Za-z0-9_-]+)`).exec(
    mail.text,
  );
  if (!match) throw new Error(`no join link in ${mail.text}`);
  return { token: match[1], text: mail.text, html: mail.html, subject: mail.subject };
}
const auditOf = async (w: string, by = owner) =>
  must(await t.gql(AUDIT, { id: w, f: 100 }, by.token)).workspace.auditLog as any[];
const auditCount = async (w: string) =>
  (
    await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM workspace_audit WHERE workspace_id = $1',
      [w],
    )
  )[0].n;

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, LOGIN_ATTEMPTS_PER_15_MIN: '100000' });
  owner = await t.signUp('Olive Owner');
}, 120_000);
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('an invitation mail with a single-use link', () => {
  it('arrives; the link shows the workspace and role; signing up through it joins', async () => {
    const w = await newWorkspace('Field research');
    const email = `new-${randomUUID()}@example.com`;
    const answer = await invite(w, email, 'RESEARCHER');
    expect(answer.invitationLink).toBeNull(); // email is on: the mail carries the link
    const mail = await mailedToken(email);
    expect(mail.subject).toContain('Field research');
    expect(mail.text).toContain(
      'Olive Owner invited you to the workspace “Field research” as a researcher',
    );
    expect(mail.html).toContain(`${PUBLIC_URL}/join/${mail.token}`);
    expect(mail.html).not.toMatch(/<img/i);

    // Only the token's hash is stored.
    const [row] = await t.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM workspace_invitation WHERE id = $1',
      [answer.user.id],
    );
    expect(row.token_hash).toBe(createHash('sha256').update(mail.token).digest('base64url'));

    const preview = must(await t.gql(PREVIEW, { t: mail.token })).workspaceInvitationPreview;
    expect(preview).toMatchObject({ workspaceName: 'Field research', role: 'RESEARCHER', email });
    expect(Object.keys(preview).sort()).toEqual(['email', 'expiresAt', 'role', 'workspaceName']);

    const signed = must(
      await t.gql(SIGN_UP, {
        i: { email, password: PASSWORD, name: 'Nova New', invitationToken: mail.token },
      }),
    ).signUp;
    expect(must(await t.gql(WORKSPACE, { id: w }, signed.token)).workspace.myRole).toBe(
      'RESEARCHER',
    );

    // Single use: the link is gone for everyone.
    expect(errorOf(await t.gql(PREVIEW, { t: mail.token })).code).toBe('NOT_FOUND');
    expect(errorOf(await t.gql(ACCEPT_TOKEN, { t: mail.token }, signed.token)).code).toBe(
      'NOT_FOUND',
    );
    const audit = await auditOf(w);
    expect(audit.map((a) => a.action)).toEqual(['INVITATION_ACCEPTED', 'INVITED']);
    expect(audit[0]).toMatchObject({
      actor: { id: signed.user.id },
      targetUser: { id: signed.user.id },
      targetEmail: email,
      roleAfter: 'RESEARCHER',
    });
    expect(audit[1]).toMatchObject({
      actor: { id: owner.id },
      targetUser: null,
      targetEmail: email,
      roleBefore: null,
      roleAfter: 'RESEARCHER',
    });
  });

  it('an account that exists accepts through the link once signed in; another account cannot', async () => {
    const w = await newWorkspace('Known people');
    const invitee = await t.signUp('Kim Known');
    const stranger = await t.signUp('Sam Stranger');
    await invite(w, invitee.email, 'REVIEWER');
    const { token } = await mailedToken(invitee.email);
    const err = errorOf(await t.gql(ACCEPT_TOKEN, { t: token }, stranger.token));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^This invitation was sent to another email address\..+\.$/);
    expect(must(await t.gql(WORKSPACE, { id: w }, stranger.token)).workspace).toBeNull();
    expect(
      must(await t.gql(ACCEPT_TOKEN, { t: token }, invitee.token)).acceptInvitationByToken,
    ).toEqual({ id: w, name: 'Known people', myRole: 'REVIEWER' });
  });

  it('a sign-up with a link for another address writes nothing', async () => {
    const w = await newWorkspace();
    const invited = `invited-${randomUUID()}@example.com`;
    await invite(w, invited);
    const { token } = await mailedToken(invited);
    const other = `other-${randomUUID()}@example.com`;
    expect(
      errorOf(
        await t.gql(SIGN_UP, {
          i: { email: other, password: PASSWORD, name: 'Otto', invitationToken: token },
        }),
      ).code,
    ).toBe('CONFLICT');
    expect((await t.db.query('SELECT 1 FROM app_user WHERE email = $1', [other])).length).toBe(0);
    expect(must(await t.gql(PREVIEW, { t: token })).workspaceInvitationPreview.email).toBe(invited);
  });

  it('an expired link is refused (CONFLICT, no account written); inviting again sends a new link and the old one stops', async () => {
    const w = await newWorkspace('Expiring');
    const email = `late-${randomUUID()}@example.com`;
    const { user } = await invite(w, email);
    const first = await mailedToken(email);
    await t.db.query(
      `UPDATE workspace_invitation SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [user.id],
    );
    const err = errorOf(await t.gql(PREVIEW, { t: first.token }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^This invitation has expired\..+\.$/);
    expect(
      errorOf(
        await t.gql(SIGN_UP, {
          i: { email, password: PASSWORD, name: 'Lee Late', invitationToken: first.token },
        }),
      ).code,
    ).toBe('CONFLICT');
    expect((await t.db.query('SELECT 1 FROM app_user WHERE email = $1', [email])).length).toBe(0);

    const since = smtp.messages.length;
    expect((await invite(w, email, 'RESEARCHER')).user.id).toBe(user.id);
    const second = await mailedToken(email, since);
    expect(second.token).not.toBe(first.token);
    expect(errorOf(await t.gql(PREVIEW, { t: first.token })).code).toBe('NOT_FOUND');
    expect(must(await t.gql(PREVIEW, { t: second.token })).workspaceInvitationPreview.role).toBe(
      'RESEARCHER',
    );
  });

  it('a revoked link is NOT_FOUND, like an unknown one', async () => {
    const w = await newWorkspace();
    const email = `revoked-${randomUUID()}@example.com`;
    const { user } = await invite(w, email);
    const { token } = await mailedToken(email);
    must(await t.gql(REVOKE, { id: user.id }, owner.token));
    const revoked = errorOf(await t.gql(PREVIEW, { t: token }));
    expect(revoked).toEqual(errorOf(await t.gql(PREVIEW, { t: 'x'.repeat(43) })));
    expect(revoked.code).toBe('NOT_FOUND');
    expect(
      errorOf(
        await t.gql(SIGN_UP, {
          i: { email, password: PASSWORD, name: 'Rae', invitationToken: token },
        }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('answers the same for an address with an account and one without; both get a mail', async () => {
    const w = await newWorkspace();
    const known = await t.signUp('Kenji Known');
    const unknown = `nobody-${randomUUID()}@example.com`;
    const a = await invite(w, known.email);
    const b = await invite(w, unknown);
    const shape = (x: any) => ({
      ...x,
      user: { ...x.user, id: typeof x.user.id, name: 'typed', email: 'typed' },
    });
    expect(shape(a)).toEqual(shape(b));
    expect(a.user.name).toBe(known.email);
    expect(JSON.stringify(a)).not.toContain('Kenji');
    await mailedToken(known.email);
    await mailedToken(unknown);
  });
});

describe('removing members', () => {
  let w: string;
  let member: Account;
  let studyId: string;

  beforeAll(async () => {
    w = await newWorkspace('Removals');
    studyId = must(
      await t.gql(CREATE_STUDY, { i: { workspaceId: w, name: 'Kept study' } }, owner.token),
    ).createStudy.id;
    member = await t.signUp('Mo Member');
    must(
      await t.gql(
        ACCEPT,
        { id: (await invite(w, member.email, 'RESEARCHER')).user.id },
        member.token,
      ),
    );
  });

  it('a removed member’s session opened before the removal is refused (FORBIDDEN) on its next request', async () => {
    const second = must(await t.gql(LOG_IN, { i: { email: member.email, password: PASSWORD } }))
      .logIn.token;
    expect(must(await t.gql(STUDY, { id: studyId }, second)).study.id).toBe(studyId);
    expect(errorOf(await t.gql(REMOVE, { w, u: member.id }, member.token)).code).toBe('FORBIDDEN');

    expect(must(await t.gql(REMOVE, { w, u: member.id }, owner.token)).removeMember).toBe(true);
    for (const token of [member.token, second]) {
      const study = errorOf(await t.gql(STUDY, { id: studyId }, token));
      expect(study.code).toBe('FORBIDDEN');
      expect(study.message).toMatch(/^An owner removed you from this workspace\./);
      expect(
        errorOf(await t.gql(CREATE_STUDY, { i: { workspaceId: w, name: 'After removal' } }, token))
          .code,
      ).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(WORKSPACE, { id: w }, token)).code).toBe('FORBIDDEN');
    }
    // Still signed in elsewhere: only this workspace refuses them.
    expect(must(await t.gql('{ me { id } }', {}, second)).me.id).toBe(member.id);
    expect(
      must(await t.gql(WORKSPACE, { id: w }, owner.token)).workspace.members.map(
        (m: any) => m.user.id,
      ),
    ).toEqual([owner.id]);
    expect(errorOf(await t.gql(REMOVE, { w, u: member.id }, owner.token)).code).toBe('NOT_FOUND');
    const [removed] = await auditOf(w);
    expect(removed).toMatchObject({
      action: 'MEMBER_REMOVED',
      actor: { id: owner.id },
      targetUser: { id: member.id },
      roleBefore: 'RESEARCHER',
      roleAfter: null,
    });

    // Invited and accepting again gives access back.
    must(
      await t.gql(ACCEPT, { id: (await invite(w, member.email, 'VIEWER')).user.id }, member.token),
    );
    expect(must(await t.gql(STUDY, { id: studyId }, second)).study.id).toBe(studyId);
  });

  it('the last owner can be neither removed nor demoted (CONFLICT with a sentence); nothing is written', async () => {
    const ws = await newWorkspace('Owners');
    const before = await auditCount(ws);
    const removeSelf = errorOf(await t.gql(REMOVE, { w: ws, u: owner.id }, owner.token));
    expect(removeSelf.code).toBe('CONFLICT');
    expect(removeSelf.message).toMatch(/^A workspace needs at least one owner\..+\.$/);
    const demote = errorOf(
      await t.gql(SET_ROLE, { w: ws, u: owner.id, r: 'RESEARCHER' }, owner.token),
    );
    expect(demote.code).toBe('CONFLICT');
    expect(demote.message).toMatch(/^A workspace needs at least one owner\..+\.$/);
    expect(await auditCount(ws)).toBe(before);
    expect(must(await t.gql(WORKSPACE, { id: ws }, owner.token)).workspace.myRole).toBe('OWNER');

    // With a second owner, one owner may remove the other.
    const other = await t.signUp('Otto Owner');
    must(
      await t.gql(ACCEPT, { id: (await invite(ws, other.email, 'OWNER')).user.id }, other.token),
    );
    expect(must(await t.gql(REMOVE, { w: ws, u: owner.id }, other.token)).removeMember).toBe(true);
    expect(errorOf(await t.gql(REMOVE, { w: ws, u: other.id }, other.token)).code).toBe('CONFLICT');
  });
});

describe('the audit log', () => {
  it('records every membership change with actor, target and roles; only owners read it', async () => {
    const w = await newWorkspace('Audited');
    const ann = await t.signUp('Ann');
    const bob = await t.signUp('Bob');
    const cy = await t.signUp('Cy');
    const pending = `pending-${randomUUID()}@example.com`;
    const annInv = (await invite(w, ann.email, 'VIEWER')).user.id;
    const bobInv = (await invite(w, bob.email, 'RESEARCHER')).user.id;
    const cyInv = (await invite(w, cy.email, 'VIEWER')).user.id;
    const pendingInv = (await invite(w, pending, 'REVIEWER')).user.id;
    must(await t.gql(ACCEPT, { id: annInv }, ann.token));
    must(await t.gql(ACCEPT, { id: bobInv }, bob.token));
    must(await t.gql(DECLINE, { id: cyInv }, cy.token));
    must(await t.gql(REVOKE, { id: pendingInv }, owner.token));
    must(await t.gql(SET_ROLE, { w, u: ann.id, r: 'REVIEWER' }, owner.token));
    must(await t.gql(SET_ROLE, { w, u: ann.id, r: 'REVIEWER' }, owner.token)); // no change: no row
    must(await t.gql(LEAVE, { w }, bob.token));
    must(await t.gql(REMOVE, { w, u: ann.id }, owner.token));

    const log = await auditOf(w);
    const brief = log.map((a) => [
      a.action,
      a.actor?.id ?? null,
      a.targetUser?.id ?? null,
      a.targetEmail,
      a.roleBefore,
      a.roleAfter,
    ]);
    expect(brief).toEqual([
      ['MEMBER_REMOVED', owner.id, ann.id, null, 'REVIEWER', null],
      ['MEMBER_LEFT', bob.id, bob.id, null, 'RESEARCHER', null],
      ['ROLE_CHANGED', owner.id, ann.id, null, 'VIEWER', 'REVIEWER'],
      ['INVITATION_REVOKED', owner.id, null, pending, 'REVIEWER', null],
      ['INVITATION_DECLINED', cy.id, cy.id, cy.email, 'VIEWER', null],
      ['INVITATION_ACCEPTED', bob.id, bob.id, bob.email, null, 'RESEARCHER'],
      ['INVITATION_ACCEPTED', ann.id, ann.id, ann.email, null, 'VIEWER'],
      ['INVITED', owner.id, null, pending, null, 'REVIEWER'],
      ['INVITED', owner.id, null, cy.email, null, 'VIEWER'],
      ['INVITED', owner.id, null, bob.email, null, 'RESEARCHER'],
      ['INVITED', owner.id, null, ann.email, null, 'VIEWER'],
    ]);
    expect(must(await t.gql(AUDIT, { id: w, f: 2 }, owner.token)).workspace.auditLog).toHaveLength(
      2,
    );

    const viewer = await t.signUp('Vi Viewer');
    must(
      await t.gql(ACCEPT, { id: (await invite(w, viewer.email, 'VIEWER')).user.id }, viewer.token),
    );
    expect(errorOf(await t.gql(AUDIT, { id: w, f: 10 }, viewer.token)).code).toBe('FORBIDDEN');
  });
});

describe('with email off on the server', () => {
  let off: TestApp;
  beforeAll(async () => {
    off = await createTestApp({ PUBLIC_URL });
  }, 120_000);
  afterAll(async () => off?.close());

  it('addMember answers the invitation link to the owner, alike for known and unknown addresses', async () => {
    const boss = await off.signUp('Boss');
    const w = must(await off.gql(CREATE_WS, { n: 'Offline lab' }, boss.token)).createWorkspace.id;
    const known = await off.signUp('Known');
    const a = must(
      await off.gql(ADD_MEMBER, { w, e: known.email, r: 'VIEWER' }, boss.token),
    ).addMember;
    const b = must(
      await off.gql(
        ADD_MEMBER,
        { w, e: `nobody-${randomUUID()}@example.com`, r: 'VIEWER' },
        boss.token,
      ),
    ).addMember;
    for (const answer of [a, b])
      expect(answer.invitationLink).toMatch(new RegExp(`^${PUBLIC_URL}/join/[A-Za-z0-9_-]{43}$`));
    const token = a.invitationLink.split('/join/')[1];
    expect(
      must(await off.gql(PREVIEW, { t: token })).workspaceInvitationPreview.workspaceName,
    ).toBe('Offline lab');
    expect(
      must(await off.gql(ACCEPT_TOKEN, { t: token }, known.token)).acceptInvitationByToken.myRole,
    ).toBe('VIEWER');
    // A member already: nothing recorded, no link.
    expect(
      must(await off.gql(ADD_MEMBER, { w, e: known.email, r: 'VIEWER' }, boss.token)).addMember
        .invitationLink,
    ).toBeNull();
  });
});
