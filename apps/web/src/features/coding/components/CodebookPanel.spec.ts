// @vitest-environment jsdom
import { mount, RouterLinkStub } from '@vue/test-utils';
import { ref } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CodebookPanel from './CodebookPanel.vue';
import type { CodeItem } from '../api/highlights';
import type { CodingData } from '../useCoding';

const codes: CodeItem[] = [
  {
    id: 'c1',
    name: 'Pricing',
    description: null,
    category: 'PAIN_POINT',
    highlightCount: 3,
    parent: null,
  },
  {
    id: 'c2',
    name: 'Support',
    description: null,
    category: 'NEED',
    highlightCount: 0,
    parent: null,
  },
] as CodeItem[];

const highlight = (id: string, text: string, status: string, type: string) => ({
  id,
  text,
  status,
  start: 0,
  end: text.length,
  code: { id: 'c1', name: 'Pricing', category: 'PAIN_POINT' },
  source: { type, segmentId: null, responseId: null, questionId: null },
});
const highlights = [
  highlight('h1', 'too expensive', 'ACCEPTED', 'TRANSCRIPT_SEGMENT'),
  highlight('h2', 'costs a fortune', 'SUGGESTED', 'SURVEY_ANSWER'),
  highlight('h3', 'not about price', 'REJECTED', 'TRANSCRIPT_SEGMENT'),
];

function render() {
  const coding = {
    codes: ref(codes),
    allHighlights: ref(highlights),
    reload: vi.fn(),
  } as unknown as CodingData;
  return mount(CodebookPanel, {
    props: { studyId: 's-1', coding },
    global: { stubs: { CodebookTransfer: true, RouterLink: RouterLinkStub } },
    attachTo: document.body,
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CodebookPanel', () => {
  it('keeps one Edit or Merge form open at a time across the codebook', async () => {
    const wrapper = render();
    const row = (id: string) => wrapper.find(`[data-testid="code-row-${id}"]`);
    await row('c1').find('button[aria-label="Edit Pricing"]').trigger('click');
    expect(row('c1').find('form').exists()).toBe(true);

    await row('c2').find('button[aria-label="Merge Support into another code"]').trigger('click');
    expect(row('c2').text()).toContain('Merge into');
    expect(row('c1').find('form').exists()).toBe(false);

    await row('c1').find('button[aria-label="Edit Pricing"]').trigger('click');
    expect(row('c1').find('form').exists()).toBe(true);
    expect(row('c2').text()).not.toContain('Merge into');
    expect(wrapper.findAll('[data-testid="codebook"] form')).toHaveLength(1);
  });

  it('links a code’s "N highlights" count to its highlights page (?code=)', async () => {
    const wrapper = render();
    const row = (id: string) => wrapper.find(`[data-testid="code-row-${id}"]`);
    expect(row('c2').find('[data-testid="code-highlights-c2"]').exists()).toBe(false);
    expect(row('c2').text()).toContain('0 highlights');
    const count = row('c1').findComponent(RouterLinkStub);
    expect(count.text()).toBe('3 highlights');
    expect(count.props('to')).toEqual({ query: { code: 'c1' } });
  });
});
