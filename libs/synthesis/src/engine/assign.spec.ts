import { beforeAll, describe, expect, it } from 'vitest';
import { generateNeedsStudy } from '../../test/engine/generate-needs-study';
import { num } from '../../test/engine/test-helpers';
import { assignToSegments, MIN_FIT, type SegmentModel } from './assign';
import { createRng } from './rng';
import { synthesize } from './synthesize';
import type { ParticipantInput, SynthesisResult } from './types';

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Someone unlike any segment: each question answered by a different random newcomer (segments mixed). */
function mixed(pool: ParticipantInput[], seed: number, id: string): ParticipantInput {
  const rng = createRng(seed);
  const byQuestion = new Map<string, ParticipantInput['answers'][number]>();
  for (const qid of new Set(pool.flatMap((p) => p.answers.map((a) => a.questionId)))) {
    const donors = pool.filter((p) => p.answers.some((a) => a.questionId === qid));
    const donor = donors[rng.int(donors.length)];
    byQuestion.set(qid, donor.answers.find((a) => a.questionId === qid)!);
  }
  return { id, label: id, answers: [...byQuestion.values()], texts: [], codes: [] };
}

describe('assignToSegments: later participants placed in a run’s segments', () => {
  const study = generateNeedsStudy({ respondents: 600, seed: 21, noise: 0.1 });
  const later = generateNeedsStudy({ respondents: 200, seed: 77, noise: 0.1 });
  let result: SynthesisResult;
  let model: SegmentModel;
  /** Latent segment → the run's segment most of its members landed in. */
  const segmentOfLatent = new Map<number, number>();
  beforeAll(() => {
    result = synthesize(study.input);
    model = result.model!;
    const votes = new Map<number, number[]>();
    result.segments.forEach((s, i) =>
      s.memberIds.forEach((id) => {
        const l = study.latent.get(id)!;
        const v = votes.get(l) ?? new Array(result.k).fill(0);
        v[i]++;
        votes.set(l, v);
      }),
    );
    for (const [l, v] of votes) segmentOfLatent.set(l, v.indexOf(Math.max(...v)));
  });

  it('keeps a model of every segment, open-text topics with their centres, anchors and typicality floors', () => {
    expect(model.k).toBe(result.k);
    expect(model.items.length).toBeGreaterThan(3);
    const texts = model.items.filter((it) => it.encoding.type === 'text');
    expect(texts.length).toBeGreaterThan(0);
    for (const { encoding: e } of texts)
      expect(e.type === 'text' && e.topic === null && e.encoder!.centroids.length > 1).toBe(true);
    expect(model.logTheta.length).toBe(
      model.items.reduce((n, it) => n + it.categories, 0) * model.k,
    );
    expect(model.anchors.map((a) => a[0])).toEqual(result.segments.map((s) => s.memberIds[0]));
    expect(model.typicalityFloor.every(Number.isFinite)).toBe(true);
  });

  it('places each run member back in their own segment', () => {
    let same = 0;
    let total = 0;
    result.segments.forEach((s, i) =>
      s.memberIds.forEach((id) => {
        const p = study.input.participants.find((x) => x.id === id)!;
        const a = assignToSegments(model, p);
        total++;
        if (a.segmentIndex === i) same++;
      }),
    );
    expect(same / total).toBeGreaterThanOrEqual(0.85);
  });

  it('places a newcomer built like a segment’s members in that segment, with a fit', () => {
    let right = 0;
    let assigned = 0;
    for (const p of later.input.participants) {
      const a = assignToSegments(model, p);
      if (a.segmentIndex === null) continue;
      assigned++;
      expect(a.fit).toBeGreaterThanOrEqual(MIN_FIT);
      expect(a.reason).toBe('ASSIGNED');
      if (a.segmentIndex === segmentOfLatent.get(later.latent.get(p.id)!)) right++;
    }
    expect(assigned / later.input.participants.length).toBeGreaterThanOrEqual(0.8);
    expect(right / assigned).toBeGreaterThanOrEqual(0.9);
  });

  it('leaves noise (answers mixed from several segments) unassigned, saying why', () => {
    const noise = Array.from({ length: 60 }, (_, i) =>
      mixed(later.input.participants, 100 + i, `noise-${i}`),
    );
    const results = noise.map((p) => assignToSegments(model, p));
    const unassigned = results.filter((a) => a.segmentIndex === null);
    expect(unassigned.length / noise.length).toBeGreaterThanOrEqual(0.6);
    for (const a of unassigned) expect(['AMBIGUOUS', 'ATYPICAL']).toContain(a.reason);
  });

  it('leaves someone with too few items in common unassigned', () => {
    const q = model.items.find((it) => it.encoding.type === 'number')!.encoding;
    const qid = q.type === 'number' ? q.questionId : '';
    const a = assignToSegments(model, {
      id: 'one',
      label: 'one',
      answers: [num('one', qid, 'PSYCHOGRAPHIC', 4)],
      texts: [],
      codes: [],
    });
    expect(a).toMatchObject({ segmentIndex: null, reason: 'TOO_FEW_ITEMS', itemsInCommon: 1 });
  });

  it('does not depend on the order of a participant’s answers, texts and codes', () => {
    for (const p of later.input.participants.slice(0, 40)) {
      const a = assignToSegments(model, p);
      const b = assignToSegments(model, {
        ...p,
        answers: shuffled(p.answers, 3),
        texts: shuffled(p.texts, 4),
        codes: shuffled(p.codes, 5),
      });
      expect(b).toEqual(a);
    }
  });

  it('reports the chosen-option and code facts a newcomer holds (for trait drift)', () => {
    const p = later.input.participants[0];
    const a = assignToSegments(model, p);
    const labels = p.answers.flatMap((x) =>
      x.kind === 'choice' && x.personaField !== 'NONE'
        ? (x.choiceLabels ?? []).map((l) => `choice:${x.questionId}:${l}`)
        : [],
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(a.factKeys.filter((k) => k.startsWith('choice:')).length).toBeGreaterThan(0);
    for (const k of a.factKeys.filter((x) => x.startsWith('choice:')))
      expect(labels).toContain(k);
  });
});
