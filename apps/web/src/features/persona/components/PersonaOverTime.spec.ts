// @vitest-environment jsdom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import PersonaOverTime from './PersonaOverTime.vue';
import ShareByMonthChart from './ShareByMonthChart.vue';

// The persona page's "Over time": the share by month as an SVG bar chart with a table, and the
// drift notice with its "Re-run synthesis" action, against a fake API.

const Blank = { render: () => null };
const MONTHS = [
  { month: '2026-09', count: 17, total: 100, share: 0.17 },
  { month: '2026-10', count: 20, total: 80, share: 0.25 },
  { month: '2026-12', count: 31, total: 100, share: 0.31 },
];
const DRIFT = {
  approvedAt: '2026-11-03T10:00:00Z',
  newcomers: 100,
  assigned: 31,
  shareAtApproval: 0.17,
  shareNow: 0.31,
  shareDrifted: true,
  drifted: true,
  message:
    'Since approval on 3 Nov, this persona grew from 17 % to 31 % of new respondents (100 people). Re-run synthesis to bring the personas up to date.',
  traits: [],
};
let drift: typeof DRIFT | null = DRIFT;
let months = MONTHS;

beforeEach(() => {
  drift = DRIFT;
  months = MONTHS;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit = {}) => {
      const { variables } = JSON.parse(String(init.body)) as { variables: { id: string } };
      const data = { persona: { id: variables.id, shareByMonth: months, drift } };
      return new Response(JSON.stringify({ data }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  vi.unstubAllGlobals();
});

async function mountIt() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/studies/:studyId/personas', name: 'study-personas', component: Blank },
    ],
  });
  await router.push('/');
  wrapper = mount(PersonaOverTime, {
    props: { personaId: 'pa', studyId: 'st', name: 'Priya' },
    global: { plugins: [createPinia(), router] },
  });
  await flushPromises();
  return wrapper;
}

describe('PersonaOverTime', () => {
  it('draws one bar per month, scaled to the largest share, with a table of every month', async () => {
    const w = await mountIt();
    const bars = w.findAll('rect');
    expect(bars).toHaveLength(3);
    const heights = bars.map((b) => Number(b.attributes('height')));
    expect(heights[2]).toBeGreaterThan(heights[1]);
    expect(heights[1]).toBeGreaterThan(heights[0]);
    // 31 % on a 40 % axis: 31/40 of the plot height (160 − 8 − 24).
    expect(heights[2]).toBeCloseTo((0.31 / 0.4) * 128, 6);
    const svg = w.get('svg');
    expect(svg.attributes('role')).toBe('img');
    expect(svg.attributes('aria-label')).toContain('from 17 % in Sept 2026 to 31 % in Dec 2026');
    const rows = w.findAll('tbody tr').map((r) => r.text());
    expect(rows).toEqual(['Sept 202617 %17 of 100', 'Oct 202625 %20 of 80', 'Dec 202631 %31 of 100']);
  });

  it('shows the drift notice in words with a Re-run synthesis link to the study’s personas', async () => {
    const w = await mountIt();
    const notice = w.get('[data-testid="drift-notice"]');
    expect(notice.attributes('role')).toBe('status');
    expect(notice.text()).toContain('grew from 17 % to 31 % of new respondents');
    const link = notice.get('a');
    expect(link.text()).toBe('Re-run synthesis');
    expect(link.attributes('href')).toBe('/studies/st/personas');
  });

  it('shows no notice when nothing drifted, and says when there is no share yet', async () => {
    drift = { ...DRIFT, drifted: false, message: 'Since approval on 3 Nov, this persona stayed at 17 %.' };
    months = [];
    const w = await mountIt();
    expect(w.find('[data-testid="drift-notice"]').exists()).toBe(false);
    expect(w.get('[data-testid="drift-quiet"]').text()).toContain('stayed at 17 %');
    expect(w.findComponent(ShareByMonthChart).exists()).toBe(false);
    expect(w.text()).toContain('No share by month yet');
  });
});
