// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ReviewPanel from './ReviewPanel.vue';

const traits = [
  {
    kind: 'GOAL' as const,
    text: 'Wants to plan the week',
    share: 0.6,
    lift: 2,
    sharedByStudy: false,
    evidence: [],
  },
  {
    kind: 'PAIN_POINT' as const,
    text: 'Loses track of invoices',
    share: null,
    lift: null,
    sharedByStudy: false,
    evidence: [],
  },
];

function json(body: unknown) {
  return new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  localStorage.clear();
  fetchMock = vi.fn(async () => json({ data: { reviewPersona: { id: 'p-1' } } }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

function mountPanel() {
  return mount(ReviewPanel, {
    props: { personaId: 'p-1', version: 3, traits },
    global: { plugins: [createPinia()] },
    attachTo: document.body,
  });
}

function sentBody(call = 0) {
  return JSON.parse(
    String((fetchMock.mock.calls[call] as unknown as [string, RequestInit])[1].body),
  );
}

describe('ReviewPanel', () => {
  it.each([
    ['review-request-changes', 'Say what should change'],
    ['review-reject', 'Say why you reject'],
  ])('%s needs a comment and sends nothing without one', async (testid, message) => {
    const wrapper = mountPanel();
    await wrapper.get('[data-testid="review-comment"]').setValue('   ');

    await wrapper.get(`[data-testid="${testid}"]`).trigger('click');
    await flushPromises();

    expect(fetchMock).not.toHaveBeenCalled();
    expect(wrapper.text()).toContain(message);
    const textarea = wrapper.get('[data-testid="review-comment"]').element;
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(textarea);
    wrapper.unmount();
  });

  it('requests changes with the comment and the per-trait marks, a note on the unsupported one', async () => {
    const wrapper = mountPanel();
    await wrapper.get('[data-testid="trait-check-0-supported"]').setValue(true);
    expect(wrapper.find('[data-testid="trait-note-0"]').exists()).toBe(false);
    await wrapper.get('[data-testid="trait-check-1-unsupported"]').setValue(true);
    const note = wrapper.get('[data-testid="trait-note-1"]');
    expect(wrapper.get(`label[for="${note.attributes('id')}"]`).text()).toContain('Why not?');
    await note.setValue(' The quote is about pricing. ');
    await wrapper.get('[data-testid="review-comment"]').setValue(' Quote 2 is about pricing. ');

    await wrapper.get('[data-testid="review-request-changes"]').trigger('click');
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const body = sentBody();
    expect(body.query).toContain('mutation ReviewPersona');
    expect(body.variables.input).toEqual({
      personaId: 'p-1',
      decision: 'REQUEST_CHANGES',
      comment: 'Quote 2 is about pricing.',
      traitMarks: [
        { traitIndex: 0, ok: true, note: null },
        { traitIndex: 1, ok: false, note: 'The quote is about pricing.' },
      ],
    });
    expect(wrapper.emitted('reviewed')).toEqual([['REQUEST_CHANGES']]);
    wrapper.unmount();
  });

  it('approves without a comment', async () => {
    const wrapper = mountPanel();
    await wrapper.get('[data-testid="review-approve"]').trigger('click');
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(sentBody().variables.input).toMatchObject({ decision: 'APPROVE', comment: null });
    wrapper.unmount();
  });

  it('shows the sentence of a FORBIDDEN answer (self-approval)', async () => {
    fetchMock.mockImplementation(async () =>
      json({
        data: null,
        errors: [
          {
            message:
              'You wrote, synthesized or submitted this version, so someone else must approve it.',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      }),
    );
    const wrapper = mountPanel();
    await wrapper.get('[data-testid="review-approve"]').trigger('click');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('someone else must approve it');
    expect(wrapper.emitted('reviewed')).toBeUndefined();
    wrapper.unmount();
  });
});
