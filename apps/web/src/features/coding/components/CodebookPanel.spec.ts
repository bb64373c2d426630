// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
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

function render() {
  const coding = { codes: ref(codes), reload: vi.fn() } as unknown as CodingData;
  return mount(CodebookPanel, {
    props: { studyId: 's-1', coding },
    global: { stubs: { CodebookTransfer: true } },
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
});
