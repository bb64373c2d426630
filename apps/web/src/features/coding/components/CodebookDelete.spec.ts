// @vitest-environment jsdom
import { flushPromises, mount, RouterLinkStub, type VueWrapper } from '@vue/test-utils';
import { ref } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import CodebookPanel from './CodebookPanel.vue';
import type { CodeItem } from '../api/highlights';
import type { CodingData } from '../useCoding';

// Issue 16 item 10: deleting a code can be undone (toast, Ctrl+Z) until the toast goes.
const code = (id: string, name: string, highlightCount: number) =>
  ({ id, name, description: null, category: 'NEED', highlightCount, parent: null }) as CodeItem;

let calls: { op: string; variables: Record<string, unknown> }[];
let reload: ReturnType<typeof vi.fn>;
let wrapper: VueWrapper | null = null;

beforeEach(() => {
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      calls.push({ op: /(?:query|mutation) (\w+)/.exec(query)![1], variables });
      return new Response(JSON.stringify({ data: { deleteCode: true } }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function render() {
  reload = vi.fn(async () => undefined);
  const coding = {
    codes: ref([code('c1', 'Pricing', 3), code('c2', 'Support', 0)]),
    allHighlights: ref([]),
    reload,
  } as unknown as CodingData;
  wrapper = mount(CodebookPanel, {
    props: { studyId: 's-1', coding },
    global: { stubs: { CodebookTransfer: true, RouterLink: RouterLinkStub } },
    attachTo: document.body,
  });
  return wrapper;
}
const names = () => wrapper!.findAll('.code-row__name').map((n) => n.text().split(/\s/)[0]);
const ctrlZ = async () => {
  document.body.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }),
  );
  await flushPromises();
};

describe('deleting a code', () => {
  it('asks first in the app’s confirm dialog when the code has highlights, then hides it with an Undo that brings it back unsent', async () => {
    const browserConfirm = vi.fn(() => true);
    vi.stubGlobal('confirm', browserConfirm);
    render();
    await wrapper!.find('[aria-label="Delete Pricing"]').trigger('click');
    const dialog = wrapper!.find('[data-testid="confirm-dialog"]');
    expect(dialog.attributes('role')).toBe('alertdialog');
    expect(dialog.text()).toContain('“Pricing” has 3 highlights.');
    expect(browserConfirm).not.toHaveBeenCalled();
    // Cancel keeps the code; asking again and confirming deletes it.
    await dialog
      .findAll('button')
      .find((b) => b.text() === 'Cancel')!
      .trigger('click');
    expect(wrapper!.find('[data-testid="confirm-dialog"]').exists()).toBe(false);
    expect(names()).toEqual(['Pricing', 'Support']);
    await wrapper!.find('[aria-label="Delete Pricing"]').trigger('click');
    expect(names()).toEqual(['Pricing', 'Support']);
    await wrapper!
      .findAll('button')
      .find((b) => b.text() === 'Delete code and highlights')!
      .trigger('click');
    await flushPromises();
    expect(names()).toEqual(['Support']);
    expect(document.querySelector('.toast')?.textContent).toContain('Deleted “Pricing”.');
    (document.querySelector('.toast__action') as HTMLButtonElement).click();
    await flushPromises();
    expect(names()).toEqual(['Pricing', 'Support']);
    expect(calls).toEqual([]);
  });

  it('undoes with Ctrl+Z, and deletes on the server once the toast is gone', async () => {
    vi.useFakeTimers();
    render();
    await wrapper!.find('[aria-label="Delete Support"]').trigger('click');
    await flushPromises();
    expect(names()).toEqual(['Pricing']);
    await ctrlZ();
    expect(names()).toEqual(['Pricing', 'Support']);
    await wrapper!.find('[aria-label="Delete Support"]').trigger('click');
    await flushPromises();
    vi.advanceTimersByTime(8000);
    await flushPromises();
    expect(calls).toEqual([{ op: 'CodingDeleteCode', variables: { id: 'c2', force: true } }]);
    expect(reload).toHaveBeenCalled();
    await ctrlZ();
    expect(calls).toHaveLength(1);
  });

  it('deletes a pending code when the codebook closes', async () => {
    render();
    await wrapper!.find('[aria-label="Delete Support"]').trigger('click');
    await flushPromises();
    wrapper!.unmount();
    wrapper = null;
    await flushPromises();
    expect(calls).toEqual([{ op: 'CodingDeleteCode', variables: { id: 'c2', force: true } }]);
  });
});
