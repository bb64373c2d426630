// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import JoinPage from './JoinPage.vue';

const Blank = { render: () => null };
const TOKEN = 'tok_123';
const preview = {
  workspaceInvitationPreview: {
    workspaceName: 'Field lab',
    role: 'RESEARCHER',
    email: 'nova@example.com',
    expiresAt: '2026-12-19T10:00:00Z',
  },
};
const workspaces = () => ({
  workspaces: [{ id: 'w-1', name: 'Field lab', studies: [], members: [{ role: 'RESEARCHER' }] }],
});

async function mountJoin(session?: {
  token: string;
  user: { id: string; email: string; name: string };
}) {
  if (session) localStorage.setItem('persona-lab.session', JSON.stringify(session));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'workspaces', component: Blank },
      { path: '/login', name: 'login', component: Blank },
      { path: '/w/:workspaceId', name: 'workspace', component: Blank },
      { path: '/join/:token', name: 'join', component: JoinPage, props: true },
    ],
  });
  await router.push(`/join/${TOKEN}`);
  await router.isReady();
  const wrapper = mount(JoinPage, {
    props: { token: TOKEN },
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, router };
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('JoinPage', () => {
  it('shows the workspace and role, signs up with the invited address and the link token, then opens the workspaces', async () => {
    const api = fakeGraphql({
      InvitationPreview: () => preview,
      SignUp: () => ({
        signUp: {
          token: 't-new',
          deviceToken: 'd',
          user: { id: 'u-1', email: 'nova@example.com', name: 'Nova' },
        },
      }),
      WorkspaceList: workspaces,
    });
    const { wrapper, router } = await mountJoin();
    expect(api.calls('InvitationPreview')).toEqual([{ token: TOKEN }]);
    expect(wrapper.get('h1').text()).toBe('Join “Field lab”');
    expect(wrapper.text()).toContain('You are invited as researcher.');
    const email = wrapper.get('input[type="email"]').element as HTMLInputElement;
    expect(email.value).toBe('nova@example.com');
    expect(email.disabled).toBe(true);
    const login = wrapper.findAll('a').find((a) => a.text() === 'Log in to accept')!;
    expect(login.attributes('href')).toBe(`/login?redirect=/join/${TOKEN}`);

    await wrapper.get('input[autocomplete="name"]').setValue('Nova');
    await wrapper.get('input[type="password"]').setValue('lantern tide gravel');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('SignUp')).toEqual([
      {
        input: {
          name: 'Nova',
          email: 'nova@example.com',
          password: 'lantern tide gravel',
          invitationToken: TOKEN,
        },
      },
    ]);
    expect(router.currentRoute.value.name).toBe('workspaces');
  });

  it('a signed-in invitee joins in one click', async () => {
    const api = fakeGraphql({
      InvitationPreview: () => preview,
      AcceptInvitationByToken: () => ({
        acceptInvitationByToken: { id: 'w-1', name: 'Field lab' },
      }),
      WorkspaceList: workspaces,
    });
    const { wrapper, router } = await mountJoin({
      token: 't',
      user: { id: 'u-1', email: 'Nova@example.com', name: 'Nova' },
    });
    expect(wrapper.find('form').exists()).toBe(false);
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Join as researcher')!
      .trigger('click');
    await flushPromises();
    expect(api.calls('AcceptInvitationByToken')).toEqual([{ token: TOKEN }]);
    expect(router.currentRoute.value.fullPath).toBe('/w/w-1');
  });

  it('someone signed in with another address is told to switch accounts, not offered to accept', async () => {
    fakeGraphql({ InvitationPreview: () => preview, LogOut: () => ({ logOut: true }) });
    const { wrapper } = await mountJoin({
      token: 't',
      user: { id: 'u-2', email: 'sam@example.com', name: 'Sam' },
    });
    expect(wrapper.text()).toContain('You are signed in as sam@example.com');
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Log out']);
  });

  it('an expired link shows a clear page with the reason and no form', async () => {
    fakeGraphql({
      InvitationPreview: () => ({
        error: {
          code: 'CONFLICT',
          message:
            'This invitation has expired. Ask an owner of the workspace to invite you again.',
        },
      }),
    });
    const { wrapper } = await mountJoin();
    const refused = wrapper.get('[data-testid="join-refused"]');
    expect(refused.get('h2').text()).toBe('This invitation has expired');
    expect(refused.text()).toContain('Ask an owner of the workspace to invite you again.');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('a used or withdrawn link says it does not work', async () => {
    fakeGraphql({
      InvitationPreview: () => ({
        error: {
          code: 'NOT_FOUND',
          message:
            'This invitation link is no longer valid: it was used, withdrawn, or replaced by a newer invitation. Ask an owner of the workspace to invite you again.',
        },
      }),
    });
    const { wrapper } = await mountJoin();
    expect(wrapper.get('[data-testid="join-refused"] h2').text()).toBe(
      'This invitation link does not work',
    );
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
