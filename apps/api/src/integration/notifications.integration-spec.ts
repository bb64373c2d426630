import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailDeliveryReader } from '@persona-lab/mail';
import { type TestSmtp, startTestSmtp } from '@persona-lab/mail/testing';
import { type NewNotification, NotificationWriter } from '@persona-lab/notifications';
import { addMember, createStudyFixture } from '../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Notifications on the real database: written in the caller's transaction, read and marked only
// by their recipient, and only while the recipient belongs to the workspace.
let t: TestApp;
let smtp: TestSmtp;
let writer: NotificationWriter;
let dataSource: DataSource;
let fx: Awaited<ReturnType<typeof createStudyFixture>>;
let reviewer: { token: string; id: string; email: string };
let researcher: { token: string; id: string; email: string };

const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    nodes { id kind title link workspaceId studyId subjectId createdAt readAt read actor { id name } }
    endCursor
  }
}`;

const note = (over: Partial<NewNotification> = {}): NewNotification => ({
  workspaceId: fx.workspaceId,
  userIds: [reviewer.id],
  kind: 'REVIEW_REQUESTED',
  actorId: fx.owner.id,
  title: 'Owner asked you to review “Busy parent”',
  link: '/personas/00000000-0000-4000-8000-000000000001',
  studyId: fx.studyId,
  subjectId: '00000000-0000-4000-8000-000000000001',
  ...over,
});

const notify = (n: NewNotification) => dataSource.transaction((tx) => writer.notify(n, tx));
const count = async (token: string) =>
  (await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, token)).data!
    .unreadNotificationCount;
const list = async (token: string, vars: Record<string, unknown> = {}) => {
  const res = await t.gql(LIST, vars, token);
  expect(res.errors).toBeUndefined();
  return res.data!.notifications as { nodes: any[]; endCursor: string | null };
};

beforeAll(async () => {
  smtp = await startTestSmtp();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://lab.example.org/' });
  writer = t.app.get(NotificationWriter, { strict: false });
  dataSource = t.app.get(DataSource);
  fx = await createStudyFixture(t, 'Inbox');
  reviewer = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
  researcher = await addMember(t, fx.owner, fx.workspaceId, 'RESEARCHER');
});

afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

describe('notify', () => {
  it('writes the rows when the transaction commits, and none when it rolls back', async () => {
    const before = await count(reviewer.token);
    await expect(
      dataSource.transaction(async (tx) => {
        await writer.notify(note({ title: 'Rolled back' }), tx);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    expect(await count(reviewer.token)).toBe(before);

    await notify(note({ title: 'Committed' }));
    expect(await count(reviewer.token)).toBe(before + 1);
    const [newest] = (await list(reviewer.token, { first: 1 })).nodes;
    expect(newest).toMatchObject({
      kind: 'REVIEW_REQUESTED',
      title: 'Committed',
      link: '/personas/00000000-0000-4000-8000-000000000001',
      workspaceId: fx.workspaceId,
      studyId: fx.studyId,
      read: false,
      readAt: null,
      actor: { id: fx.owner.id, name: 'Owner' },
    });
  });

  it('skips the actor, writes one row per recipient however often named, and none for non-members', async () => {
    const outsider = await t.signUp('Outsider');
    const [ownerBefore, reviewerBefore, researcherBefore] = await Promise.all(
      [fx.owner, reviewer, researcher].map((u) => count(u.token)),
    );
    await notify(
      note({
        actorId: researcher.id,
        userIds: [reviewer.id, researcher.id, reviewer.id, fx.owner.id, outsider.id],
        kind: 'COMMENTED',
        title: 'Researcher commented',
      }),
    );
    expect(await count(fx.owner.token)).toBe(ownerBefore + 1);
    expect(await count(reviewer.token)).toBe(reviewerBefore + 1);
    expect(await count(researcher.token)).toBe(researcherBefore);
    expect(await count(outsider.token)).toBe(0);
    expect((await list(outsider.token)).nodes).toEqual([]);
  });

  it('a notification without an actor has a null actor', async () => {
    await notify(note({ actorId: null, kind: 'SYNTHESIS_FINISHED', title: 'Synthesis finished' }));
    const [newest] = (await list(reviewer.token, { first: 1 })).nodes;
    expect(newest).toMatchObject({ kind: 'SYNTHESIS_FINISHED', actor: null });
  });
});

describe('reading and marking', () => {
  it('pages newest first with a cursor, and filters unread', async () => {
    const pager = await addMember(t, fx.owner, fx.workspaceId, 'VIEWER');
    for (let i = 1; i <= 5; i++) await notify(note({ userIds: [pager.id], title: `N${i}` }));
    const first = await list(pager.token, { first: 2 });
    expect(first.nodes.map((n) => n.title)).toEqual(['N5', 'N4']);
    expect(first.endCursor).toBeTruthy();
    const second = await list(pager.token, { first: 2, after: first.endCursor });
    expect(second.nodes.map((n) => n.title)).toEqual(['N3', 'N2']);
    const third = await list(pager.token, { first: 2, after: second.endCursor });
    expect(third.nodes.map((n) => n.title)).toEqual(['N1']);
    expect(third.endCursor).toBeNull();

    const n4 = first.nodes[1].id;
    const marked = await t.gql(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [n4] },
      pager.token,
    );
    expect(marked.data).toEqual({ markNotificationsRead: 1 });
    const unread = await list(pager.token, { unreadOnly: true });
    expect(unread.nodes.map((n) => n.title)).toEqual(['N5', 'N3', 'N2', 'N1']);
    const all = await list(pager.token);
    expect(all.nodes.find((n) => n.id === n4)).toMatchObject({ read: true });
    expect(Date.parse(all.nodes.find((n) => n.id === n4).readAt)).not.toBeNaN();
    expect(await count(pager.token)).toBe(4);

    const again = await t.gql(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [n4] },
      pager.token,
    );
    expect(again.data).toEqual({ markNotificationsRead: 0 });
  });

  it('refuses a bad page size or cursor', async () => {
    const big = await t.gql(LIST, { first: 101 }, reviewer.token);
    expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await t.gql(LIST, { first: 0 }, reviewer.token);
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await t.gql(LIST, { after: 'not-a-cursor' }, reviewer.token);
    expect(cursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("a user reads and marks only their own: another user's ids change nothing", async () => {
    await notify(note({ userIds: [reviewer.id, researcher.id], title: 'For both' }));
    const reviewersRow = (await list(reviewer.token, { first: 1 })).nodes[0];
    const researchersRow = (await list(researcher.token, { first: 1 })).nodes[0];
    expect(reviewersRow.id).not.toBe(researchersRow.id);

    const researcherBefore = await count(researcher.token);
    const foreign = await t.gql(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [reviewersRow.id, 'not-a-uuid'] },
      researcher.token,
    );
    expect(foreign.data).toEqual({ markNotificationsRead: 0 });
    expect((await list(reviewer.token, { first: 1 })).nodes[0]).toMatchObject({
      id: reviewersRow.id,
      read: false,
    });
    expect(await count(researcher.token)).toBe(researcherBefore);

    const all = await t.gql('mutation { markAllNotificationsRead }', {}, researcher.token);
    expect(all.data).toEqual({ markAllNotificationsRead: researcherBefore });
    expect(await count(researcher.token)).toBe(0);
    expect((await list(reviewer.token, { first: 1 })).nodes[0].read).toBe(false);
    expect(await count(reviewer.token)).toBeGreaterThan(0);
  });

  it('a removed member no longer sees, counts or marks that workspace’s notifications', async () => {
    const leaver = await addMember(t, fx.owner, fx.workspaceId, 'RESEARCHER');
    // A second workspace of theirs keeps its notifications.
    const other = await t.gql(
      'mutation { createWorkspace(name: "Elsewhere") { id } }',
      {},
      leaver.token,
    );
    const otherId = other.data!.createWorkspace.id as string;
    await notify(note({ userIds: [leaver.id], title: 'Here' }));
    await notify(
      note({
        workspaceId: otherId,
        studyId: undefined,
        userIds: [leaver.id],
        actorId: null,
        title: 'Elsewhere',
      }),
    );
    expect(await count(leaver.token)).toBe(2);
    const hereId = (await list(leaver.token)).nodes.find((n) => n.title === 'Here').id;

    const left = await t.gql(
      'mutation($w: ID!) { leaveWorkspace(workspaceId: $w) }',
      { w: fx.workspaceId },
      leaver.token,
    );
    expect(left.errors).toBeUndefined();
    expect((await list(leaver.token)).nodes.map((n) => n.title)).toEqual(['Elsewhere']);
    expect(await count(leaver.token)).toBe(1);
    const marked = await t.gql(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [hereId] },
      leaver.token,
    );
    expect(marked.data).toEqual({ markNotificationsRead: 0 });

    // And nothing new reaches them from the workspace they left.
    await notify(note({ userIds: [leaver.id], title: 'After leaving' }));
    expect(await count(leaver.token)).toBe(1);
  });

  it('a member an owner removes no longer sees that workspace’s notifications', async () => {
    const removed = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    await notify(note({ userIds: [removed.id], title: 'Before removal' }));
    expect(await count(removed.token)).toBe(1);
    const res = await t.gql(
      'mutation($w: ID!, $u: ID!) { removeMember(workspaceId: $w, userId: $u) }',
      { w: fx.workspaceId, u: removed.id },
      fx.owner.token,
    );
    expect(res.errors).toBeUndefined();
    // Their sessions may end with the removal; sign in again to ask as them.
    const login = await t.gql<{ logIn: { token: string } }>(
      'mutation($i: LogInInput!) { logIn(input: $i) { token } }',
      { i: { email: removed.email, password: 'correct-horse-battery' } },
    );
    const token = login.data!.logIn.token;
    expect(await count(token)).toBe(0);
    expect((await list(token)).nodes).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    const res = await t.gql('{ unreadNotificationCount }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('email settings', () => {
  it('defaults to email for review requests, requested changes and mentions; updates per kind', async () => {
    const user = await t.signUp('Settings');
    const SETTINGS = '{ notificationSettings { kind email } }';
    const defaults = (await t.gql(SETTINGS, {}, user.token)).data!.notificationSettings;
    expect(defaults).toEqual([
      { kind: 'REVIEW_REQUESTED', email: true },
      { kind: 'CHANGES_REQUESTED', email: true },
      { kind: 'PERSONA_APPROVED', email: false },
      { kind: 'PERSONA_REJECTED', email: false },
      { kind: 'SYNTHESIS_FINISHED', email: false },
      { kind: 'MENTIONED', email: true },
      { kind: 'COMMENTED', email: false },
    ]);
    const UPDATE =
      'mutation($i: [NotificationSettingInput!]!) { updateNotificationSettings(input: $i) { kind email } }';
    const updated = await t.gql(
      UPDATE,
      {
        i: [
          { kind: 'REVIEW_REQUESTED', email: false },
          { kind: 'COMMENTED', email: true },
        ],
      },
      user.token,
    );
    expect(updated.data!.updateNotificationSettings).toContainEqual({
      kind: 'REVIEW_REQUESTED',
      email: false,
    });
    expect(updated.data!.updateNotificationSettings).toContainEqual({
      kind: 'COMMENTED',
      email: true,
    });
    expect(updated.data!.updateNotificationSettings).toContainEqual({
      kind: 'MENTIONED',
      email: true,
    });
    // Another user's settings are untouched.
    const others = (await t.gql(SETTINGS, {}, reviewer.token)).data!.notificationSettings;
    expect(others).toContainEqual({ kind: 'REVIEW_REQUESTED', email: true });

    const dup = await t.gql(
      UPDATE,
      {
        i: [
          { kind: 'MENTIONED', email: false },
          { kind: 'MENTIONED', email: true },
        ],
      },
      user.token,
    );
    expect(dup.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SETTINGS, {}, user.token)).data!.notificationSettings).toContainEqual({
      kind: 'MENTIONED',
      email: true,
    });
  });
});

describe('email', () => {
  const UPDATE =
    'mutation($i: [NotificationSettingInput!]!) { updateNotificationSettings(input: $i) { kind email } }';
  /** Notifies `user` and returns whether a mail for their new row sits in the outbox. */
  const mailed = async (user: { id: string; token: string }, kind: NewNotification['kind']) => {
    await notify(note({ userIds: [user.id], kind, title: `A ${kind} notification` }));
    const [row] = (await list(user.token, { first: 1 })).nodes;
    expect(row.kind).toBe(kind);
    const deliveries = await t.app
      .get(MailDeliveryReader, { strict: false })
      .byRef('notification', [row.id]);
    return deliveries.has(row.id);
  };

  it('sends the recipient a mail that links to PUBLIC_URL + link, only once the transaction commits', async () => {
    const user = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    await expect(
      dataSource.transaction(async (tx) => {
        await writer.notify(note({ userIds: [user.id], title: 'Never sent' }), tx);
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await notify(note({ userIds: [user.id], title: 'Owner asked you to review “Busy <parent>”' }));

    const got = await smtp.waitFor(
      (m) => m.to === user.email && m.subject.startsWith('Owner asked'),
    );
    expect(got.subject).toBe('Owner asked you to review “Busy <parent>”');
    expect(got.text).toContain(
      'https://lab.example.org/personas/00000000-0000-4000-8000-000000000001',
    );
    expect(got.text).toContain('https://lab.example.org/account');
    expect(got.html).toContain('Busy &lt;parent&gt;');
    expect(got.html).toContain(
      'href="https://lab.example.org/personas/00000000-0000-4000-8000-000000000001"',
    );
    expect(got.html).not.toMatch(/<img/i);
    // Delivered by the queue: give the rolled-back one every chance to show up, it never does.
    await new Promise((r) => setTimeout(r, 500));
    // (The member's workspace invitation went to the same address: only notification subjects count.)
    const subjects = smtp.messages.filter((m) => m.to === user.email).map((m) => m.subject);
    expect(subjects).toContain('Owner asked you to review “Busy <parent>”');
    expect(subjects).not.toContain('Never sent');
    expect(subjects.filter((x) => x.startsWith('Owner asked'))).toHaveLength(1);
  });

  it('mails no one but the recipients who want it: never the actor', async () => {
    const a = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    const b = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    await t.gql(UPDATE, { i: [{ kind: 'MENTIONED', email: false }] }, b.token);
    await notify(
      note({
        actorId: a.id,
        userIds: [a.id, b.id, fx.owner.id],
        kind: 'MENTIONED',
        title: 'A mentioned you',
      }),
    );
    await smtp.waitFor((m) => m.to === fx.owner.email && m.subject === 'A mentioned you');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.filter((m) => m.subject === 'A mentioned you').map((m) => m.to)).toEqual([
      fx.owner.email,
    ]);
  });

  it('queues a mail for the kinds that default to email, not for the others', async () => {
    const user = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    expect(await mailed(user, 'REVIEW_REQUESTED')).toBe(true);
    expect(await mailed(user, 'MENTIONED')).toBe(true);
    expect(await mailed(user, 'COMMENTED')).toBe(false);
    expect(await mailed(user, 'PERSONA_APPROVED')).toBe(false);
  });

  it("follows the recipient's settings", async () => {
    const user = await addMember(t, fx.owner, fx.workspaceId, 'REVIEWER');
    const res = await t.gql(
      UPDATE,
      {
        i: [
          { kind: 'REVIEW_REQUESTED', email: false },
          { kind: 'COMMENTED', email: true },
        ],
      },
      user.token,
    );
    expect(res.errors).toBeUndefined();
    expect(await mailed(user, 'REVIEW_REQUESTED')).toBe(false);
    expect(await mailed(user, 'COMMENTED')).toBe(true);
    expect(await mailed(user, 'CHANGES_REQUESTED')).toBe(true);
  });
});
