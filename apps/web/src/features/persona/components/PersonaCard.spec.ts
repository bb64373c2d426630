// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PersonaCard from './PersonaCard.vue';

const Blank = { render: () => null };
const hostileName =
  '<script>window.__pwned = true</script><img src=x onerror="window.__pwned=true">';
const hostileSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>window.__pwned = true</script><rect width="10" height="10" fill="#6366f1"/></svg>';

async function mountCard(
  extra: {
    smallSegment?: boolean;
    participantCount?: number;
    reviewState?: 'CHANGES_REQUESTED';
  } = {},
) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/personas/:personaId', name: 'persona', component: Blank },
    ],
  });
  await router.push('/');
  await router.isReady();
  return mount(PersonaCard, {
    props: {
      persona: {
        id: 'p-1',
        name: hostileName,
        tagline: 'Plans <b>everything</b>',
        avatarSvg: hostileSvg,
        status: 'APPROVED' as const,
        latestStatus: 'DRAFT' as const,
        segmentShare: 0.384,
        participantCount: 12,
        segmentVanished: true,
        ...extra,
      },
      to: { name: 'persona', params: { personaId: 'p-1' } },
    },
    global: { plugins: [router] },
    attachTo: document.body,
  });
}

afterEach(() => {
  document.body.innerHTML = '';
  delete (window as { __pwned?: boolean }).__pwned;
  vi.restoreAllMocks();
});

describe('PersonaCard', () => {
  it('renders the avatar as an <img> with an SVG data URL, never as inline markup', async () => {
    const wrapper = await mountCard();

    const img = wrapper.get('[data-testid="persona-avatar"]');
    expect(img.element.tagName).toBe('IMG');
    const src = img.attributes('src') ?? '';
    expect(src.startsWith('data:image/svg+xml;utf8,')).toBe(true);
    expect(decodeURIComponent(src.slice('data:image/svg+xml;utf8,'.length))).toBe(hostileSvg);
    // Encoded: no raw markup characters leak into the attribute.
    expect(src).not.toMatch(/[<>"]/);
    expect(wrapper.find('svg').exists()).toBe(false);
    wrapper.unmount();
  });

  it('shows a name with script text escaped, as text, without running it', async () => {
    const wrapper = await mountCard();

    const link = wrapper.get('a');
    expect(link.text()).toBe(hostileName);
    expect(link.element.innerHTML).toContain('&lt;script&gt;');
    expect(wrapper.findAll('script')).toHaveLength(0);
    // The only image is the avatar: the <img onerror> in the name stayed text.
    expect(wrapper.findAll('img')).toHaveLength(1);
    expect(wrapper.text()).toContain('Plans <b>everything</b>');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    wrapper.unmount();
  });

  it('shows the segment share, participant count, status and the vanished flag', async () => {
    const wrapper = await mountCard();

    expect(wrapper.text()).toContain('38%');
    expect(wrapper.text()).toContain('12 participants');
    expect(wrapper.get('[data-testid="persona-status"]').text()).toBe('Approved');
    expect(wrapper.find('[data-testid="segment-vanished"]').exists()).toBe(true);
    expect(wrapper.get('[role="meter"]').attributes('aria-valuenow')).toBe('38');
    wrapper.unmount();
  });

  it('flags a small segment in words, not colour alone, and says nothing otherwise', async () => {
    const normal = await mountCard();
    expect(normal.find('[data-testid="small-segment-warning"]').exists()).toBe(false);
    normal.unmount();

    const wrapper = await mountCard({ smallSegment: true, participantCount: 7 });
    const warning = wrapper.get('[data-testid="small-segment-warning"]');
    expect(warning.attributes('role')).toBe('note');
    expect(warning.attributes('aria-label')).toBe('Small segment');
    expect(warning.text()).toBe('!Small segment: 7 people — treat as a lead, not a finding');
    // The icon is decoration; the sentence carries the meaning.
    expect(warning.get('.small-segment__icon').attributes('aria-hidden')).toBe('true');
    wrapper.unmount();
  });

  it('shows the face at card size with alt text naming the persona', async () => {
    const wrapper = await mountCard();
    const img = wrapper.get('[data-testid="persona-avatar"]');
    expect(img.attributes('alt')).toBe(`Illustrated face of ${hostileName}`);
    expect(img.attributes('width')).toBe('64');
    expect(img.attributes('height')).toBe('64');
    wrapper.unmount();
  });

  it('shows “Changes requested” while a reviewer’s request waits for the next submit', async () => {
    const plain = await mountCard();
    expect(plain.find('[data-testid="persona-card-changes-requested"]').exists()).toBe(false);
    plain.unmount();
    const sentBack = await mountCard({ reviewState: 'CHANGES_REQUESTED' });
    expect(sentBack.get('[data-testid="persona-card-changes-requested"]').text()).toBe(
      'Changes requested',
    );
    sentBack.unmount();
  });
});
