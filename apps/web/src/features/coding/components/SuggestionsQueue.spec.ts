// @vitest-environment jsdom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { useCodingData } from '../useCoding';
import SuggestionsQueue from './SuggestionsQueue.vue';

const PERSON = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
const slow = { id: 'c1', name: 'Slow', category: 'PAIN_POINT' };
const pricing = { id: 'c2', name: 'Pricing', category: 'PAIN_POINT' };
const segment = { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1', responseId: null, questionId: null };
const answer = { type: 'SURVEY_ANSWER', segmentId: null, responseId: 'r1', questionId: 'q1' };

interface Row {
  id: string;
  text: string;
  status: string;
  coder: string;
  confidence: number | null;
  code: typeof slow;
  source: typeof segment | typeof answer;
}
let rows: Row[];
let calls: { op: string; variables: Record<string, unknown> }[];

const row = (
  id: string,
  code: typeof slow,
  text: string,
  confidence: number | null,
  extra: Partial<Row> = {},
): Row => ({
  id,
  text,
  status: 'SUGGESTED',
  coder: 'offline-coder',
  confidence,
  code,
  source: segment,
  ...extra,
});

function serve(op: string, v: Record<string, any>): unknown {
  const set = (ids: string[], status: string, when: (r: Row) => boolean) => {
    const hit = rows.filter((r) => ids.includes(r.id) && when(r));
    for (const r of hit) r.status = status;
    return hit.length;
  };
  switch (op) {
    case 'CodingCodebook':
      return {
        study: {
          id: 'study-1',
          codes: [slow, pricing].map((c) => ({
            ...c,
            description: null,
            highlightCount: 1,
            parent: null,
          })),
        },
      };
    case 'CodingHighlights':
      return {
        highlights: rows.map((r) => ({
          ...r,
          start: 0,
          end: r.text.length,
          source: { ...r.source },
        })),
      };
    case 'CodingQueueQuestions':
      return {
        study: {
          id: 'study-1',
          surveys: [{ id: 'sv1', questions: [{ id: 'q1', title: 'What slows you down?' }] }],
        },
      };
    case 'CodingReviewSuggestions':
      return {
        reviewSuggestions: set(
          v.ids,
          v.accept ? 'ACCEPTED' : 'REJECTED',
          (r) => r.status === 'SUGGESTED',
        ),
      };
    case 'CodingReopenSuggestions':
      return { reopenSuggestions: set(v.ids, 'SUGGESTED', (r) => r.status !== 'SUGGESTED') };
    case 'CodingAcceptSuggestions': {
      const ids = rows
        .filter((r) => r.code.id === v.codeId && (r.confidence ?? -1) >= v.minConfidence)
        .map((r) => r.id);
      return { acceptSuggestions: set(ids, 'ACCEPTED', (r) => r.status === 'SUGGESTED') };
    }
    default:
      throw new Error(`unexpected ${op}`);
  }
}

beforeEach(() => {
  rows = [
    row('h1', slow, 'The dashboard is slow.', 0.9),
    row('h2', slow, 'the dashboard is  SLOW', 0.6, { source: answer }),
    row('h3', pricing, 'Pricing is confusing', 0.4, { source: answer }),
    row('h4', slow, 'Exports to CSV', 0.85),
    row('h5', slow, 'My own highlight', null, { status: 'ACCEPTED', coder: PERSON }),
    row('h6', pricing, 'Rejected earlier', 0.3, { status: 'REJECTED' }),
  ];
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, unknown>;
      };
      const op = /(?:query|mutation) (\w+)/.exec(query)![1];
      calls.push({ op, variables });
      return new Response(JSON.stringify({ data: serve(op, variables) }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
});

let wrapper: VueWrapper | null = null;
afterEach(() => {
  wrapper?.unmount();
  wrapper = null;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

async function open() {
  const Host = defineComponent({
    setup() {
      const coding = useCodingData(() => 'study-1');
      return () =>
        coding.loaded.value ? h(SuggestionsQueue, { coding, studyId: 'study-1' }) : null;
    },
  });
  wrapper = mount(Host, { attachTo: document.body });
  await flushPromises();
  return wrapper;
}

const press = async (
  key: string,
  init: KeyboardEventInit = {},
  target: EventTarget = document.body,
) => {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }),
  );
  await flushPromises();
};
const mutations = () =>
  calls.filter(
    (c) => !['CodingCodebook', 'CodingHighlights', 'CodingQueueQuestions'].includes(c.op),
  );
const items = () => wrapper!.findAll('[data-testid="suggestion-item"]');
const progress = () => wrapper!.find('[data-testid="suggestion-progress"]').text();

describe('SuggestionsQueue', () => {
  it('groups near-identical texts of a code, shows the question of survey answers and the progress', async () => {
    await open();
    expect(items().map((i) => i.attributes('aria-label'))).toEqual([
      'Slow: The dashboard is slow. (2 times)',
      'Pricing: Pricing is confusing',
      'Slow: Exports to CSV',
    ]);
    expect(items()[0].text()).toContain('Survey answer to “What slows you down?”');
    expect(items()[0].text()).toContain('90% confident');
    // h1–h4 pending, h6 rejected earlier; h5 is a person's own highlight, not a suggestion.
    expect(progress()).toBe('1 of 5 reviewed');
  });

  it('takes J/K/A/R at once after opening, without a click, and one R rejects the whole group', async () => {
    await open();
    expect(document.activeElement?.getAttribute('data-index')).toBe('0');
    await press('j');
    await press('j');
    await press('k');
    await press('a');
    expect(mutations()).toEqual([
      { op: 'CodingReviewSuggestions', variables: { ids: ['h3'], accept: true } },
    ]);
    expect(progress()).toBe('2 of 5 reviewed');
    await press('k');
    await press('r');
    expect(mutations()[1]).toEqual({
      op: 'CodingReviewSuggestions',
      variables: { ids: ['h1', 'h2'], accept: false },
    });
    expect(progress()).toBe('4 of 5 reviewed');
    expect(items().map((i) => i.attributes('aria-label'))).toEqual(['Slow: Exports to CSV']);
  });

  it('leaves the keys to a field being typed in', async () => {
    await open();
    const input = document.createElement('input');
    document.body.appendChild(input);
    input.focus();
    await press('a', {}, input);
    await press('r', {}, input);
    expect(mutations()).toEqual([]);
  });

  it('undoes the last review from the toast and with Ctrl+Z', async () => {
    await open();
    await press('r');
    expect(wrapper!.find('.toast').text()).toContain('Slow rejected for 2 texts.');
    await wrapper!.find('.toast__action').trigger('click');
    await flushPromises();
    expect(mutations()[1]).toEqual({
      op: 'CodingReopenSuggestions',
      variables: { ids: ['h1', 'h2'] },
    });
    expect(items()).toHaveLength(3);
    expect(progress()).toBe('1 of 5 reviewed');

    await press('a');
    expect(progress()).toBe('3 of 5 reviewed');
    await press('z', { ctrlKey: true });
    expect(mutations()[3]).toEqual({
      op: 'CodingReopenSuggestions',
      variables: { ids: ['h1', 'h2'] },
    });
    expect(progress()).toBe('1 of 5 reviewed');
    // Nothing left to undo: Ctrl+Z does nothing more.
    await press('z', { ctrlKey: true });
    expect(mutations()).toHaveLength(4);
  });

  it('filters by code and confidence and accepts all of a code above the line in one request', async () => {
    await open();
    const [codeSelect, confidenceSelect] = wrapper!.findAll('select');
    await codeSelect.setValue('c1');
    await confidenceSelect.setValue('0.8');
    expect(items().map((i) => i.attributes('aria-label'))).toEqual([
      'Slow: The dashboard is slow.',
      'Slow: Exports to CSV',
    ]);
    const button = wrapper!.find('[data-testid="suggestion-accept-all"]');
    expect(button.text()).toBe('Accept all 2 of Slow at 80% or more');
    await button.trigger('click');
    await flushPromises();
    expect(mutations()).toEqual([
      {
        op: 'CodingAcceptSuggestions',
        variables: { studyId: 'study-1', codeId: 'c1', minConfidence: 0.8 },
      },
    ]);
    expect(rows.find((r) => r.id === 'h2')!.status).toBe('SUGGESTED');
    expect(progress()).toBe('3 of 5 reviewed');
    expect(wrapper!.text()).toContain('Accepted 2 suggestions of Slow.');
  });
});
