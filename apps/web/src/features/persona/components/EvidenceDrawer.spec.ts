// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { Evidence } from '../api/persona';
import EvidenceDrawer from './EvidenceDrawer.vue';

const text = 'We tried three tools. Honestly the invoices pile up every Friday and I dread it.';
const quote = 'the invoices pile up every Friday';
const evidence: Evidence = {
  source: {
    type: 'TRANSCRIPT_SEGMENT',
    segmentId: 'seg-1',
    responseId: null,
    questionId: null,
    messageId: null,
  },
  start: text.indexOf(quote),
  end: text.indexOf(quote) + quote.length,
  quote,
  questionTitle: null,
  participant: { label: 'P7' },
};

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(
    async () =>
      new Response(
        JSON.stringify({
          data: {
            sourceText: {
              text,
              label: 'Interview with P7',
              interviewId: 'int-9',
              speaker: 'P7',
              startMs: 65_000,
              questionTitle: null,
            },
          },
        }),
        { status: 200, headers: { 'Content-Type': 'application/json' } },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountDrawer(shown: Evidence = evidence) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: { render: () => null } }],
  });
  await router.push('/');
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const wrapper = mount(EvidenceDrawer, {
    props: { evidence: null },
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  await wrapper.setProps({ evidence: shown });
  await flushPromises();
  return { wrapper, opener };
}

describe('EvidenceDrawer', () => {
  it('shows the quote highlighted in its full source and links to the transcript', async () => {
    const { wrapper } = await mountDrawer();

    const body = JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body));
    expect(body.variables.source).toEqual(evidence.source);
    const drawer = document.querySelector('[data-testid="evidence-drawer"]')!;
    expect(drawer.getAttribute('role')).toBe('dialog');
    expect(drawer.querySelector('mark')?.textContent).toBe(quote);
    expect(drawer.querySelector('[data-testid="evidence-context"]')?.textContent?.trim()).toBe(
      text,
    );
    expect(drawer.textContent).toContain('1:05');
    expect(drawer.querySelector('a')?.getAttribute('href')).toBe('/interviews/int-9?segment=seg-1');
    wrapper.unmount();
  });

  it('moves focus in, keeps Tab inside and closes on Escape', async () => {
    const { wrapper } = await mountDrawer();
    const drawer = document.querySelector<HTMLElement>('[data-testid="evidence-drawer"]')!;
    const close = drawer.querySelector<HTMLElement>('[data-testid="evidence-drawer-close"]')!;
    const link = drawer.querySelector<HTMLElement>('a')!;
    expect(document.activeElement).toBe(close);

    link.focus();
    link.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(document.activeElement).toBe(close);
    close.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true }),
    );
    expect(document.activeElement).toBe(link);

    drawer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(wrapper.emitted('close')).toHaveLength(1);
    wrapper.unmount();
  });

  it('gives focus back to the opener when it closes', async () => {
    const { wrapper, opener } = await mountDrawer();
    await wrapper.setProps({ evidence: null });
    await flushPromises();
    expect(document.querySelector('[data-testid="evidence-drawer"]')).toBeNull();
    expect(document.activeElement).toBe(opener);
    wrapper.unmount();
  });

  it('shows a customer’s feedback message with its place and links to it in its conversation', async () => {
    const message = 'Exports time out every Monday. Please fix the CSV export.';
    const said = 'Exports time out every Monday.';
    fetchMock.mockImplementation(
      async () =>
        new Response(
          JSON.stringify({
            data: {
              sourceText: {
                text: message,
                label: 'Zendesk ticket 4521, message 3',
                interviewId: null,
                speaker: 'Customer',
                startMs: null,
                questionTitle: null,
                conversationId: 'conv-7',
                studyId: 'study-2',
              },
            },
          }),
          { status: 200, headers: { 'Content-Type': 'application/json' } },
        ),
    );
    const { wrapper } = await mountDrawer({
      source: {
        type: 'FEEDBACK_MESSAGE',
        segmentId: null,
        responseId: null,
        questionId: null,
        messageId: 'msg-3',
      },
      start: 0,
      end: said.length,
      quote: said,
      questionTitle: null,
      participant: null,
    });
    const body = JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body));
    expect(body.variables.source).toMatchObject({ type: 'FEEDBACK_MESSAGE', messageId: 'msg-3' });
    const drawer = document.querySelector('[data-testid="evidence-drawer"]')!;
    expect(drawer.textContent?.replace(/\s+/g, ' ')).toContain(
      'Customer feedback · Zendesk ticket 4521, message 3',
    );
    expect(drawer.querySelector('mark')?.textContent).toBe(said);
    expect(
      drawer.querySelector('[data-testid="evidence-open-message"]')?.getAttribute('href'),
    ).toBe('/studies/study-2/feedback/conv-7#m-msg-3');
    wrapper.unmount();
  });
});
