import { describe, expect, it } from 'vitest';
import { behaviourItems, behaviourTraitText, timesAWeek } from './behaviour';
import { prepareParticipants } from './prepare';
import { choice, participant } from '../../test/engine/test-helpers';
import { TermCache } from './text-topics';
import { buildTraits } from './traits';
import type { BehaviourInput, ParticipantInput } from './types';

// 40 people in two segments; 36 have product analytics: A opens dashboards 11–13 times a week,
// B about twice. Their behaviour's evidence is the sentence of their rendered summary.
function behaviour(id: string, perWeek: number): BehaviourInput {
  const sentence = `Opens dashboards ${timesAWeek(perWeek)}, in 80 % of sessions; last time 2 days ago.`;
  const text = `${sentence} Last active 2 days ago.`;
  return {
    key: 'event:dashboard_opened',
    label: 'Opens dashboards',
    perWeek,
    source: { ref: { type: 'ANALYTICS_SUMMARY', summaryId: `s-${id}` }, text },
    start: 0,
    end: sentence.length,
  };
}
function person(id: string, a: boolean, i: number): ParticipantInput {
  return {
    ...participant(id, {
      answers: [choice(id, 'team', 'BEHAVIOR', [i % 2 ? 'Small team' : 'Large team'], 'How big is your team?')],
    }),
    ...(i < 18 ? { behaviours: [behaviour(id, a ? 11 + (i % 3) : 2)] } : {}),
  };
}
const input = [
  ...Array.from({ length: 20 }, (_, i) => person(`a${String(i).padStart(2, '0')}`, true, i)),
  ...Array.from({ length: 20 }, (_, i) => person(`b${String(i).padStart(2, '0')}`, false, i)),
];
const { prepared } = prepareParticipants(input);
const people = prepared.map((_, i) => i);
const members = [
  people.filter((i) => prepared[i].input.id.startsWith('a')),
  people.filter((i) => prepared[i].input.id.startsWith('b')),
];

describe('behaviour wording', () => {
  it('says how often in weeks, then months', () => {
    expect([12.4, 1, 0.5, 0.2, 0.05].map(timesAWeek)).toEqual([
      'about 12 times a week',
      'about once a week',
      'about 2 times a month',
      'about once a month',
      'less than once a month',
    ]);
  });
  it('reads "Opens dashboards about 12 times a week (3.0× the study)"', () => {
    expect(behaviourTraitText('Opens dashboards', { segment: 12, study: 4 })).toBe(
      'Opens dashboards about 12 times a week (3.0× the study)',
    );
    expect(behaviourTraitText('Exports', { segment: 5, study: 0.25 })).toBe('Exports about 5 times a week (20× the study)');
  });
});

describe('behaviour in segmentation and traits', () => {
  it('becomes a low / mid / high indicator; people without analytics are missing', () => {
    const [item] = behaviourItems(prepared, people, 2);
    expect(item).toMatchObject({ key: 'behaviour:event:dashboard_opened', label: 'Opens dashboards', categories: ['low', 'mid', 'high'] });
    const byId = new Map(people.map((pi, j) => [prepared[pi].input.id, item.values[j]]));
    expect(byId.get('b00')).toBe(0);
    expect(byId.get('a02')).toBe(2);
    expect(byId.get('a19')).toBe(-1);
  });

  it('gives the frequent segment a behaviour trait with its mean against the study and verbatim summary evidence', () => {
    const [traitsA, traitsB] = buildTraits({
      prepared,
      members,
      people,
      topics: [],
      interviewees: new Set(),
      cache: new TermCache(),
    });
    const trait = traitsA.find((t) => t.source === 'behaviour')!;
    // A: (11+12+13)×6/18 = 12 a week; the study: (18×12 + 18×2)/36 = 7 → 1.7×.
    expect(trait.text).toBe('Opens dashboards about 12 times a week (1.7× the study)');
    expect(trait).toMatchObject({ kind: 'BEHAVIOR', key: 'behaviour:event:dashboard_opened:high', perWeek: { segment: 12, study: 7 } });
    expect(trait.evidence.length).toBe(3);
    const sources = new Map(input.flatMap((p) => (p.behaviours ?? []).map((b) => [p.id, b.source.text])));
    for (const e of trait.evidence) {
      expect(e.ref.type).toBe('ANALYTICS_SUMMARY');
      expect(e.quote).toBe(sources.get(e.participantId)!.slice(e.start, e.end));
      expect(e.quote).toMatch(/^Opens dashboards about 1[123] times a week/);
    }
    expect(traitsB.some((t) => t.source === 'behaviour')).toBe(false);
  });
});
