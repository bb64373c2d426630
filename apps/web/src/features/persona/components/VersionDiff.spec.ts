// @vitest-environment jsdom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGraphql } from '../../../../test/support/fake-graphql';
import VersionDiff from './VersionDiff.vue';

// The version diff shows a reviewer's trait marks beside the version they were made on, quoting
// that version's trait (not the newer one's, whose traits may have moved).

const version = (n: number, traits: string[]) => ({
  version: n,
  status: n === 2 ? ('DRAFT' as const) : null,
  origin: 'EDIT' as const,
  createdAt: '2026-12-01T10:00:00Z',
  createdBy: { name: 'Rita' },
  name: 'Kendall',
  traits: traits.map((text) => ({ text })),
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('VersionDiff', () => {
  it('lists the marks of the reviews made on the versions compared, with that version’s trait text', async () => {
    fakeGraphql({
      PersonaDiff: () => ({
        persona: {
          id: 'p-1',
          diff: [{ field: 'trait', change: 'CHANGED', before: 'Old claim', after: 'New claim' }],
        },
      }),
    });
    const wrapper = mount(VersionDiff, {
      props: {
        personaId: 'p-1',
        versions: [
          version(1, ['Sends scheduled reports', 'Based in Europe']),
          version(2, ['New claim']),
        ],
        reviews: [
          {
            id: 'r-1',
            personaVersion: 1,
            decision: 'REQUEST_CHANGES' as const,
            reviewer: { name: 'Vera Reviewer' },
            traitMarks: [
              { traitIndex: 0, ok: false, note: 'Not in the quotes.' },
              { traitIndex: 1, ok: true, note: null },
            ],
          },
          {
            id: 'r-0',
            personaVersion: 1,
            decision: 'APPROVE' as const,
            reviewer: { name: 'Nobody' },
            traitMarks: [],
          },
        ],
      },
      global: { plugins: [createPinia()] },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.get('[data-testid="version-diff"]').text()).toContain('New claim');
    const marks = wrapper.findAll('[data-testid="diff-marks"]');
    expect(marks).toHaveLength(1);
    expect(marks[0].attributes('aria-label')).toBe('Trait checks on version 1');
    expect(marks[0].get('h3').text()).toBe('Version 1: Vera Reviewer asked for changes');
    expect(marks[0].findAll('li').map((li) => li.text())).toEqual([
      'Not supported: “Sends scheduled reports” — Not in the quotes.',
      'Supported: “Based in Europe”',
    ]);
    wrapper.unmount();
  });
});
