// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import SharedPersonasPage from './SharedPersonasPage.vue';

// The public share page against a fake API: the approved personas with their quotes and source
// kinds, one clear page for a link that no longer works, noindex while it is shown, no token sent.

const TOKEN = 'A'.repeat(43);

const set = {
  scope: 'STUDY',
  expiresAt: '2027-01-04T10:00:00.000Z',
  personas: [
    {
      name: 'Morning Exporter',
      tagline: 'Works around the dashboard',
      summary: 'Exports data every morning.',
      backstory: 'Started when the dashboard got slow.',
      avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      segmentShare: 0.4,
      participantCount: 12,
      smallSegment: false,
      traits: [
        {
          kind: 'BEHAVIOR',
          text: 'Exports to CSV every morning',
          share: 0.8,
          lift: 1.5,
          sharedByStudy: false,
          evidence: [
            {
              quote: 'I export everything to CSV, mail me at [email]',
              sourceKind: 'TRANSCRIPT_SEGMENT',
            },
          ],
        },
      ],
      quotes: [{ quote: 'Call me on [phone]', sourceKind: 'SURVEY_ANSWER' }],
    },
    {
      name: 'Weekly Planner',
      tagline: null,
      summary: 'Plans on Mondays.',
      backstory: null,
      avatarSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>',
      segmentShare: 0.05,
      participantCount: 3,
      smallSegment: true,
      traits: [],
      quotes: [],
    },
  ],
};

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
  document.head.querySelectorAll('meta').forEach((m) => m.remove());
});

async function mountPage() {
  const wrapper = mount(SharedPersonasPage, { props: { token: TOKEN }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('SharedPersonasPage', () => {
  it('shows each approved persona with its traits, quotes and their source kind, and asks for the link without a session token', async () => {
    const api = fakeGraphql({ SharedPersonas: () => ({ sharedPersonas: set }) });
    const wrapper = await mountPage();

    expect(api.calls('SharedPersonas')).toEqual([{ token: TOKEN }]);
    const init = api.fetchMock.mock.calls[0]![1] as RequestInit;
    expect((init.headers as Record<string, string>).Authorization).toBeUndefined();

    expect(wrapper.get('h1').text()).toBe('Shared personas');
    const cards = wrapper.findAll('[data-testid="shared-persona"]');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.get('h2').text()).toBe('Morning Exporter');
    expect(cards[0]!.text()).toContain('Works around the dashboard');
    expect(cards[0]!.text()).toContain('Behaviours');
    expect(cards[0]!.get('[data-testid="shared-trait"]').text()).toContain(
      '“I export everything to CSV, mail me at [email]”',
    );
    expect(cards[0]!.get('[data-testid="shared-trait"]').text()).toContain('— Interview');
    expect(cards[0]!.get('[data-testid="shared-quote"]').text()).toContain('— Survey answer');
    expect(cards[0]!.get('img').attributes('alt')).toBe('Illustrated face of Morning Exporter');
    // The small segment is flagged, as everywhere a persona is shown.
    expect(cards[1]!.find('[data-testid="small-segment-warning"]').exists()).toBe(true);
    expect(cards[0]!.find('[data-testid="small-segment-warning"]').exists()).toBe(false);
    // No workflow: no status badges, comments or edit buttons.
    expect(wrapper.findAll('button').map((b) => b.text())).toEqual(['Print']);
    expect(wrapper.find('.badge').exists()).toBe(false);
    expect(wrapper.find('a').exists()).toBe(false);
  });

  it('sets robots noindex and no-referrer while shown, and removes them when left', async () => {
    fakeGraphql({ SharedPersonas: () => ({ sharedPersonas: set }) });
    const wrapper = await mountPage();
    expect(document.head.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex',
    );
    expect(document.head.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe(
      'no-referrer',
    );
    wrapper.unmount();
    expect(document.head.querySelector('meta[name="robots"]')).toBeNull();
  });

  it('shows one clear page for an expired, revoked or unknown link', async () => {
    fakeGraphql({
      SharedPersonas: () => ({
        error: { message: 'This share link has expired or was revoked.', code: 'NOT_FOUND' },
      }),
    });
    const wrapper = await mountPage();
    const gone = wrapper.get('[data-testid="share-gone"]');
    expect(gone.get('h1').text()).toBe('This link no longer works');
    expect(gone.text()).toContain('This share link has expired or was revoked.');
    expect(wrapper.find('[data-testid="shared-persona"]').exists()).toBe(false);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('offers a retry when the server is busy, and shows the personas once it answers', async () => {
    let calls = 0;
    fakeGraphql({
      SharedPersonas: () =>
        ++calls === 1
          ? {
              error: {
                message: 'Too many requests from your network. Wait a minute and try again.',
                code: 'TOO_MANY_REQUESTS',
              },
            }
          : { sharedPersonas: set },
    });
    const wrapper = await mountPage();
    expect(wrapper.get('[role="alert"]').text()).toContain('Too many requests');
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.findAll('[data-testid="shared-persona"]')).toHaveLength(2);
  });
});
