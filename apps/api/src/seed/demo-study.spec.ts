import { describe, expect, it } from 'vitest';
import { parseTranscript } from '@persona-lab/interviews';
import { validateAnswer, type Question } from '@persona-lab/survey-logic';
import { understandQuestions } from '@persona-lab/surveys';
import { DEMO_CODES, DEMO_QUESTIONS, demoResponses, demoTranscripts, sentenceSpan } from './demo-study';

const OPEN = ['routine', 'goal', 'pain', 'why'] as const;

describe('demo study questions', () => {
  it('leave the persona field to question understanding, which reads each one as intended', async () => {
    expect(DEMO_QUESTIONS.every((q) => !('personaField' in q))).toBe(true);
    const understood = await understandQuestions(
      DEMO_QUESTIONS.map((q) => ({ title: q.title, type: q.type, options: 'options' in q ? q.options.map((o) => o.label) : undefined })),
    );
    const byId = Object.fromEntries(DEMO_QUESTIONS.map((q, i) => [q.id, understood[i]]));
    expect(Object.fromEntries(Object.entries(byId).map(([id, u]) => [id, u.personaField]))).toEqual({
      role: 'DEMOGRAPHIC',
      size: 'DEMOGRAPHIC',
      region: 'DEMOGRAPHIC',
      freq: 'BEHAVIOR',
      features: 'BEHAVIOR',
      routine: 'BEHAVIOR',
      goal: 'GOAL',
      pain: 'PAIN_POINT',
      blocker: 'PAIN_POINT',
      why: 'MOTIVATION',
      sat: 'PSYCHOGRAPHIC',
      nps: 'PSYCHOGRAPHIC',
      gender: 'DEMOGRAPHIC',
      email: 'NONE',
    });
    // Only gender is a special category; nothing is opted in for description.
    expect(Object.entries(byId).filter(([, u]) => u.sensitive).map(([id]) => id)).toEqual(['gender']);
    expect(DEMO_QUESTIONS.some((q) => 'sensitiveOptIn' in q)).toBe(false);
  });
});

describe('demo responses', () => {
  const responses = demoResponses();

  it('are the same on every run, 40 from each of four segments', () => {
    expect(demoResponses()).toEqual(responses);
    expect([0, 1, 2, 3].map((g) => responses.filter((r) => r.group === g).length)).toEqual([40, 40, 40, 40]);
  });

  it('answer every question validly', () => {
    for (const r of responses)
      for (const [id, value] of Object.entries(r.answers)) {
        const q = DEMO_QUESTIONS.find((x) => x.id === id) as unknown as Question;
        expect(q, id).toBeDefined();
        expect(validateAnswer(q, value), `${id}: ${JSON.stringify(value)}`).toBeNull();
      }
  });

  it('write varied open answers, each segment in its own words', () => {
    for (const id of OPEN) {
      const bySegment = [0, 1, 2, 3].map((g) => new Set(responses.filter((r) => r.group === g && typeof r.answers[id] === 'string').map((r) => r.answers[id] as string)));
      for (const texts of bySegment) expect(texts.size, id).toBeGreaterThanOrEqual(8);
      const all = bySegment.flatMap((s) => [...s]);
      expect(new Set(all).size, `${id}: no answer is shared by two segments`).toBe(all.length);
    }
  });

  it('link no respondent by default; linked ones are P1, P2, … answering true to type', () => {
    expect(responses.some((r) => r.participant)).toBe(false);
    const linked = demoResponses(160, 7, 4).slice(0, 4);
    expect(linked.map((r) => [r.participant, r.group])).toEqual([
      ['P1', 0],
      ['P2', 1],
      ['P3', 2],
      ['P4', 3],
    ]);
    for (const r of linked) for (const id of OPEN) expect(typeof r.answers[id]).toBe('string');
  });
});

describe('demo transcripts', () => {
  it('are four interviews of 10–15 interviewee turns, one per segment, of participants P1–P4', () => {
    const transcripts = demoTranscripts();
    expect(transcripts.map((t) => [t.label, t.group])).toEqual([
      ['P1', 0],
      ['P2', 1],
      ['P3', 2],
      ['P4', 3],
    ]);
    for (const t of transcripts) {
      const segments = parseTranscript('PLAIN', t.content);
      const speakers = new Set(segments.map((s) => s.speaker));
      expect(speakers.size, t.title).toBe(2);
      expect(speakers.has('Interviewer')).toBe(true);
      const turns = segments.filter((s) => s.speaker !== 'Interviewer');
      expect(turns.length, t.title).toBeGreaterThanOrEqual(10);
      expect(turns.length, t.title).toBeLessThanOrEqual(15);
      expect(segments.every((s, i) => i === 0 || (s.startMs ?? 0) > (segments[i - 1].startMs ?? 0))).toBe(true);
    }
  });

  it('hold sentences the starter codebook highlights, so each segment has an interviewee quote to offer', () => {
    const coded = demoTranscripts().map((t) =>
      parseTranscript('PLAIN', t.content)
        .filter((s) => s.speaker !== 'Interviewer')
        .flatMap((s) => DEMO_CODES.filter((c) => sentenceSpan(s.text, c.match)).map((c) => c.name)),
    );
    for (const names of coded) expect(new Set(names).size).toBeGreaterThanOrEqual(2);
  });
});
