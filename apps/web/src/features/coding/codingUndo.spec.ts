// @vitest-environment jsdom
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import CodingOverlay from './components/CodingOverlay.vue';
import { useCodeApplication, useCodingData, type CodeApplication } from './useCoding';

// Issue 16 item 10: applying a code, removing a highlight and reviewing a suggestion can be undone
// (toast, Ctrl+Z); a model's suggestion comes back exactly (same row: code, span, status, confidence).
const PERSON = '6f1c2d3e-4b5a-4c6d-8e7f-901234567890';
const TEXT = 'The dashboard is slow every morning.';
const code = { id: 'c1', name: 'Slow', category: 'PAIN_POINT' };
const source = { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1', responseId: null, questionId: null };
const highlight = (
  id: string,
  start: number,
  end: number,
  coder = PERSON,
  status = 'ACCEPTED',
) => ({
  id,
  start,
  end,
  text: TEXT.slice(start, end),
  status,
  coder,
  confidence: coder === PERSON ? null : 0.7,
  code,
  source,
});

let rows: ReturnType<typeof highlight>[];
let calls: { op: string; variables: Record<string, any> }[];
let next = 0;

function serve(op: string, v: Record<string, any>): unknown {
  switch (op) {
    case 'CodingCodebook':
      return {
        study: {
          id: 'study-1',
          codes: [{ ...code, description: null, highlightCount: rows.length, parent: null }],
        },
      };
    case 'CodingHighlights':
      return { highlights: rows };
    case 'CodingApplyCode': {
      const created = highlight(`new-${++next}`, v.input.start, v.input.end);
      rows.push(created);
      return { applyCode: created };
    }
    case 'CodingRemoveHighlight':
      rows = rows.filter((r) => r.id !== v.id);
      return { removeHighlight: true };
    case 'CodingReviewSuggestions': {
      const hit = rows.filter((r) => v.ids.includes(r.id) && r.status === 'SUGGESTED');
      for (const r of hit) r.status = v.accept ? 'ACCEPTED' : 'REJECTED';
      return { reviewSuggestions: hit.length };
    }
    case 'CodingReopenSuggestions': {
      const hit = rows.filter((r) => v.ids.includes(r.id) && r.status !== 'SUGGESTED');
      for (const r of hit) r.status = 'SUGGESTED';
      return { reopenSuggestions: hit.length };
    }
    default:
      throw new Error(`unexpected ${op}`);
  }
}

beforeEach(() => {
  rows = [
    highlight('own', 0, 13),
    highlight('sugg', 17, 21, 'offline-coder', 'SUGGESTED'),
    highlight('acc', 22, 35, 'offline-coder'),
  ];
  calls = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables } = JSON.parse(String(init.body)) as {
        query: string;
        variables: Record<string, any>;
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

async function open(): Promise<CodeApplication> {
  let app!: CodeApplication;
  const Host = defineComponent({
    setup() {
      const coding = useCodingData(() => 'study-1');
      app = useCodeApplication(coding, () => ({
        source: { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1' },
        text: TEXT,
      }));
      return () =>
        h('div', [
          h('p', { 'data-coding-source': 'k' }, TEXT),
          h(CodingOverlay, { app, codes: coding.codes.value }),
        ]);
    },
  });
  wrapper = mount(Host, { attachTo: document.body });
  await flushPromises();
  return app;
}

const mutations = () => calls.filter((c) => !['CodingCodebook', 'CodingHighlights'].includes(c.op));
const ctrlZ = async (target: EventTarget = document.body) => {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true }),
  );
  await flushPromises();
};
const toast = () => document.querySelector('.toast')?.textContent ?? '';

describe('undo while coding', () => {
  it('takes back an applied code with Ctrl+Z', async () => {
    const app = await open();
    app.select('k', { start: 22, end: 35 }, document.querySelector('[data-coding-source]')!);
    await app.pick('c1');
    await flushPromises();
    expect(toast()).toContain('Coded “every morning” as Slow.');
    // Ctrl+Z inside a field is the field's own undo.
    const input = document.createElement('input');
    document.body.appendChild(input);
    await ctrlZ(input);
    expect(mutations()).toHaveLength(1);
    await ctrlZ();
    expect(mutations()).toEqual([
      {
        op: 'CodingApplyCode',
        variables: {
          input: {
            codeId: 'c1',
            source: { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1' },
            start: 22,
            end: 35,
          },
        },
      },
      { op: 'CodingRemoveHighlight', variables: { id: 'new-1' } },
    ]);
    expect(rows.map((r) => r.id)).toEqual(['own', 'sugg', 'acc']);
    expect(toast()).toBe('');
    await ctrlZ();
    expect(mutations()).toHaveLength(2);
  });

  it('puts a removed highlight of one’s own back from the toast’s Undo', async () => {
    const app = await open();
    app.openCard(['own'], document.querySelector('[data-coding-source]') as HTMLElement);
    await app.removeFromCard('own');
    await flushPromises();
    expect(toast()).toContain('Removed Slow from “The dashboard”.');
    (document.querySelector('.toast__action') as HTMLButtonElement).click();
    await flushPromises();
    expect(mutations()[1]).toEqual({
      op: 'CodingApplyCode',
      variables: {
        input: {
          codeId: 'c1',
          source: { type: 'TRANSCRIPT_SEGMENT', segmentId: 's1' },
          start: 0,
          end: 13,
        },
      },
    });
    expect(rows.map((r) => [r.start, r.end])).toContainEqual([0, 13]);
  });

  it('rejects a suggestion from the card (not deleted), and Undo and Ctrl+Z make it pending again', async () => {
    const app = await open();
    const snapshot = { ...rows[1] };
    const anchor = document.querySelector('[data-coding-source]') as HTMLElement;
    app.openCard(['sugg'], anchor);
    await flushPromises();
    const card = document.querySelector('[data-testid="highlight-card"]')!;
    expect(card.querySelector('[data-testid="highlight-remove"]')).toBeNull();
    (card.querySelector('[data-testid="highlight-reject"]') as HTMLButtonElement).click();
    await flushPromises();
    expect(mutations()).toEqual([
      { op: 'CodingReviewSuggestions', variables: { ids: ['sugg'], accept: false } },
    ]);
    expect(toast()).toContain('Rejected Slow on “slow”.');
    // Nothing left on the card: it closes; the suggestion is no longer drawn.
    expect(document.querySelector('[data-testid="highlight-card"]')).toBeNull();
    (document.querySelector('.toast__action') as HTMLButtonElement).click();
    await flushPromises();
    expect(mutations()[1]).toEqual({ op: 'CodingReopenSuggestions', variables: { ids: ['sugg'] } });
    expect(rows.find((r) => r.id === 'sugg')).toEqual(snapshot);

    // A second time, taken back with Ctrl+Z.
    app.openCard(['sugg'], anchor);
    await app.reviewFromCard('sugg', false);
    await flushPromises();
    await ctrlZ();
    expect(mutations().map((m) => m.op)).toEqual([
      'CodingReviewSuggestions',
      'CodingReopenSuggestions',
      'CodingReviewSuggestions',
      'CodingReopenSuggestions',
    ]);
    expect(rows.find((r) => r.id === 'sugg')).toEqual(snapshot);
    expect(mutations().some((m) => m.op === 'CodingRemoveHighlight')).toBe(false);
  });

  it('accepts a suggestion from the card with an Undo, and removing an accepted suggestion rejects it and restores it accepted', async () => {
    const app = await open();
    const anchor = document.querySelector('[data-coding-source]') as HTMLElement;
    app.openCard(['sugg'], anchor);
    await app.reviewFromCard('sugg', true);
    await flushPromises();
    expect(rows[1].status).toBe('ACCEPTED');
    expect(toast()).toContain('Accepted Slow on “slow”.');
    await ctrlZ();
    expect(rows[1].status).toBe('SUGGESTED');

    app.openCard(['acc'], anchor);
    await flushPromises();
    expect(document.querySelector('[data-testid="highlight-remove"]')).not.toBeNull();
    calls = [];
    await app.removeFromCard('acc');
    await flushPromises();
    expect(mutations().map((m) => m.op)).toEqual([
      'CodingReopenSuggestions',
      'CodingReviewSuggestions',
    ]);
    expect(rows[2]).toMatchObject({ id: 'acc', status: 'REJECTED', confidence: 0.7 });
    expect(toast()).toContain('Removed Slow from “every morning”.');
    await ctrlZ();
    expect(rows[2]).toMatchObject({
      id: 'acc',
      status: 'ACCEPTED',
      start: 22,
      end: 35,
      confidence: 0.7,
    });
  });
});
