// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView, createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import PersonaPage from './PersonaPage.vue';

// The persona page on what needs-based synthesis writes, against a fake API: the small-segment
// flag, the face, the backstory, shared traits and sensitive answers, and a trait comment still
// posting to the trait it was written on.

const Blank = { render: () => null };

const trait = (kind: string, text: string, sharedByStudy = false) => ({
  kind,
  text,
  share: 0.6,
  lift: sharedByStudy ? 1 : 2.4,
  sharedByStudy,
  evidence: [],
});

function persona(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p-1',
    name: 'Kendall',
    tagline: 'Wants hands-off leadership reporting',
    avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
    status: 'DRAFT',
    latestStatus: 'DRAFT',
    version: 3,
    segmentShare: 0.04,
    participantCount: 7,
    segmentVanished: false,
    smallSegment: true,
    summary: 'Kendall stands for 4 % of participants.',
    backstory: 'Kendall runs the weekly numbers for leadership.',
    latestVersion: 3,
    approvedVersion: null,
    traits: [
      trait('BEHAVIOR', 'Sends scheduled reports'),
      trait('DEMOGRAPHIC', 'Based in Europe', true),
    ],
    quotes: [],
    sensitiveProfile: [
      {
        question: 'What is your gender?',
        answered: 7,
        values: [{ label: 'Woman', share: 0.57, studyShare: 0.5 }],
      },
    ],
    draft: null,
    reviewState: 'NOT_SUBMITTED',
    reviewers: [],
    reviews: [],
    reviewHistory: [],
    comments: [],
    synthesisRun: null,
    study: {
      id: 's-1',
      name: 'Chartwell customers 2026',
      workspace: { id: 'w-1', name: 'Demo', myRole: 'OWNER' },
    },
    ...overrides,
  };
}

const MEMBERS = [
  { role: 'OWNER', user: { id: 'u-me', name: 'Rita Owner', email: 'rita@example.com' } },
  { role: 'REVIEWER', user: { id: 'u-vera', name: 'Vera Reviewer', email: 'vera@example.com' } },
  { role: 'VIEWER', user: { id: 'u-walt', name: 'Walt Viewer', email: 'walt@example.com' } },
  { role: 'RESEARCHER', user: { id: 'u-res', name: 'Res Earcher', email: 'res@example.com' } },
];

async function mountPage(detail: ReturnType<typeof persona>) {
  localStorage.setItem(
    'persona-lab.session',
    JSON.stringify({ token: 't', user: MEMBERS[0].user }),
  );
  const api = fakeGraphql({
    PersonaDetail: () => ({ persona: detail }),
    PersonaHistory: () => ({ persona: { id: 'p-1', reviews: [], versions: [], auditTrail: [] } }),
    CommentOnPersona: () => ({ commentOnPersona: { id: 'c-1' } }),
    PersonaReviewerChoices: () => ({ workspace: { id: 'w-1', members: MEMBERS } }),
    SubmitPersonaForReview: () => ({ submitPersonaForReview: { id: 'p-1' } }),
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
  const App = defineComponent({ render: () => h(RouterView) });
  const wrapper = mount(App, {
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, api };
}

afterEach(() => {
  localStorage.clear();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('PersonaPage', () => {
  it('warns that a small segment is a lead, shows the face with alt text, the backstory, shared traits and sensitive answers', async () => {
    const { wrapper } = await mountPage(persona());
    const header = wrapper.get('header.persona-header');
    expect(header.get('[data-testid="small-segment-warning"]').text()).toContain(
      'Small segment: 7 people — treat as a lead, not a finding',
    );
    const face = header.get('[data-testid="persona-avatar"]');
    expect(face.attributes('alt')).toBe('Illustrated face of Kendall');
    expect(Number(face.attributes('width'))).toBeGreaterThanOrEqual(96);
    expect(wrapper.get('[data-testid="persona-backstory"]').text()).toBe(
      'Kendall runs the weekly numbers for leadership.',
    );
    expect(wrapper.get('[data-testid="shared-traits"]').text()).toContain('Based in Europe');
    expect(wrapper.get('[data-testid="sensitive-profiles"]').text()).toContain(
      'What is your gender?',
    );
    wrapper.unmount();
  });

  it('says nothing of small segments or sensitive answers when there are none', async () => {
    const { wrapper } = await mountPage(
      persona({ smallSegment: false, participantCount: 40, sensitiveProfile: [] }),
    );
    expect(wrapper.find('[data-testid="small-segment-warning"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="sensitive-profiles"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('opens on a pending draft with its own backstory', async () => {
    const draft = {
      version: 4,
      status: 'DRAFT',
      name: 'Kendall',
      tagline: 'New words',
      summary: 'The draft summary.',
      backstory: 'The draft backstory.',
      participantCount: 7,
      smallSegment: true,
      traits: [trait('GOAL', 'Wants one weekly report')],
      quotes: [],
      sensitiveProfile: [],
    };
    const { wrapper } = await mountPage(
      persona({
        status: 'APPROVED',
        latestStatus: 'DRAFT',
        approvedVersion: 3,
        latestVersion: 4,
        draft,
      }),
    );
    expect(wrapper.get('[data-testid="persona-backstory"]').text()).toBe('The draft backstory.');
    expect(wrapper.find('[data-testid="sensitive-profiles"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('posts a comment on a shared trait with that trait’s index in the version', async () => {
    const { wrapper, api } = await mountPage(persona());
    const shared = wrapper.get('[data-testid="shared-traits"]');
    await shared.get('[data-testid="trait-comments-toggle-1"]').trigger('click');
    await shared.get('textarea').setValue('Is this true outside Europe?');
    await shared.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('CommentOnPersona')).toEqual([
      { personaId: 'p-1', body: 'Is this true outside Europe?', traitIndex: 1 },
    ]);
    // The page reloads the persona to show the new comment.
    expect(api.calls('PersonaDetail').length).toBe(2);
    wrapper.unmount();
  });

  it('shows the author the reviewer’s “Not supported” mark and note beside the trait, the changes-requested state and the review as a conversation', async () => {
    const marks = [
      { traitIndex: 0, ok: false, note: 'The quotes are about exports, not schedules.' },
    ];
    const rita = { id: 'u-me', name: 'Rita Owner' };
    const vera = { id: 'u-vera', name: 'Vera Reviewer' };
    const event = (kind: string, extra: Record<string, unknown> = {}) => ({
      id: `e-${kind}`,
      kind,
      actor: rita,
      createdAt: '2026-12-01T10:00:00Z',
      version: 3,
      reviewers: [],
      body: null,
      traitIndex: null,
      origin: null,
      fields: [],
      traitMarks: [],
      ...extra,
    });
    const { wrapper } = await mountPage(
      persona({
        reviewState: 'CHANGES_REQUESTED',
        reviews: [
          {
            id: 'r-1',
            reviewer: { name: 'Vera Reviewer' },
            decision: 'REQUEST_CHANGES',
            comment: 'Check the first trait.',
            createdAt: '2026-12-01T11:00:00Z',
            personaVersion: 3,
            traitMarks: marks,
          },
        ],
        reviewHistory: [
          event('SUBMITTED', { reviewers: [vera] }),
          event('COMMENTED', { actor: vera, body: 'Where is this from?', traitIndex: 1 }),
          event('CHANGES_REQUESTED', {
            actor: vera,
            body: 'Check the first trait.',
            traitMarks: marks,
          }),
        ],
      }),
    );
    expect(wrapper.get('[data-testid="persona-review-state"]').text()).toBe('Changes requested');
    const mark = wrapper.get('[data-testid="trait-mark-0"]');
    expect(mark.attributes('role')).toBe('note');
    expect(mark.text()).toContain('Not supported');
    expect(mark.text()).toContain('marked by Vera Reviewer');
    expect(mark.text()).toContain('The quotes are about exports, not schedules.');
    expect(wrapper.find('[data-testid="trait-mark-1"]').exists()).toBe(false);

    const timeline = wrapper.get('[data-testid="review-timeline"]');
    const items = timeline.findAll('li.timeline__item').map((li) => li.text());
    expect(items[0]).toContain('Rita Owner submitted version 3 for review, asking Vera Reviewer');
    expect(items[1]).toContain('Vera Reviewer commented on trait 2 (“Based in Europe”)');
    expect(items[1]).toContain('Where is this from?');
    expect(items[2]).toContain('Vera Reviewer asked for changes to version 3');
    expect(items[2]).toContain(
      'Not supported: trait 1 (“Sends scheduled reports”) — The quotes are about exports, not schedules.',
    );
    wrapper.unmount();
  });

  it('says so when nothing happened in review, and shows no mark without a review', async () => {
    const { wrapper } = await mountPage(persona());
    expect(wrapper.get('[data-testid="review-timeline-empty"]').text()).toContain(
      'Nothing has happened in review yet',
    );
    expect(wrapper.find('[data-testid="trait-mark-0"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="persona-review-state"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('submits naming the reviewers ticked: members who may review, never the submitter', async () => {
    const { wrapper, api } = await mountPage(persona());
    const choices = wrapper.get('[data-testid="reviewer-choices"]');
    expect(choices.get('legend').text()).toBe('Ask for a review from (optional)');
    const labels = choices.findAll('label').map((l) => l.text());
    expect(labels).toEqual(['Vera Reviewer (Reviewer)']);
    await choices.get('input[type="checkbox"]').setValue(true);
    await wrapper.get('[data-testid="persona-submit"]').trigger('click');
    await flushPromises();
    expect(api.calls('SubmitPersonaForReview')).toEqual([{ id: 'p-1', reviewerIds: ['u-vera'] }]);
    wrapper.unmount();
  });

  it('asks the reviewers of the last submit again on a resubmit, unless unticked', async () => {
    const { wrapper, api } = await mountPage(
      persona({
        reviewState: 'CHANGES_REQUESTED',
        reviewHistory: [
          {
            id: 'e-1',
            kind: 'SUBMITTED',
            actor: { id: 'u-me', name: 'Rita Owner' },
            createdAt: '2026-12-01T10:00:00Z',
            version: 3,
            reviewers: [{ id: 'u-vera', name: 'Vera Reviewer' }],
            body: null,
            traitIndex: null,
            origin: null,
            fields: [],
            traitMarks: [],
          },
        ],
      }),
    );
    const box = wrapper.get('[data-testid="reviewer-choices"] input[type="checkbox"]');
    expect((box.element as HTMLInputElement).checked).toBe(true);
    await wrapper.get('[data-testid="persona-submit"]').trigger('click');
    await flushPromises();
    expect(api.calls('SubmitPersonaForReview')).toEqual([{ id: 'p-1', reviewerIds: ['u-vera'] }]);
    wrapper.unmount();
  });

  it('submits for anyone who may review when nobody is ticked', async () => {
    const { wrapper, api } = await mountPage(persona());
    await wrapper.get('[data-testid="persona-submit"]').trigger('click');
    await flushPromises();
    expect(api.calls('SubmitPersonaForReview')).toEqual([{ id: 'p-1', reviewerIds: null }]);
    wrapper.unmount();
  });
});
