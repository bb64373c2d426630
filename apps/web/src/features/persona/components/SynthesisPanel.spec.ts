// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SynthesisPanel from './SynthesisPanel.vue';
import QualityFigures from './QualityFigures.vue';
import type { Run } from '../api/persona';

const quality = { silhouette: 0.61, stability: 0.9, evidenceCoverage: 0.75, faithfulness: 1 };
const run = {
  id: 'run-1',
  status: 'SUCCEEDED',
  stage: null,
  progress: 1,
  error: null,
  provider: 'offline',
  model: null,
  participantCount: 12,
  tokensIn: 0,
  tokensOut: 0,
  finishedAt: '2026-12-01T10:00:00.000Z',
  quality,
} as unknown as Run;

afterEach(() => vi.unstubAllGlobals());

describe('SynthesisPanel', () => {
  it('shows a reviewer no synthesis form, only the latest run', () => {
    vi.stubGlobal('fetch', vi.fn());
    const wrapper = mount(SynthesisPanel, {
      props: { studyId: 's-1', latestRun: run, canRun: false },
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('[data-testid="synthesize-button"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Synthesize personas');
    expect(wrapper.text()).not.toContain('Only owners and researchers');
    expect(wrapper.find('h2').text()).toBe('Latest synthesis');
    expect(wrapper.find('[data-testid="quality-figures"]').exists()).toBe(true);
  });

  it("shows the run's caveats as a note, and nothing when it has none", () => {
    vi.stubGlobal('fetch', vi.fn());
    const weak =
      'The answers split only weakly into different needs: these 2 segments recur in resamples (stability 0.80) but overlap; read them as tendencies, not types.';
    const withWarnings = mount(SynthesisPanel, {
      props: { studyId: 's-1', latestRun: { ...run, warnings: [weak] } as Run, canRun: false },
    });
    const note = withWarnings.find('[data-testid="synthesis-warnings"]');
    expect(note.attributes('role')).toBe('note');
    expect(note.findAll('li').map((li) => li.text())).toEqual([weak]);
    const without = mount(SynthesisPanel, {
      props: { studyId: 's-1', latestRun: { ...run, warnings: [] } as Run, canRun: false },
    });
    expect(without.find('[data-testid="synthesis-warnings"]').exists()).toBe(false);
  });

  it('shows a researcher the form', () => {
    vi.stubGlobal('fetch', vi.fn());
    const wrapper = mount(SynthesisPanel, {
      props: { studyId: 's-1', latestRun: null, canRun: true },
    });
    expect(wrapper.find('h2').text()).toBe('Synthesize personas');
    expect(wrapper.find('[data-testid="synthesize-button"]').exists()).toBe(true);
  });
});

describe('QualityFigures', () => {
  it('puts the figures under a closed "How reliable is this?" disclosure', () => {
    const wrapper = mount(QualityFigures, { props: { quality } });
    const details = wrapper.find('details');
    expect(details.exists()).toBe(true);
    expect(details.attributes('open')).toBeUndefined();
    expect(wrapper.find('summary').text()).toBe('How reliable is this?');
    expect(wrapper.find('details [data-testid="quality-stability"]').text()).toBe('90%');
  });

  it('explains each figure in one plain sentence', () => {
    const wrapper = mount(QualityFigures, { props: { quality } });
    const sentence = (key: string) =>
      wrapper.find(`[data-testid="quality-${key}-sentence"]`).text();
    expect(sentence('silhouette')).toBe('The personas are clearly different from one another.');
    expect(sentence('stability')).toBe(
      'The same personas came back in 90% of reruns on resampled data.',
    );
    expect(sentence('evidence-coverage')).toBe(
      '75% of the traits are backed by quotes from at least two participants.',
    );
    expect(sentence('faithfulness')).toBe('Every quote appears word for word in its source.');
    for (const key of ['silhouette', 'stability', 'evidence-coverage', 'faithfulness']) {
      expect(sentence(key).match(/[.!?](\s|$)/g)).toHaveLength(1);
    }
  });

  it('says plainly when personas overlap or quotes are not faithful', () => {
    const wrapper = mount(QualityFigures, {
      props: { quality: { ...quality, silhouette: 0.1, faithfulness: 0.95 } },
    });
    expect(wrapper.find('[data-testid="quality-silhouette-sentence"]').text()).toContain(
      'overlap a lot',
    );
    expect(wrapper.find('[data-testid="quality-faithfulness-sentence"]').text()).toContain(
      'Only 95% of the quotes',
    );
  });
});
