import { beforeAll, describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './ari';
import { SynthesisInputError } from './errors';
import { generateNeedsStudy, type NeedsStudy } from '../../test/engine/generate-needs-study';
import { createRng } from './rng';
import { synthesize } from './synthesize';
import { choice, num, participant } from '../../test/engine/test-helpers';
import type { ParticipantInput, SynthesisResult } from './types';

/** ARI between the latent segments and the found ones, over the survey respondents. */
function ari(study: NeedsStudy, result: SynthesisResult): number {
  const found: number[] = [];
  const truth: number[] = [];
  result.segments.forEach((s, i) => {
    for (const id of s.memberIds) {
      if (!id.startsWith('resp-')) continue;
      found.push(i);
      truth.push(study.latent.get(id)!);
    }
  });
  return adjustedRandIndex(found, truth);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const rng = createRng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const memberSets = (r: SynthesisResult): string[] =>
  r.segments.map((s) => [...s.memberIds].sort().join(',')).sort();

const SENSITIVE = new Set(['q_gender', 'q_ethnicity']);

describe('synthesize: needs-based segments on a generated study (5 latent segments, 15 % noise)', () => {
  const study = generateNeedsStudy({ respondents: 900, seed: 11, interviewees: 8 });
  let result: SynthesisResult;
  beforeAll(() => {
    result = synthesize(study.input);
  });

  it('recovers the latent segments (k by ICL-BIC, ARI ≥ 0.8)', () => {
    expect(result.k).toBe(5);
    expect(ari(study, result)).toBeGreaterThanOrEqual(0.8);
    expect(result.diagnostics.method).toBe('latent-class');
    expect(result.quality.stability).toBeGreaterThan(0.8);
    expect(result.quality.faithfulness).toBe(1);
  });

  it('gives the same personas with the same members whatever the row order', () => {
    const again = synthesize({ participants: shuffled(study.input.participants, 5) });
    expect(ari(study, again)).toBeGreaterThanOrEqual(0.8);
    expect(memberSets(again)).toEqual(memberSets(result));
    expect(again.segments.map((s) => s.traits.map((t) => t.text))).toEqual(
      result.segments.map((s) => s.traits.map((t) => t.text)),
    );
  });

  it('never lets demographics drive segments: shuffled demographics give the same segments', () => {
    const people = study.input.participants;
    const demographic = shuffled(
      people.map((p) => p.answers.filter((a) => a.personaField === 'DEMOGRAPHIC')),
      9,
    );
    const swapped: ParticipantInput[] = people.map((p, i) => ({
      ...p,
      answers: [
        ...p.answers.filter((a) => a.personaField !== 'DEMOGRAPHIC'),
        // Same answers, another person's: re-pointed at this response so sources stay coherent.
        ...demographic[i].map((a) => ({
          ...a,
          source: { ...a.source, ref: { ...a.source.ref, responseId: `r-${p.id}` } },
        })),
      ],
    }));
    expect(memberSets(synthesize({ participants: swapped }))).toEqual(memberSets(result));
  });

  it('never builds a trait, evidence or quote on a sensitive answer; the opted-in one is a labelled distribution', () => {
    for (const s of result.segments) {
      for (const t of s.traits) {
        expect(t.key).not.toMatch(/q_gender|q_ethnicity/);
        for (const e of t.evidence) expect(SENSITIVE.has(e.ref.questionId ?? '')).toBe(false);
      }
      for (const q of s.quotes) expect(SENSITIVE.has(q.ref.questionId ?? '')).toBe(false);
      expect(s.profile.map((p) => p.questionId)).toEqual(['q_gender']);
      expect(s.profile[0].sensitive).toBe(true);
      const total = s.profile[0].values.reduce((a, v) => a + v.share, 0);
      expect(total).toBeCloseTo(1, 6);
    }
    expect(
      result.diagnostics.indicators.some((i) =>
        /q_gender|q_ethnicity|q_role|q_country|q_age|q_years/.test(i.key),
      ),
    ).toBe(false);
  });

  it('gives every persona a behaviour, a pain point and a goal or motivation backed by open text', () => {
    for (const s of result.segments) {
      const open = s.traits.filter((t) => t.openTextEvidence);
      expect(open.some((t) => t.kind === 'BEHAVIOR')).toBe(true);
      expect(open.some((t) => t.kind === 'PAIN_POINT')).toBe(true);
      expect(open.some((t) => t.kind === 'GOAL' || t.kind === 'MOTIVATION')).toBe(true);
    }
  });

  it('backs each trait with 1–3 verbatim spans from different members, with share and lift', () => {
    for (const s of result.segments) {
      const members = new Set(s.memberIds);
      for (const t of s.traits) {
        expect(t.evidence.length).toBeGreaterThanOrEqual(1);
        expect(t.evidence.length).toBeLessThanOrEqual(3);
        expect(new Set(t.evidence.map((e) => e.participantId)).size).toBe(t.evidence.length);
        for (const e of t.evidence) expect(members.has(e.participantId)).toBe(true);
        expect(t.lift).toBeCloseTo(t.share / t.studyShare, 9);
        expect(t.text).not.toMatch(/“[^”]*\?”/); // never a quoted question
      }
      expect(s.quotes.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('describes ratings against the study, never by the scale’s own range', () => {
    const ratings = result.segments.flatMap((s) => s.traits.filter((t) => t.source === 'scale'));
    expect(ratings.length).toBeGreaterThan(0);
    for (const t of ratings) {
      expect(t.mean).toBeDefined();
      expect(t.text).toMatch(/of (5|10) on average \(\d\.\d in the study\)/);
      expect(t.label).not.toBe(`${t.mean!.min}–${t.mean!.max}`);
    }
  });

  it("gives each member their own fit: a respondent's posterior, an interviewee's placement fit", () => {
    for (const s of result.segments) {
      expect(s.memberFits).toHaveLength(s.memberIds.length);
      for (const f of s.memberFits) {
        expect(f).toBeGreaterThanOrEqual(0);
        expect(f).toBeLessThanOrEqual(1);
      }
      for (const iv of s.interviewees)
        expect(s.memberFits[s.memberIds.indexOf(iv.participantId)]).toBeCloseTo(iv.fit, 3);
    }
    // Per member, not one figure per segment: fits differ within a segment on noisy data.
    const respondentFits = result.segments.flatMap((s) =>
      s.memberFits.filter((_, i) => s.memberIds[i].startsWith('resp-')),
    );
    expect(new Set(respondentFits).size).toBeGreaterThan(result.segments.length);
  });

  it('places interviewees in the segment their words fit, without changing the survey segments', () => {
    const placed = result.segments.flatMap((s, i) =>
      s.interviewees.map((f) => ({ ...f, segment: i })),
    );
    expect(placed).toHaveLength(8);
    // The segment each latent class mostly landed in.
    const home = new Map<number, number>();
    result.segments.forEach((s, i) => {
      const counts = new Map<number, number>();
      for (const id of s.memberIds)
        if (id.startsWith('resp-'))
          counts.set(study.latent.get(id)!, (counts.get(study.latent.get(id)!) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1])[0];
      home.set(top[0], i);
    });
    const right = placed.filter(
      (f) => home.get(study.latent.get(f.participantId)!) === f.segment,
    ).length;
    expect(right / placed.length).toBeGreaterThanOrEqual(0.75);
    for (const f of placed) expect(f.fit).toBeGreaterThan(f.runnerUp);
    const surveyOnly = synthesize({
      participants: study.input.participants.filter((p) => p.id.startsWith('resp-')),
    });
    expect(memberSets(surveyOnly)).toEqual(
      result.segments
        .map((s) =>
          s.memberIds
            .filter((id) => id.startsWith('resp-'))
            .sort()
            .join(','),
        )
        .sort(),
    );
  });

  it('quotes interviewees as evidence in the segments that hold them', () => {
    const quoted = result.segments.some((s) =>
      s.traits.some((t) => t.evidence.some((e) => e.ref.type === 'TRANSCRIPT_SEGMENT')),
    );
    expect(quoted).toBe(true);
  });

  it('names the same answers the same under other ids (a second import of the same export)', () => {
    const renamed = study.input.participants.map((p) => ({ ...p, id: `again-${p.id}` }));
    const again = synthesize({ participants: renamed });
    expect(again.segments.map((s) => s.avatarSeed)).toEqual(
      result.segments.map((s) => s.avatarSeed),
    );
  });

  it('is deterministic', () => {
    expect(synthesize(study.input)).toEqual(result);
  });

  it('reports progress in order from 0 to 1', () => {
    const seen: number[] = [];
    synthesize({ participants: study.input.participants.slice(0, 200) }, (_, p) => seen.push(p));
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

describe('synthesize: choices', () => {
  it('honours personaCount', () => {
    const study = generateNeedsStudy({ respondents: 300, seed: 2 });
    const r = synthesize({ ...study.input, personaCount: 3 });
    expect(r.k).toBe(3);
    expect(r.diagnostics.scores).toEqual([]);
  });

  it('merges segments under max(3, 3 %) and flags small ones', () => {
    const study = generateNeedsStudy({ respondents: 60, seed: 4, segments: 3 });
    const r = synthesize({ ...study.input, personaCount: 8 });
    for (const s of r.segments) expect(s.memberIds.length).toBeGreaterThanOrEqual(3);
    for (const s of r.segments) expect(s.small).toBe(s.memberIds.length < 10);
  });

  it('segments a study without open text on its choices and says so', () => {
    const study = generateNeedsStudy({ respondents: 600, seed: 8, openText: false });
    const r = synthesize(study.input);
    expect(ari(study, r)).toBeGreaterThanOrEqual(0.7);
    expect(r.warnings.join(' ')).toMatch(/no open text/);
    for (const s of r.segments) for (const t of s.traits) expect(t.openTextEvidence).toBe(false);
  });

  it('tells people who answered nothing apart from people who gave only profile answers', () => {
    const study = generateNeedsStudy({ respondents: 200, seed: 6 });
    const blank = Array.from({ length: 5 }, (_, i) => participant(`blank-${i}`));
    const profileOnly = Array.from({ length: 2 }, (_, i) =>
      participant(`profile-${i}`, {
        answers: [choice(`profile-${i}`, 'q_role', 'DEMOGRAPHIC', ['Analyst'])],
      }),
    );
    const r = synthesize({ participants: [...study.input.participants, ...blank, ...profileOnly] });
    expect(r.warnings).toContain(
      '5 participants answered nothing (opened the survey and left, or every answer blank) and are in no segment.',
    );
    expect(r.warnings).toContain(
      '2 participants gave only profile or sensitive answers and are in no segment.',
    );
  });

  it('never quotes an answer holding an email or phone number', () => {
    const study = generateNeedsStudy({ respondents: 200, seed: 6 });
    const participants = study.input.participants.map((p, i) => {
      if (i % 3 !== 0) return p;
      const texts = p.texts.map((t) =>
        t.personaField === 'PAIN_POINT'
          ? { ...t, text: `${t.text} Mail me at someone${i}@example.com.` }
          : t,
      );
      const answers = p.answers.map((a) => {
        const t = texts.find((x) => x.ref.questionId === a.questionId);
        return t ? { ...a, source: t } : a;
      });
      return {
        ...p,
        texts,
        answers,
        codes: p.codes.map((c) => ({
          ...c,
          source: texts.find((t) => t.ref.questionId === c.source.ref.questionId) ?? c.source,
        })),
      };
    });
    const r = synthesize({ participants });
    const quotes = r.segments.flatMap((s) => [...s.quotes, ...s.traits.flatMap((t) => t.evidence)]);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.quote).not.toMatch(/@example\.com/);
  });
});

describe('synthesize: bad input ends with a clear sentence, never demographic personas', () => {
  const demo = (id: string, i: number) =>
    participant(id, {
      answers: [
        choice(
          id,
          'role',
          'DEMOGRAPHIC',
          [['Analyst', 'Engineer', 'Designer'][i % 3]],
          'What is your role?',
        ),
        num(id, 'born', 'DEMOGRAPHIC', 1960 + i, 'What year were you born?'),
      ],
    });

  it('refuses a study with only demographic questions', () => {
    const people = Array.from({ length: 40 }, (_, i) => demo(`p${i}`, i));
    expect(() => synthesize({ participants: people })).toThrow(SynthesisInputError);
    expect(() => synthesize({ participants: people })).toThrow(/only has profile questions/);
  });

  it('refuses a study whose only answers are sensitive', () => {
    const people = Array.from({ length: 40 }, (_, i) => {
      const a = choice(`p${i}`, 'gender', 'DEMOGRAPHIC', [['Woman', 'Man'][i % 2]], 'Gender?');
      const b = choice(
        `p${i}`,
        'faith',
        'PSYCHOGRAPHIC',
        [['Yes', 'No'][i % 3 === 0 ? 0 : 1]],
        'Religious?',
      );
      return participant(`p${i}`, {
        answers: [
          { ...a, sensitive: true, describeOnly: true },
          { ...b, sensitive: true },
        ],
      });
    });
    try {
      synthesize({ participants: people });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SynthesisInputError);
      expect((e as SynthesisInputError).problem).toBe('ONLY_SENSITIVE');
      expect((e as Error).message).toMatch(/sensitive/);
    }
  });

  it('refuses three participants', () => {
    const study = generateNeedsStudy({ respondents: 3, seed: 1 });
    try {
      synthesize(study.input);
      expect.unreachable();
    } catch (e) {
      expect((e as SynthesisInputError).problem).toBe('TOO_FEW_PARTICIPANTS');
      expect((e as Error).message).toMatch(/at least 6 participants.*this study has 3/);
    }
  });

  it('refuses an empty study', () => {
    expect(() => synthesize({ participants: [] })).toThrow(SynthesisInputError);
  });

  it('says so when needs answers do not vary', () => {
    const people = Array.from({ length: 30 }, (_, i) =>
      participant(`p${i}`, {
        answers: [choice(`p${i}`, 'use', 'BEHAVIOR', ['Daily'], 'How often do you use it?')],
      }),
    );
    expect(() => synthesize({ participants: people })).toThrow(/same answers/);
  });

  it('segments interviews on their own words when a study has no survey', () => {
    const study = generateNeedsStudy({ respondents: 0, interviewees: 60, turns: 20, seed: 5 });
    const r = synthesize(study.input);
    expect(r.k).toBeGreaterThanOrEqual(2);
    expect(r.warnings.join(' ')).toMatch(/interviewees were segmented/);
    const found = r.segments.flatMap((s, i) => s.memberIds.map(() => i));
    const truth = r.segments.flatMap((s) => s.memberIds.map((id) => study.latent.get(id)!));
    expect(adjustedRandIndex(found, truth)).toBeGreaterThan(0.6);
  });
});
