// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import { PREVIEW_DELAY_MS } from '../useCsvPreview';
import ImportCsvForm from './ImportCsvForm.vue';

const CSV = [
  'Timestamp,What gets in your way?,Gender,Response ID',
  '2025-01-03 10:00,Slow exports,Woman,r1',
  '2025-01-04 11:00,Too many clicks,Man,r2',
  '2025-01-05 12:00,Nothing,Woman,r3',
].join('\n');

/** What the server infers for CSV, before any change. */
const inferred = () => [
  {
    index: 0,
    header: 'Timestamp',
    type: 'DATE',
    personaField: 'NONE',
    sensitive: false,
    skip: true,
    reason: 'The submission time of each response → not a question',
    sampleValues: ['2025-01-03 10:00'],
  },
  {
    index: 1,
    header: 'What gets in your way?',
    type: 'LONG_TEXT',
    personaField: 'PAIN_POINT',
    sensitive: false,
    skip: false,
    reason: 'Asks what gets in the way → pain point',
    sampleValues: ['Slow exports', 'Too many clicks', 'Nothing'],
  },
  {
    index: 2,
    header: 'Gender',
    type: 'SINGLE_CHOICE',
    personaField: 'DEMOGRAPHIC',
    sensitive: true,
    skip: false,
    reason: 'Asks about gender → profile, sensitive',
    sampleValues: ['Woman', 'Man'],
  },
  {
    index: 3,
    header: 'Response ID',
    type: 'SHORT_TEXT',
    personaField: 'NONE',
    sensitive: false,
    skip: true,
    reason: 'Skipped: it looks like export metadata → not used for personas',
    sampleValues: ['r1', 'r2', 'r3'],
  },
];

/** A small stand-in for the server's preview: overrides replace what it inferred. */
function previewOf(columns: { header: string; [key: string]: unknown }[] | null) {
  const result = inferred().map((column) => {
    const override = columns?.find((c) => c.header === column.header);
    if (!override) return column;
    const { header: _h, delimiter: _d, ...set } = override;
    return {
      ...column,
      skip: false,
      ...set,
      reason: `Set in columns (suggested: ${column.reason})`,
    };
  });
  return {
    previewSurveyCsv: {
      rowCount: 3,
      warnings: ['Skipped Column 4 ("Response ID"): it looks like export metadata.'],
      columns: result,
    },
  };
}

let api: ReturnType<typeof fakeGraphql>;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  localStorage.clear();
  api = fakeGraphql({
    PreviewSurveyCsv: ({ input }) => previewOf(input.columns),
    ImportSurveyCsv: () => ({ importSurveyCsv: { id: 'survey-9' } }),
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

async function mountForm() {
  const Blank = { render: () => null };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/surveys/:surveyId/results', name: 'survey-results', component: Blank },
    ],
  });
  await router.push('/');
  const wrapper = mount(ImportCsvForm, {
    props: { studyId: 'study-1' },
    global: { plugins: [createPinia(), router] },
    attachTo: document.body,
  });
  return { wrapper, router };
}

/** Lets the debounce run out and the preview answers arrive. */
async function settle() {
  await vi.advanceTimersByTimeAsync(PREVIEW_DELAY_MS);
  await flushPromises();
}

type Wrapper = Awaited<ReturnType<typeof mountForm>>['wrapper'];
const row = (wrapper: Wrapper, index: number) => wrapper.get(`[data-testid="csv-column-${index}"]`);

async function pasteCsv(wrapper: Wrapper) {
  await wrapper.get('textarea').setValue(CSV);
  await settle();
}

describe('ImportCsvForm preview', () => {
  it('previews the pasted file before storing anything: columns, reasons, samples, count and warnings', async () => {
    const { wrapper } = await mountForm();
    await pasteCsv(wrapper);

    expect(api.calls('PreviewSurveyCsv')).toEqual([
      { input: { studyId: 'study-1', csv: CSV, columns: null } },
    ]);
    expect(api.calls('ImportSurveyCsv')).toEqual([]);
    expect(wrapper.findAll('tbody tr')).toHaveLength(4);
    expect(row(wrapper, 1).text()).toContain('Asks what gets in the way → pain point');
    expect(row(wrapper, 1).text()).toContain('Too many clicks');
    expect(
      (row(wrapper, 1).get('[data-testid="csv-persona-field"]').element as HTMLSelectElement).value,
    ).toBe('PAIN_POINT');
    expect(
      (row(wrapper, 2).get('[data-testid="csv-sensitive"]').element as HTMLInputElement).checked,
    ).toBe(true);
    expect(wrapper.text()).toContain('3 responses, 4 columns');
    expect(wrapper.text()).toContain('it looks like export metadata');
    expect(wrapper.get('[data-testid="csv-import"]').text()).toBe('Import 3 responses');
    wrapper.unmount();
  });

  it('re-runs the preview after edits and imports with only the changed columns', async () => {
    const { wrapper, router } = await mountForm();
    await wrapper.get('input[type="text"]').setValue('Onboarding');
    await pasteCsv(wrapper);

    await row(wrapper, 1).get('[data-testid="csv-persona-field"]').setValue('GOAL');
    await row(wrapper, 2).get('[data-testid="csv-sensitive"]').setValue(false);
    // Still within the debounce: one preview for both edits.
    expect(api.calls('PreviewSurveyCsv')).toHaveLength(1);
    await settle();

    const expected = [
      { header: 'What gets in your way?', personaField: 'GOAL' },
      { header: 'Gender', sensitive: false },
    ];
    expect(api.calls('PreviewSurveyCsv')).toHaveLength(2);
    expect(api.calls('PreviewSurveyCsv')[1].input.columns).toEqual(expected);
    expect(row(wrapper, 1).text()).toContain('Set in columns');
    expect(row(wrapper, 1).text()).toContain('Changed');

    // Back to what was inferred: that column is no longer sent.
    await row(wrapper, 1).get('[data-testid="csv-persona-field"]').setValue('PAIN_POINT');
    await settle();
    expect(api.calls('PreviewSurveyCsv').at(-1)!.input.columns).toEqual([
      { header: 'Gender', sensitive: false },
    ]);

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('ImportSurveyCsv')).toEqual([
      {
        input: {
          studyId: 'study-1',
          title: 'Onboarding',
          csv: CSV,
          columns: [{ header: 'Gender', sensitive: false }],
        },
      },
    ]);
    expect(router.currentRoute.value.fullPath).toBe('/surveys/survey-9/results');
    wrapper.unmount();
  });

  it('skips and un-skips columns; a skipped column’s other settings are locked', async () => {
    const { wrapper } = await mountForm();
    await wrapper.get('input[type="text"]').setValue('Onboarding');
    await pasteCsv(wrapper);

    expect(
      row(wrapper, 3).get('[data-testid="csv-persona-field"]').attributes('disabled'),
    ).toBeDefined();
    await row(wrapper, 3).get('[data-testid="csv-skip"]').setValue(false);
    await row(wrapper, 2).get('[data-testid="csv-skip"]').setValue(true);
    await settle();

    expect(api.calls('PreviewSurveyCsv').at(-1)!.input.columns).toEqual([
      { header: 'Gender', skip: true },
      { header: 'Response ID', skip: false },
    ]);
    expect(
      row(wrapper, 3).get('[data-testid="csv-persona-field"]').attributes('disabled'),
    ).toBeUndefined();
    expect(
      row(wrapper, 2).get('[data-testid="csv-sensitive"]').attributes('disabled'),
    ).toBeDefined();

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(api.calls('ImportSurveyCsv')[0].input.columns).toEqual([
      { header: 'Gender', skip: true },
      { header: 'Response ID', skip: false },
    ]);
    wrapper.unmount();
  });

  it('shows the server’s sentence next to the table and holds the import back', async () => {
    const { wrapper } = await mountForm();
    await pasteCsv(wrapper);
    api = fakeGraphql({
      PreviewSurveyCsv: () => ({
        error: {
          code: 'BAD_USER_INPUT',
          message: 'Column 2 ("Gender") cannot be a matrix question.',
        },
      }),
    });

    await row(wrapper, 2).get('[data-testid="csv-type"]').setValue('NUMBER');
    await settle();

    expect(wrapper.get('[data-testid="csv-preview-error"]').text()).toContain(
      'Column 2 ("Gender") cannot be a matrix question.',
    );
    expect(wrapper.findAll('tbody tr')).toHaveLength(4);
    expect(wrapper.get('[data-testid="csv-import"]').attributes('disabled')).toBeDefined();
    wrapper.unmount();
  });
});
