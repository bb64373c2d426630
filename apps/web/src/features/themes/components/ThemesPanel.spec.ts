// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import ThemesPanel from './ThemesPanel.vue';

const theme = (id: string, label: string, extra: Record<string, unknown> = {}) => ({
  id,
  label,
  description: `People talk about ${label.toLowerCase()}.`,
  keyphrases: [label.toLowerCase(), 'export'],
  questionId: 'q1',
  sourceLabel: 'What slows you down?',
  unitCount: 4,
  pendingSuggestions: 3,
  acceptedSuggestions: 0,
  code: { id: `code-${id}`, name: label, category: 'PAIN_POINT' },
  examples: [
    { id: `${id}-h1`, text: 'Exports take forever' },
    { id: `${id}-h2`, text: 'The export times out' },
  ],
  ...extra,
});

let themes: ReturnType<typeof theme>[];
let api: ReturnType<typeof fakeGraphql>;

function serve(overrides: Record<string, (variables: Record<string, any>) => any> = {}) {
  api = fakeGraphql({
    StudyThemes: () => ({ themes: themes.map((t) => ({ ...t })) }),
    ThemeQuestions: () => ({
      study: {
        id: 'st-1',
        surveys: [
          {
            id: 's-1',
            title: 'Onboarding',
            questions: [
              { id: 'q1', title: 'What slows you down?', type: 'LONG_TEXT' },
              { id: 'q2', title: 'Team size', type: 'NUMBER' },
              { id: 'q3', title: 'Anything else?', type: 'SHORT_TEXT' },
            ],
          },
        ],
      },
    }),
    AcceptTheme: ({ id }) => {
      const t = themes.find((x) => x.id === id)!;
      Object.assign(t, { acceptedSuggestions: t.pendingSuggestions, pendingSuggestions: 0 });
      return { acceptTheme: { ...t } };
    },
    UndoAcceptTheme: ({ id }) => {
      const t = themes.find((x) => x.id === id)!;
      Object.assign(t, { pendingSuggestions: t.acceptedSuggestions, acceptedSuggestions: 0 });
      return { undoAcceptTheme: { ...t } };
    },
    RenameTheme: ({ id, label }) => {
      const t = themes.find((x) => x.id === id)!;
      t.label = label;
      return { renameTheme: { ...t } };
    },
    MergeThemes: ({ sourceId, targetId }) => {
      const target = themes.find((x) => x.id === targetId)!;
      target.unitCount += themes.find((x) => x.id === sourceId)!.unitCount;
      themes = themes.filter((x) => x.id !== sourceId);
      return { mergeThemes: { ...target } };
    },
    DropTheme: ({ id }) => {
      themes = themes.filter((x) => x.id !== id);
      return { dropTheme: true };
    },
    ...overrides,
  });
}

beforeEach(() => {
  localStorage.clear();
  themes = [theme('t1', 'Slow exports'), theme('t2', 'Export timeouts')];
  serve();
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountPanel(readOnly = false) {
  const wrapper = mount(ThemesPanel, {
    props: { studyId: 'st-1', readOnly },
    global: { plugins: [createPinia()] },
    attachTo: document.body,
  });
  await flushPromises();
  return wrapper;
}

type Wrapper = Awaited<ReturnType<typeof mountPanel>>;
const card = (wrapper: Wrapper, id: string) => wrapper.get(`[data-testid="theme-${id}"]`);

describe('ThemesPanel', () => {
  it('shows each theme: label, category, description, keyphrases, size and quotes', async () => {
    const wrapper = await mountPanel();
    const first = card(wrapper, 't1');
    expect(first.get('h4').text()).toBe('Slow exports');
    expect(first.text()).toContain('Pain point');
    expect(first.text()).toContain('People talk about slow exports.');
    expect(first.text()).toContain('4 answers or turns');
    expect(first.text()).toContain('3 suggestions to review');
    expect(first.findAll('blockquote').map((q) => q.text())).toEqual([
      '“Exports take forever”',
      '“The export times out”',
    ]);
    expect(wrapper.get('h3').text()).toBe('What slows you down?');
    wrapper.unmount();
  });

  it('accepts every suggestion of a theme, and Undo calls undoAcceptTheme for that theme', async () => {
    const wrapper = await mountPanel();
    await card(wrapper, 't2').get('[data-testid="theme-accept"]').trigger('click');
    await flushPromises();

    expect(api.calls('AcceptTheme')).toEqual([{ id: 't2' }]);
    expect(card(wrapper, 't2').text()).toContain('0 suggestions to review, 3 accepted');
    expect(wrapper.get('.toast').text()).toContain('Accepted 3 suggestions of “Export timeouts”.');
    expect(wrapper.emitted('changed')).toHaveLength(1);

    await wrapper.get('.toast__action').trigger('click');
    await flushPromises();
    expect(api.calls('UndoAcceptTheme')).toEqual([{ id: 't2' }]);
    expect(card(wrapper, 't2').text()).toContain('3 suggestions to review');
    expect(wrapper.find('.toast').exists()).toBe(false);
    expect(wrapper.emitted('changed')).toHaveLength(2);
    wrapper.unmount();
  });

  it('renames inline: Enter saves, Escape cancels without a request', async () => {
    const wrapper = await mountPanel();
    await card(wrapper, 't1').get('[data-testid="theme-rename"]').trigger('click');
    const input = card(wrapper, 't1').get('[data-testid="theme-rename-input"]');
    expect(document.activeElement).toBe(input.element);
    await input.setValue('Nope');
    await input.trigger('keydown', { key: 'Escape' });
    expect(card(wrapper, 't1').find('[data-testid="theme-rename-input"]').exists()).toBe(false);
    expect(api.calls('RenameTheme')).toEqual([]);

    await card(wrapper, 't1').get('[data-testid="theme-rename"]').trigger('click');
    await card(wrapper, 't1').get('[data-testid="theme-rename-input"]').setValue('  Export speed ');
    await card(wrapper, 't1').get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('RenameTheme')).toEqual([{ id: 't1', label: 'Export speed' }]);
    expect(card(wrapper, 't1').get('h4').text()).toBe('Export speed');
    wrapper.unmount();
  });

  it('merges into the chosen theme and drops only after confirming', async () => {
    const wrapper = await mountPanel();
    await card(wrapper, 't1').get('[data-testid="theme-merge"]').trigger('click');
    await card(wrapper, 't1').get('select').setValue('t2');
    await card(wrapper, 't1').get('[data-testid="theme-merge-confirm"]').trigger('click');
    await flushPromises();
    expect(api.calls('MergeThemes')).toEqual([{ sourceId: 't1', targetId: 't2' }]);
    expect(wrapper.find('[data-testid="theme-t1"]').exists()).toBe(false);
    expect(card(wrapper, 't2').text()).toContain('8 answers or turns');

    await card(wrapper, 't2').get('[data-testid="theme-drop"]').trigger('click');
    expect(api.calls('DropTheme')).toEqual([]);
    await card(wrapper, 't2').get('[data-testid="theme-drop-confirm"]').trigger('click');
    await flushPromises();
    expect(api.calls('DropTheme')).toEqual([{ id: 't2' }]);
    expect(wrapper.text()).toContain('No themes yet');
    wrapper.unmount();
  });

  it('shows the server’s sentence on the card when dropping is refused', async () => {
    serve({
      DropTheme: () => ({
        error: {
          code: 'CONFLICT',
          message: '“Slow exports” has accepted highlights; merge it instead.',
        },
      }),
    });
    const wrapper = await mountPanel();
    await card(wrapper, 't1').get('[data-testid="theme-drop"]').trigger('click');
    await card(wrapper, 't1').get('[data-testid="theme-drop-confirm"]').trigger('click');
    await flushPromises();
    expect(card(wrapper, 't1').get('[role="alert"]').text()).toContain('has accepted highlights');
    wrapper.unmount();
  });

  it('discovers themes in chosen questions, polling progress, and says why none were found', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    themes = [];
    const states = [
      { status: 'RUNNING', progress: 0.4 },
      {
        status: 'SUCCEEDED',
        progress: 1,
        message: '“Anything else?” has too few answers for themes (2; at least 5).',
      },
    ];
    const run = (state: Record<string, unknown>) => ({
      id: 'run-1',
      status: 'QUEUED',
      progress: 0,
      error: null,
      message: null,
      themeCount: 0,
      suggestionCount: 0,
      ...state,
    });
    serve({
      DiscoverThemes: () => ({ discoverThemes: run({}) }),
      ThemeRun: () => ({ themeRun: run(states.shift()!) }),
    });
    const wrapper = await mountPanel();
    expect(wrapper.text()).toContain('No themes yet');

    await wrapper.get('[data-testid="themes-scope-chosen"]').setValue(true);
    const boxes = wrapper.findAll('ul[aria-label="Open-text questions"] input');
    expect(boxes).toHaveLength(2);
    await boxes[1].setValue(true);
    await wrapper.get('[data-testid="themes-transcripts"]').setValue(false);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('DiscoverThemes')).toEqual([
      { input: { studyId: 'st-1', questionIds: ['q3'], includeTranscripts: false } },
    ]);
    expect(wrapper.get('[data-testid="themes-status"]').text()).toBe('Waiting to start…');

    await vi.advanceTimersByTimeAsync(1000);
    await flushPromises();
    expect(wrapper.get('[data-testid="themes-progress"]').attributes('aria-valuenow')).toBe('40');
    expect(wrapper.get('[data-testid="themes-status"]').text()).toBe('Discovering themes… 40%');

    await vi.advanceTimersByTimeAsync(1000);
    await flushPromises();
    expect(wrapper.find('[data-testid="themes-progress"]').exists()).toBe(false);
    expect(wrapper.get('[data-testid="themes-status"]').text()).toContain('Done: 0 themes');
    expect(wrapper.text()).toContain('has too few answers for themes');
    expect(api.calls('StudyThemes')).toHaveLength(2);
    expect(wrapper.emitted('changed')).toHaveLength(1);
    wrapper.unmount();
  });

  it('offers no actions to people who only read the coding', async () => {
    const wrapper = await mountPanel(true);
    expect(wrapper.find('[data-testid="discover-themes"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="theme-accept"]').exists()).toBe(false);
    expect(api.calls('ThemeQuestions')).toEqual([]);
    wrapper.unmount();
  });
});
