import { describe, expect, it } from 'vitest';
import { answerSource, choice, highlight, participant } from './test-helpers';
import { buildTraits, quantifier } from './traits';
import type { ParticipantInput, TextSource, Trait } from './types';

// Six participants: segment A = p1..p3, segment B = p4..p6.
const texts: Record<string, TextSource> = {};
const say = (pid: string, text: string): TextSource =>
  (texts[pid] = answerSource(pid, 'open', text));
const people: ParticipantInput[] = [
  ['p1', 'Daily', 'Analyst', 'Exports are slow. Also OT1 here.'],
  ['p2', 'Daily', 'Analyst', 'Slow exports, OT1 again.'],
  ['p3', 'Weekly', 'Engineer', 'I hate slow exports!'],
  ['p4', 'Weekly', 'Engineer', 'Some slow exports, and I need offline mode.'],
  ['p5', 'Weekly', 'Engineer', 'I distrust automation.'],
  ['p6', 'Daily', 'Engineer', 'Honestly I distrust automation, call 555-123-4567.'],
].map(([pid, freq, role, text]) => {
  const t = say(pid, text);
  const codes = [];
  const slow = /slow exports|Exports are slow/i.exec(text);
  if (slow) codes.push(highlight(t, slow[0], 'c1', 'PAIN_POINT', 'Slow exports'));
  if (text.includes('distrust automation'))
    codes.push(highlight(t, 'distrust automation', 'c2', 'ATTITUDE', 'Distrusts automation'));
  if (text.includes('offline mode'))
    codes.push(highlight(t, 'offline mode', 'c3', 'NEED', 'Offline mode'));
  if (text.includes('OT1')) codes.push(highlight(t, 'OT1', 'c4', 'OTHER'));
  return participant(pid, {
    answers: [
      choice(pid, 'freq', 'BEHAVIOR', [freq], 'How often?'),
      choice(pid, 'role', 'DEMOGRAPHIC', [role], 'Role?'),
    ],
    texts: [t],
    codes,
  });
});
// Centrality order: p3 is nearest A's centre, then p1, then p2.
const members = [
  [2, 0, 1],
  [3, 4, 5],
];
const [traitsA, traitsB] = buildTraits(people, members);
const byKey = (traits: Trait[], key: string): Trait | undefined =>
  traits.find((t) => t.key === key);

describe('buildTraits', () => {
  it('computes share, study share and lift', () => {
    const daily = byKey(traitsA, 'choice:freq:Daily')!;
    expect(daily).toMatchObject({
      kind: 'BEHAVIOR',
      support: 2,
      label: 'Daily',
      question: 'How often?',
    });
    expect(daily.share).toBeCloseTo(2 / 3, 12);
    expect(daily.studyShare).toBeCloseTo(3 / 6, 12);
    expect(daily.lift).toBeCloseTo(4 / 3, 12);
    const slow = byKey(traitsA, 'code:c1')!;
    expect(slow.kind).toBe('PAIN_POINT');
    expect([slow.share, slow.studyShare, slow.lift]).toEqual([1, 4 / 6, 1.5]);
    expect(slow.text).toBe('Almost all struggle with “Slow exports” (100 %)');
  });

  it('keeps the modal demographic answer with its share, even without lift', () => {
    const roleA = traitsA.filter((t) => t.key.startsWith('choice:role:'));
    expect(roleA.map((t) => [t.label, t.share, t.lift])).toEqual([['Analyst', 2 / 3, 2]]);
    expect(roleA[0].text).toBe('Most answer “Analyst” to “Role?” (67 %)');
    const roleB = traitsB.filter((t) => t.kind === 'DEMOGRAPHIC');
    expect(roleB.map((t) => [t.label, t.share, t.lift])).toEqual([['Engineer', 1, 1.5]]);
  });

  it('maps ATTITUDE to PSYCHOGRAPHIC, drops OTHER, and needs lift ≥ 1 and two supporters', () => {
    expect(byKey(traitsB, 'code:c2')?.kind).toBe('PSYCHOGRAPHIC');
    expect(traitsA.some((t) => t.key === 'code:c4')).toBe(false);
    expect(byKey(traitsB, 'code:c1')).toBeUndefined(); // lift 0.5
    expect(byKey(traitsB, 'code:c3')).toBeUndefined(); // one supporter only
    expect(byKey(traitsB, 'choice:freq:Daily')).toBeUndefined(); // lift 2/3
  });

  it('maps NEED to GOAL', () => {
    const [needs] = buildTraits(people, [[3]], { shareFloor: 0 });
    expect(byKey(needs, 'code:c3')?.kind).toBe('GOAL');
  });

  it('gives 1–3 verbatim spans from different members, nearest the centre first', () => {
    for (const t of [...traitsA, ...traitsB]) {
      expect(t.evidence.length).toBeGreaterThanOrEqual(1);
      expect(t.evidence.length).toBeLessThanOrEqual(3);
      expect(new Set(t.evidence.map((e) => e.participantId)).size).toBe(t.evidence.length);
      for (const e of t.evidence) {
        const source = people
          .flatMap((p) => [...p.answers.map((a) => a.source), ...p.texts])
          .find((s) => s.ref === e.ref)!;
        expect(e.quote).toBe(source.text.slice(e.start, e.end));
      }
    }
    const slow = byKey(traitsA, 'code:c1')!;
    expect(slow.evidence.map((e) => [e.participantId, e.quote])).toEqual([
      ['p3', 'slow exports'],
      ['p1', 'Exports are slow'],
      ['p2', 'Slow exports'],
    ]);
    // Choice evidence is the whole answer text.
    expect(byKey(traitsA, 'choice:freq:Daily')!.evidence.map((e) => e.quote)).toEqual([
      'Daily',
      'Daily',
    ]);
  });

  it('never takes evidence from a source holding a phone number or email', () => {
    const distrust = byKey(traitsB, 'code:c2')!;
    expect(distrust.support).toBe(2); // p6 still counts…
    expect(distrust.evidence.map((e) => e.participantId)).toEqual(['p5']); // …but is never quoted
  });

  it('orders traits by kind, then lift', () => {
    expect(traitsA.map((t) => t.kind)).toEqual(['DEMOGRAPHIC', 'BEHAVIOR', 'PAIN_POINT']);
  });

  it('words shares', () => {
    expect([0.95, 0.6, 0.5, 0.35, 0.2].map(quantifier)).toEqual([
      'Almost all',
      'Most',
      'Half',
      'Many',
      'Some',
    ]);
  });
});

it('respects the share floor and per-kind cap', () => {
  const ps = Array.from({ length: 10 }, (_, i) =>
    participant(`q${i}`, {
      answers: [choice(`q${i}`, 'tools', 'BEHAVIOR', i < 5 ? ['A', 'B', 'C', 'D'] : ['E'])],
    }),
  );
  const [seg] = buildTraits(
    ps,
    [
      [0, 1, 2, 3, 4],
      [5, 6, 7, 8, 9],
    ],
    { perKind: 2 },
  );
  expect(seg.map((t) => t.label)).toEqual(['A', 'B']);
  const [none] = buildTraits(
    ps,
    [
      [0, 5],
      [1, 2, 3, 4, 6, 7, 8, 9],
    ],
    { shareFloor: 0.6 },
  );
  expect(none).toEqual([]);
});
