import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { generateNeedsStudy, NEEDS_QUESTIONS } from './generate-needs-study';

describe('generateNeedsStudy', () => {
  const study = generateNeedsStudy({ respondents: 600, seed: 3, interviewees: 4 });

  it('is deterministic per seed', () => {
    expect(generateNeedsStudy({ respondents: 50, seed: 9 })).toEqual(
      generateNeedsStudy({ respondents: 50, seed: 9 }),
    );
    expect(generateNeedsStudy({ respondents: 50, seed: 9 }).csv).not.toBe(
      generateNeedsStudy({ respondents: 50, seed: 10 }).csv,
    );
  });

  it('draws at least five latent segments, none tiny, and labels every participant', () => {
    const sizes = new Map<number, number>();
    for (const s of study.latent.values()) sizes.set(s, (sizes.get(s) ?? 0) + 1);
    expect(sizes.size).toBe(5);
    for (const n of sizes.values()) expect(n).toBeGreaterThan(60);
    expect(study.latent.size).toBe(604);
  });

  it('draws demographics and sensitive columns independently of the segment', () => {
    // Share of each role within each latent segment stays near the overall 1/6.
    for (const qid of ['q_role', 'q_gender']) {
      const bySeg = new Map<number, Map<string, number>>();
      for (const p of study.input.participants) {
        const a = p.answers.find((x) => x.questionId === qid);
        if (!a) continue;
        const s = study.latent.get(p.id)!;
        const m = bySeg.get(s) ?? new Map<string, number>();
        bySeg.set(s, m);
        m.set(a.choiceLabels![0], (m.get(a.choiceLabels![0]) ?? 0) + 1);
      }
      for (const m of bySeg.values()) {
        const n = [...m.values()].reduce((a, b) => a + b, 0);
        for (const c of m.values()) expect(c / n).toBeLessThan(0.45);
      }
    }
  });

  it('makes behaviours, goals and pains depend on the segment, with about 15 % noise', () => {
    const modal = new Map<number, Map<string, number>>();
    for (const p of study.input.participants) {
      const a = p.answers.find((x) => x.questionId === 'q_obstacle');
      if (!a) continue;
      const s = study.latent.get(p.id)!;
      const m = modal.get(s) ?? new Map<string, number>();
      modal.set(s, m);
      m.set(a.choiceLabels![0], (m.get(a.choiceLabels![0]) ?? 0) + 1);
    }
    for (const m of modal.values()) {
      const n = [...m.values()].reduce((a, b) => a + b, 0);
      const top = Math.max(...m.values()) / n;
      expect(top).toBeGreaterThan(0.75);
      expect(top).toBeLessThan(0.95);
    }
  });

  it('writes open answers as texts with their persona field, and themes as codes at exact offsets', () => {
    const p = study.input.participants[0];
    const open = p.texts.filter((t) => t.kind === 'answer');
    expect(open.map((t) => t.personaField).sort()).toEqual([
      'BEHAVIOR',
      'GOAL',
      'MOTIVATION',
      'PAIN_POINT',
    ]);
    for (const q of study.input.participants.slice(0, 50))
      for (const c of q.codes)
        expect(c.source.text.slice(c.start, c.end).length).toBe(c.end - c.start);
    const codes = study.input.participants.flatMap((x) => x.codes);
    expect(codes.some((c) => c.accepted === false)).toBe(true);
    expect(codes.some((c) => c.accepted === true)).toBe(true);
  });

  it('marks gender and ethnicity sensitive (gender opted in for description)', () => {
    const p = study.input.participants[0];
    expect(p.answers.find((a) => a.questionId === 'q_gender')).toMatchObject({
      sensitive: true,
      describeOnly: true,
    });
    expect(p.answers.find((a) => a.questionId === 'q_ethnicity')).toMatchObject({
      sensitive: true,
    });
    expect(p.answers.find((a) => a.questionId === 'q_ethnicity')!.describeOnly).toBeUndefined();
  });

  it('exports the same respondents as a CSV with a header row of question texts', () => {
    const rows = parse(study.csv) as string[][];
    expect(rows[0]).toEqual(['Timestamp', ...NEEDS_QUESTIONS.map((q) => q.title)]);
    expect(rows).toHaveLength(601);
    const first = study.input.participants[0];
    const col = (qid: string) => rows[1][1 + NEEDS_QUESTIONS.findIndex((q) => q.id === qid)];
    expect(col('q_tools')).toBe(
      first.answers.find((a) => a.questionId === 'q_tools')?.source.text ?? '',
    );
    expect(col('q_pain_text')).toBe(
      first.answers.find((a) => a.questionId === 'q_pain_text')!.source.text,
    );
  });

  it('gives interviewees transcript turns only', () => {
    const iv = study.input.participants.filter((p) => p.id.startsWith('int-'));
    expect(iv).toHaveLength(4);
    for (const p of iv) {
      expect(p.answers).toEqual([]);
      expect(p.texts.every((t) => t.kind === 'turn' && t.ref.type === 'TRANSCRIPT_SEGMENT')).toBe(
        true,
      );
    }
  });
});
