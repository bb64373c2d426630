import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, generateStudy } from './generate-study';
import { faithfulness, allEvidence } from './quality';
import { indexSources, sourceKey } from './sources';
import { synthesize } from './synthesize';
import { answerSource, choice, highlight, participant } from './test-helpers';
import type { SynthesisInput, SynthesisResult } from './types';

function ari(result: SynthesisResult, latent: Map<string, number>): number {
  const predicted = new Map<string, number>();
  result.segments.forEach((s, i) => s.memberIds.forEach((id) => predicted.set(id, i)));
  const ids = [...latent.keys()];
  return adjustedRandIndex(
    ids.map((id) => predicted.get(id)!),
    ids.map((id) => latent.get(id)!),
  );
}

describe('synthesize', () => {
  const { input, latent } = generateStudy({
    participants: 300,
    segments: 3,
    seed: 21,
    privateRate: 0.05,
    interviewees: 4,
  });
  const stages: [string, number][] = [];
  const result = synthesize(input, (stage, progress) => stages.push([stage, progress]));

  it('recovers the latent segments of a generated study (k chosen by silhouette, ARI ≥ 0.8)', () => {
    expect(result.k).toBe(3);
    expect(ari(result, latent)).toBeGreaterThanOrEqual(0.8);
    expect(result.segments.reduce((acc, s) => acc + s.memberIds.length, 0)).toBe(304);
    expect(result.segments.map((s) => s.share).reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('is deterministic: the same input and seed give identical output', () => {
    expect(synthesize(structuredClone(input))).toEqual(result);
  });

  it('honours personaCount', () => {
    expect(synthesize({ ...input, personaCount: 2 }).k).toBe(2);
  });

  it('only quotes verbatim, with traits, evidence and 3–5 quotes per segment', () => {
    const sources = indexSources(input.participants);
    expect(faithfulness(allEvidence(result.segments), sources)).toBe(1);
    expect(result.quality.faithfulness).toBe(1);
    expect(result.quality.evidenceCoverage).toBeGreaterThan(0.9);
    expect(result.quality.stability).toBeGreaterThan(0.8);
    expect(result.quality.silhouette).toBeGreaterThan(0.1);
    for (const s of result.segments) {
      expect(s.traits.length).toBeGreaterThan(3);
      expect(s.quotes.length).toBeGreaterThanOrEqual(3);
      expect(s.quotes.length).toBeLessThanOrEqual(5);
      expect(new Set(s.quotes.map((q) => q.participantId)).size).toBe(s.quotes.length);
      const members = new Set(s.memberIds);
      for (const e of [...s.quotes, ...s.traits.flatMap((t) => t.evidence)]) {
        expect(members.has(e.participantId)).toBe(true);
        expect(sources.get(sourceKey(e.ref))!.slice(e.start, e.end)).toBe(e.quote);
      }
      expect(s.centroidSummary.length).toBeGreaterThan(0);
    }
  });

  it('reports progress in order from 0 to 1', () => {
    expect(stages.map(([s]) => s)).toEqual([
      'features',
      'segments',
      'stability',
      'traits',
      'quality',
      'done',
    ]);
    const values = stages.map(([, p]) => p);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(1);
  });
});

describe('synthesize: privacy', () => {
  it('never quotes an answer holding an email or phone number, even when it is coded', () => {
    const { input } = generateStudy({ participants: 120, segments: 2, seed: 5 });
    const leaky: SynthesisInput = {
      ...input,
      participants: input.participants.map((p, i) => {
        if (i % 2) return p;
        const note = answerSource(
          p.id,
          'q-note',
          i % 4 ? 'mail me at a@b.com' : 'I want faster exports, call me on +1 555 123 4567',
        );
        const phrase = i % 4 ? 'mail me' : 'faster exports';
        return {
          ...p,
          texts: [...p.texts, note],
          codes: [...p.codes, highlight(note, phrase, `c-${phrase}`, 'GOAL')],
        };
      }),
    };
    const result = synthesize(leaky);
    const spans = allEvidence(result.segments);
    expect(spans.length).toBeGreaterThan(10);
    for (const e of spans) {
      expect(e.ref.questionId).not.toBe('q-note');
      expect(e.quote).not.toMatch(/@|555|mail me/);
    }
    expect(JSON.stringify(result)).not.toMatch(/a@b\.com|555 123/);
  });
});

describe('synthesize: edge cases', () => {
  it('handles an empty study', () => {
    expect(synthesize({ participants: [] })).toEqual({
      segments: [],
      quality: { silhouette: 0, stability: 0, evidenceCoverage: 0, faithfulness: 1 },
      k: 0,
    });
  });

  it('makes one segment from fewer than four participants', () => {
    const ps = ['a', 'b', 'c'].map((id) =>
      participant(id, { answers: [choice(id, 'q', 'BEHAVIOR', ['Daily'])] }),
    );
    const result = synthesize({ participants: ps });
    expect(result.k).toBe(1);
    expect(result.segments[0].memberIds).toEqual(['a', 'b', 'c']);
    expect(result.segments[0].traits[0].text).toBe('Almost all answer “Daily” to “q” (100 %)');
  });

  it('copes with participants that have no features at all', () => {
    const ps = Array.from({ length: 6 }, (_, i) =>
      participant(`n${i}`, { answers: [choice(`n${i}`, 'q', 'NONE', ['x'])] }),
    );
    const result = synthesize({ participants: ps });
    expect(result.k).toBe(1);
    expect(result.segments[0].traits).toEqual([]);
    expect(result.quality.faithfulness).toBe(1);
  });

  it('merges segments under 5 % even when personaCount asks for more', () => {
    const { input } = generateStudy({ participants: 200, segments: 2, seed: 8 });
    const result = synthesize({ ...input, personaCount: 8 });
    for (const s of result.segments) expect(s.share).toBeGreaterThanOrEqual(0.05);
    expect(result.k).toBeLessThanOrEqual(8);
  });
});
