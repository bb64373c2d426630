// @vitest-environment jsdom
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import type { Evidence, PersonaWords, Trait } from '../api/persona';
import PersonaContent from './PersonaContent.vue';

// What needs-based synthesis writes, as the persona page shows it: backstory, traits by kind with
// share and lift, what the whole study shares apart, and opted-in sensitive answers labelled.

const answer = (
  questionId: string,
  quote: string,
  questionTitle: string | null,
  label?: string,
): Evidence => ({
  source: {
    type: 'SURVEY_ANSWER',
    segmentId: null,
    responseId: `r-${quote.length}`,
    questionId,
    messageId: null,
  },
  start: 0,
  end: quote.length,
  quote,
  questionTitle,
  participant: label ? { label } : null,
});

const trait = (kind: Trait['kind'], text: string, extra: Partial<Trait> = {}): Trait => ({
  kind,
  text,
  share: 0.5,
  lift: 2,
  sharedByStudy: false,
  evidence: [],
  ...extra,
});

// Deliberately out of reading order: the page sorts by kind.
const traits: Trait[] = [
  trait('MOTIVATION', 'Tired of waiting on the data team'),
  trait('PAIN_POINT', 'Struggles with slow dashboards', {
    share: 0.8333,
    lift: 2.79,
    evidence: [answer('blocker', 'Slow dashboards', 'Which of these gets in your way most often?')],
  }),
  trait('DEMOGRAPHIC', 'Where they are based: Europe', {
    share: 0.93,
    lift: 1.01,
    sharedByStudy: true,
  }),
  trait('BEHAVIOR', 'Uses scheduled reports', {
    evidence: [
      answer(
        'routine',
        'Every morning I check the sales dashboards and the scheduled reports',
        'Walk us through how you use Chartwell in a typical week.',
        'P7',
      ),
    ],
  }),
  trait('DEMOGRAPHIC', 'Role: Data analyst', { share: 0.9, lift: 3.3 }),
  trait('GOAL', 'Wants hands-off reporting for leadership'),
  trait('PSYCHOGRAPHIC', 'Satisfied: 3.8 of 5', { share: 0.8, lift: 1.7 }),
  trait('BEHAVIOR', 'Dashboards', { share: 0.94, lift: 1.0, sharedByStudy: true }),
  trait('GOAL', 'Hand-written goal', { share: null, lift: null }),
];

const words = (extra: Partial<PersonaWords> = {}): PersonaWords => ({
  version: 2,
  name: 'Taylor',
  tagline: 'Wants hands-off leadership reporting',
  summary: 'Taylor stands for 25 % of participants.',
  backstory: 'Taylor runs the weekly numbers for leadership.',
  traits,
  quotes: [],
  sensitiveProfile: [],
  ...extra,
});

function mountContent(w: PersonaWords = words()) {
  return mount(PersonaContent, {
    props: { personaId: 'p-1', words: w, comments: [], canComment: true },
    global: { plugins: [createPinia()] },
    attachTo: document.body,
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('PersonaContent', () => {
  it('shows the backstory under the summary, and nothing when there is none', () => {
    const wrapper = mountContent();
    const summary = wrapper.get('.content__summary');
    const backstory = wrapper.get('[data-testid="persona-backstory"]');
    expect(backstory.text()).toBe('Taylor runs the weekly numbers for leadership.');
    expect(
      summary.element.compareDocumentPosition(backstory.element) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    wrapper.unmount();

    const none = mountContent(words({ backstory: null }));
    expect(none.find('[data-testid="persona-backstory"]').exists()).toBe(false);
    none.unmount();
  });

  it('groups traits by kind in reading order, then what the whole study shares, muted and apart', () => {
    const wrapper = mountContent();
    const headings = wrapper.findAll('h3').map((h) => h.text());
    expect(headings).toEqual([
      'Profile',
      'Attitudes',
      'Behaviours',
      'Goals',
      'Pain points',
      'Motivations',
      'Shared by the whole study',
    ]);

    const shared = wrapper.get('[data-testid="shared-traits"]');
    expect(shared.classes()).toContain('content__group--shared');
    expect(
      shared
        .findAll('[data-testid="persona-trait"]')
        .map((t) => t.get('.content__trait-text').text()),
    ).toEqual(['Where they are based: Europe', 'Dashboards']);
    // Not among what sets the persona apart.
    expect(wrapper.get('[data-testid="trait-group-DEMOGRAPHIC"]').text()).not.toContain('Europe');
    expect(wrapper.get('[data-testid="trait-group-BEHAVIOR"]').text()).not.toContain('Dashboards');
    expect(wrapper.get('[data-testid="trait-group-BEHAVIOR"]').text()).toContain(
      'Uses scheduled reports',
    );
    // Each list is named by its heading.
    const list = shared.get('ul');
    expect(document.getElementById(list.attributes('aria-labelledby')!)?.textContent).toBe(
      'Shared by the whole study',
    );
    wrapper.unmount();
  });

  it('gives share and lift as "83 % · 2.8× the study", and no figures on hand-written traits', () => {
    const wrapper = mountContent();
    const pain = wrapper.get('[data-testid="trait-group-PAIN_POINT"]');
    expect(pain.get('[data-testid="trait-figures"]').text()).toBe('83 % · 2.8× the study');
    const goals = wrapper
      .get('[data-testid="trait-group-GOAL"]')
      .findAll('[data-testid="persona-trait"]');
    expect(goals[1].text()).toContain('Hand-written goal');
    expect(goals[1].find('[data-testid="trait-figures"]').exists()).toBe(false);
    wrapper.unmount();
  });

  it('keeps each trait at its index in the version, so comments land on the right one', () => {
    const wrapper = mountContent();
    const shared = wrapper.get('[data-testid="shared-traits"]');
    // "Dashboards" is trait 7 of the version, shown last.
    expect(
      shared
        .findAll('[data-testid="persona-trait"]')[1]
        .find('[data-testid="trait-comments-toggle-7"]')
        .exists(),
    ).toBe(true);
    wrapper.unmount();
  });

  it('reads a survey answer chip as "Question — Answer"', () => {
    const wrapper = mountContent();
    const chip = wrapper.get(
      '[data-testid="trait-group-PAIN_POINT"] [data-testid="evidence-chip"]',
    );
    expect(chip.text()).toBe('Which of these gets in your way most often? — Slow dashboards');
    expect(chip.attributes('title')).toBe('Slow dashboards');
    const written = wrapper.get(
      '[data-testid="trait-group-BEHAVIOR"] [data-testid="evidence-chip"]',
    );
    expect(written.text()).toContain('P7');
    // A long question is cut to the chip's width; a written answer reads as a quote.
    expect(written.text()).toContain(
      'Walk us through how you use Chartwell in a… — “Every morning',
    );
    wrapper.unmount();
  });

  it('lists opted-in sensitive answers beside the study, labelled as description only, only when there are any', () => {
    const none = mountContent();
    expect(none.find('[data-testid="sensitive-profiles"]').exists()).toBe(false);
    none.unmount();

    const wrapper = mountContent(
      words({
        sensitiveProfile: [
          {
            question: 'What is your gender?',
            answered: 38,
            values: [
              { label: 'Woman', share: 0.474, studyShare: 0.41 },
              { label: 'Man', share: 0.395, studyShare: 0.45 },
              { label: 'Other', share: 0.131, studyShare: 0.14 },
            ],
          },
        ],
      }),
    );
    const section = wrapper.get('[data-testid="sensitive-profiles"]');
    expect(section.get('h2').text()).toBe(
      'Sensitive answers (description only — never used to segment)',
    );
    expect(document.getElementById(section.attributes('aria-labelledby')!)).toBe(
      section.get('h2').element,
    );
    const table = section.get('table');
    expect(table.get('caption').text()).toContain('What is your gender?');
    expect(table.get('caption').text()).toContain('38 members answered');
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Answer',
      'This persona',
      'Whole study',
    ]);
    expect(
      table.findAll('tbody tr').map((tr) => tr.findAll('th, td').map((c) => c.text())),
    ).toEqual([
      ['Woman', '47 %', '41 %'],
      ['Man', '40 %', '45 %'],
      ['Other', '13 %', '14 %'],
    ]);
    // Never mixed into the traits.
    expect(wrapper.get('[data-testid="trait-group-DEMOGRAPHIC"]').text()).not.toContain('Woman');
    wrapper.unmount();
  });
});
