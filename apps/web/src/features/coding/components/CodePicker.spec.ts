// @vitest-environment jsdom
import { mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import CodePicker from './CodePicker.vue';
import type { CodeItem } from '../api/highlights';

const codes = [
  {
    id: 'c1',
    name: 'Pricing',
    description: null,
    category: 'PAIN_POINT',
    highlightCount: 0,
    parent: null,
  },
] as CodeItem[];

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
});

function render() {
  wrapper = mount(CodePicker, {
    props: { codes, position: { top: 0, left: 0 }, quote: 'too expensive' },
    attachTo: document.body,
    global: { stubs: { RouterLink: true } },
  });
  return wrapper;
}

const filter = () =>
  document.querySelector<HTMLInputElement>('[data-testid="code-picker-filter"]')!;
const createOption = () =>
  document.querySelector<HTMLElement>('[data-testid="code-picker-create"]');

describe('CodePicker inline create', () => {
  it('offers to create a code named as typed; Enter creates it when no code matches', async () => {
    const picker = render();
    filter().value = 'Cost worries';
    filter().dispatchEvent(new Event('input'));
    await picker.vm.$nextTick();
    expect(createOption()?.textContent).toContain('Create code “Cost worries”');
    filter().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picker.emitted('create')).toEqual([['Cost worries']]);
    createOption()!.click();
    expect(picker.emitted('create')).toHaveLength(2);
    expect(picker.emitted('pick')).toBeUndefined();
  });

  it('does not offer a name the codebook already has, and Enter still picks the match', async () => {
    const picker = render();
    filter().value = 'pricing';
    filter().dispatchEvent(new Event('input'));
    await picker.vm.$nextTick();
    expect(createOption()).toBeNull();
    filter().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picker.emitted('pick')).toEqual([['c1']]);
  });

  it('keeps the listbox to codes: a partial match is picked by Enter, created by click', async () => {
    const picker = render();
    filter().value = 'Pric';
    filter().dispatchEvent(new Event('input'));
    await picker.vm.$nextTick();
    expect(document.querySelectorAll('[role="option"]')).toHaveLength(1);
    filter().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(picker.emitted('pick')).toEqual([['c1']]);
    createOption()!.click();
    expect(picker.emitted('create')).toEqual([['Pric']]);
  });
});
