// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import MembersPage from './MembersPage.vue';

const Blank = { render: () => null };
const WS = 'w-1';
const LAST_OWNER =
  'A workspace needs at least one owner. Make another member an owner before you change this role.';

const me = { id: 'u-owner', name: 'Olive Owner', email: 'olive@example.com' };
const ray = { id: 'u-ray', name: 'Ray Researcher', email: 'ray@example.com' };

function workspaceAnswer(
  myRole: string,
  members = [
    { role: 'OWNER', user: me },
    { role: 'RESEARCHER', user: ray },
  ],
  emailEnabled = true,
) {
  return { emailEnabled, workspace: { id: WS, name: 'Field lab', myRole, members } };
}

const auditEntries = [
  {
    id: 'a-2',
    action: 'ROLE_CHANGED',
    actor: { id: me.id, name: me.name },
    targetUser: { id: ray.id, name: ray.name },
    targetEmail: null,
    roleBefore: 'VIEWER',
    roleAfter: 'RESEARCHER',
    at: '2026-12-05T10:00:00Z',
  },
  {
    id: 'a-1',
    action: 'INVITED',
    actor: { id: me.id, name: me.name },
    targetUser: null,
    targetEmail: 'ray@example.com',
    roleBefore: null,
    roleAfter: 'VIEWER',
    at: '2026-12-04T10:00:00Z',
  },
];

function baseHandlers(overrides: Record<string, (v: Record<string, any>) => any> = {}) {
  return {
    WorkspaceMembers: () => workspaceAnswer('OWNER'),
    WorkspaceInvitations: () => ({
      workspace: {
        id: WS,
        invitations: [
          {
            id: 'i-1',
            email: 'pending@example.com',
            role: 'VIEWER',
            expiresAt: '2026-12-19T10:00:00Z',
          },
        ],
      },
    }),
    WorkspaceAuditLog: () => ({ workspace: { id: WS, auditLog: auditEntries } }),
    ...overrides,
  };
}

async function mountPage() {
  localStorage.setItem('persona-lab.session', JSON.stringify({ token: 't', user: me }));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'workspaces', component: Blank },
      { path: '/w/:workspaceId', name: 'workspace', component: Blank },
      {
        path: '/w/:workspaceId/members',
        name: 'workspace-members',
        component: MembersPage,
        props: true,
      },
    ],
  });
  await router.push(`/w/${WS}/members`);
  await router.isReady();
  const wrapper = mount(MembersPage, {
    props: { workspaceId: WS },
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountPage>>;
const button = (w: Wrapper, name: string) => {
  const found = w
    .findAll('button')
    .find((b) => b.text() === name || b.attributes('aria-label') === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
};
const occurrences = (text: string) => document.body.textContent!.split(text).length - 1;

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('MembersPage', () => {
  it('invites by email and says the invitation was sent', async () => {
    const api = fakeGraphql(
      baseHandlers({ AddMember: () => ({ addMember: { role: 'VIEWER', invitationLink: null } }) }),
    );
    const w = await mountPage();
    await w.get('input[type="email"]').setValue('new@example.com');
    const roleSelect = w.findAll('select').find((s) => !s.element.closest('table'))!;
    await roleSelect.setValue('VIEWER');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('AddMember')).toEqual([
      { workspaceId: WS, email: 'new@example.com', role: 'VIEWER' },
    ]);
    expect(w.get('[data-testid="invite-result"]').text()).toContain(
      'Invitation sent to new@example.com as viewer.',
    );
    expect(w.find('[data-testid="invitation-link"]').exists()).toBe(false);
    // The pending invitations and the history are read again.
    expect(api.calls('WorkspaceInvitations').length).toBeGreaterThanOrEqual(2);
  });

  it('with email off, shows the invitation link to copy', async () => {
    const link = 'http://localhost:3000/join/abc123';
    fakeGraphql(
      baseHandlers({
        WorkspaceMembers: () => workspaceAnswer('OWNER', undefined, false),
        AddMember: () => ({ addMember: { role: 'RESEARCHER', invitationLink: link } }),
      }),
    );
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const w = await mountPage();
    expect(w.text()).toContain('Email is off on this server: you get a link');
    await w.get('input[type="email"]').setValue('new@example.com');
    await w.get('form').trigger('submit');
    await flushPromises();
    const result = w.get('[data-testid="invite-result"]');
    expect(result.text()).toContain('Email is off on this server: copy the invitation link');
    expect(result.text()).not.toContain('Invitation sent');
    expect((w.get('[data-testid="invitation-link"]').element as HTMLInputElement).value).toBe(link);
    await button(w, 'Copy link').trigger('click');
    await flushPromises();
    expect(writeText).toHaveBeenCalledWith(link);
    expect(button(w, 'Copied').exists()).toBe(true);
  });

  it('shows a server error about the email once, on the field only', async () => {
    fakeGraphql(
      baseHandlers({
        AddMember: () => ({
          error: {
            code: 'BAD_USER_INPUT',
            message: 'Enter a valid email address, like name@example.com.',
            field: 'email',
          },
        }),
      }),
    );
    const w = await mountPage();
    await w.get('input[type="email"]').setValue('odd@example.com');
    await w.get('form').trigger('submit');
    await flushPromises();
    expect(occurrences('Enter a valid email address, like name@example.com.')).toBe(1);
    expect(w.get('input[type="email"]').attributes('aria-invalid')).toBe('true');
  });

  it('changes a role inline; the last-owner refusal shows once and the role stays', async () => {
    let answer: any = { setMemberRole: { role: 'REVIEWER' } };
    const api = fakeGraphql(baseHandlers({ SetMemberRole: () => answer }));
    const w = await mountPage();
    const selects = w.findAll('table select');
    const labels = w.findAll('table label').map((l) => l.text());
    expect(labels).toEqual(['Role of Olive Owner', 'Role of Ray Researcher']);
    await selects[1].setValue('REVIEWER');
    await flushPromises();
    expect(api.calls('SetMemberRole')).toEqual([
      { workspaceId: WS, userId: ray.id, role: 'REVIEWER' },
    ]);
    expect(w.text()).toContain('Ray Researcher is now reviewer.');

    answer = { error: { code: 'CONFLICT', message: LAST_OWNER } };
    await w.findAll('table select')[0].setValue('VIEWER');
    await flushPromises();
    expect(occurrences(LAST_OWNER)).toBe(1);
    expect(w.get('[data-testid="members-error"]').attributes('role')).toBe('alert');
    // Read again from the API: the owner is still shown as owner.
    expect((w.findAll('table select')[0].element as HTMLSelectElement).value).toBe('OWNER');
  });

  it('removes a member after the app’s own confirmation, never the browser’s', async () => {
    const browserConfirm = vi.fn(() => true);
    vi.stubGlobal('confirm', browserConfirm);
    let members = [
      { role: 'OWNER', user: me },
      { role: 'RESEARCHER', user: ray },
    ];
    const api = fakeGraphql(
      baseHandlers({
        WorkspaceMembers: () => workspaceAnswer('OWNER', members),
        RemoveMember: () => {
          members = [{ role: 'OWNER', user: me }];
          return { removeMember: true };
        },
      }),
    );
    const w = await mountPage();
    // No remove button for oneself (leaving is its own card).
    expect(
      w.findAll('button').some((b) => b.attributes('aria-label') === 'Remove Olive Owner'),
    ).toBe(false);
    await button(w, 'Remove Ray Researcher').trigger('click');
    await flushPromises();
    const dialog = w.get('[data-testid="confirm-dialog"]');
    expect(dialog.attributes('role')).toBe('alertdialog');
    expect(dialog.text()).toContain('Remove Ray Researcher?');
    expect(document.activeElement?.textContent?.trim()).toBe('Remove member');

    // Cancel first: nothing happens.
    await button(w, 'Cancel').trigger('click');
    expect(w.find('[data-testid="confirm-dialog"]').exists()).toBe(false);
    expect(api.calls('RemoveMember')).toEqual([]);

    await button(w, 'Remove Ray Researcher').trigger('click');
    await flushPromises();
    await button(w, 'Remove member').trigger('click');
    await flushPromises();
    expect(api.calls('RemoveMember')).toEqual([{ workspaceId: WS, userId: ray.id }]);
    expect(browserConfirm).not.toHaveBeenCalled();
    expect(w.find('[data-testid="confirm-dialog"]').exists()).toBe(false);
    expect(w.get('[data-testid="members-table"]').text()).not.toContain('Ray Researcher');
    expect(w.text()).toContain('Ray Researcher was removed from Field lab.');
  });

  it('shows owners the membership history with pending invitations and their expiry', async () => {
    fakeGraphql(baseHandlers());
    const w = await mountPage();
    const log = w.get('[data-testid="audit-log"]').text();
    expect(log).toContain('Olive Owner changed Ray Researcher’s role from viewer to researcher.');
    expect(log).toContain('Olive Owner invited ray@example.com as viewer.');
    const pending = w.get('[data-testid="pending-invitations"]').text();
    expect(pending).toContain('pending@example.com');
    expect(pending).toMatch(/expires/);
    expect(button(w, 'Revoke the invitation of pending@example.com').exists()).toBe(true);
  });

  it('shows other members the list only: no invite form, role selects, remove buttons or history', async () => {
    const api = fakeGraphql(
      baseHandlers({ WorkspaceMembers: () => workspaceAnswer('RESEARCHER') }),
    );
    const w = await mountPage();
    expect(w.text()).toContain('Only owners can invite members to this workspace.');
    expect(w.findAll('table select')).toHaveLength(0);
    expect(w.findAll('button').filter((b) => b.text() === 'Remove')).toHaveLength(0);
    expect(w.find('[data-testid="audit-log"]').exists()).toBe(false);
    expect(api.calls('WorkspaceAuditLog')).toEqual([]);
    expect(w.get('[data-testid="members-table"]').text()).toContain('Researcher');
  });
});
