// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { h } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import PersonaPage from './PersonaPage.vue';

// Issue 16, bug 6: the header said "Approved · Version 2" while the tab below showed the pending
// version 3. The header now names the version on screen.

const Blank = { render: () => null };
const trait = (text: string) => ({
  kind: 'GOAL',
  text,
  share: 0.6,
  lift: 2,
  sharedByStudy: false,
  evidence: [],
});
const words = (version: number, status: string, summary: string) => ({
  version,
  status,
  name: 'Kendall',
  tagline: null,
  summary,
  backstory: null,
  participantCount: 30,
  smallSegment: false,
  traits: [trait(`Goal of v${version}`)],
  quotes: [],
  sensitiveProfile: [],
});

function approvedWithDraft(draftStatus: string) {
  const { version: _v, status: _s, ...approved } = words(2, 'APPROVED', 'The approved summary.');
  return {
    ...approved,
    id: 'p-1',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    status: 'APPROVED',
    latestStatus: draftStatus,
    version: 2,
    segmentShare: 0.3,
    segmentVanished: false,
    latestVersion: 3,
    approvedVersion: 2,
    draft: words(3, draftStatus, 'The draft summary.'),
    reviewState: draftStatus === 'IN_REVIEW' ? 'IN_REVIEW' : 'NOT_SUBMITTED',
    reviewers: [],
    reviews: [],
    reviewHistory: [],
    comments: [],
    synthesisRun: null,
    study: {
      id: 's-1',
      name: 'Chartwell',
      workspace: { id: 'w-1', name: 'Demo', myRole: 'OWNER' },
    },
  };
}

async function mountPage(detail: ReturnType<typeof approvedWithDraft>) {
  const me = { id: 'u-me', name: 'Rita Owner', email: 'rita@example.com' };
  localStorage.setItem('persona-lab.session', JSON.stringify({ token: 't', user: me }));
  fakeGraphql({
    PersonaDetail: () => ({ persona: detail }),
    PersonaHistory: () => ({ persona: { id: 'p-1', reviews: [], versions: [], auditTrail: [] } }),
    PersonaReviewerChoices: () => ({
      workspace: { id: 'w-1', members: [{ role: 'OWNER', user: me }] },
    }),
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/personas/:personaId', name: 'persona', component: PersonaPage, props: true },
      { path: '/studies/:studyId/personas', name: 'study-personas', component: Blank },
      { path: '/personas/:personaId/card', name: 'persona-card', component: Blank },
      { path: '/:rest(.*)*', component: Blank },
    ],
  });
  await router.push('/personas/p-1');
  await router.isReady();
  const wrapper = mount(
    { render: () => h(RouterView) },
    { global: { plugins: [createPinia(), router] }, attachTo: document.body },
  );
  await flushPromises();
  return wrapper;
}

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

const header = (w: Awaited<ReturnType<typeof mountPage>>) => w.get('header.persona-header');

describe('PersonaPage header names the version on screen', () => {
  it('says "Showing draft v3 · v2 approved" over the draft, and "Approved · Version 2" over the approved tab', async () => {
    const w = await mountPage(approvedWithDraft('DRAFT'));
    // An owner opens on the pending draft.
    expect(w.text()).toContain('The draft summary.');
    expect(header(w).get('[data-testid="persona-version"]').text()).toBe(
      'Showing draft v3 · v2 approved',
    );
    // The status badge would describe version 2: it steps aside while version 3 is on screen.
    expect(header(w).text()).not.toMatch(/^Approved|\sApproved\s/);

    await w.get('[data-testid="tab-approved"]').trigger('click');
    await flushPromises();
    expect(w.text()).toContain('The approved summary.');
    expect(header(w).get('[data-testid="persona-version"]').text()).toBe('Version 2');
    expect(header(w).text()).toContain('Approved');
  });

  it('names a version in review the same way', async () => {
    const w = await mountPage(approvedWithDraft('IN_REVIEW'));
    await w.get('[data-testid="tab-pending"]').trigger('click');
    await flushPromises();
    expect(header(w).get('[data-testid="persona-version"]').text()).toBe(
      'Showing v3 in review · v2 approved',
    );
  });
});
