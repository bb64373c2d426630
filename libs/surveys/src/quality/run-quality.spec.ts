import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Question } from '@persona-lab/survey-logic';
import { build } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeQualityFlags } from './detectors';
import { computeQualityFlagsOffThread, RESPONSES_PER_MESSAGE, type StoredQualityResponse } from './run-quality';

// The detectors on a real worker thread (quality.worker.ts bundled as the build runs it), compared
// with the same detectors inline.

const root = resolve(__dirname, '../../../..');
let workerFile: string;

beforeAll(async () => {
  workerFile = join(mkdtempSync(join(tmpdir(), 'quality-worker-')), 'quality.worker.cjs');
  await build({
    input: join(root, 'libs/surveys/src/quality/quality.worker.ts'),
    platform: 'node',
    tsconfig: join(root, 'tsconfig.base.json'),
    output: { file: workerFile, format: 'cjs' },
    logLevel: 'silent',
  });
}, 60_000);

const questions = [
  { id: 'why', type: 'LONG_TEXT', title: 'Why do you use it?', required: false, personaField: 'NONE' },
  {
    id: 'check',
    type: 'SHORT_TEXT',
    title: 'Type eight',
    required: false,
    personaField: 'NONE',
    attentionCheck: { expected: ['8'] },
  },
  ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, type: 'LIKERT', title: `Item ${id}`, required: false, personaField: 'NONE', min: 1, max: 5 })),
] as Question[];

/** More responses than one message holds, with every kind of flag among them. */
function storedResponses(n: number): StoredQualityResponse[] {
  return Array.from({ length: n }, (_, i) => {
    const rating = (k: number) => (i % 7 === 0 ? 3 : ((i + k) % 5) + 1);
    const why =
      i % 11 === 0
        ? 'asdfgh'
        : i % 13 === 0
          ? 'I copy the same long sentence into every survey I get'
          : `Response ${i} uses it for reason number ${i * 7} at work`;
    const answers = { why, check: i % 17 === 0 ? 'nine' : 'Eight.', a: rating(0), b: rating(1), c: rating(2), d: rating(3), e: rating(4) };
    return { id: `r${i}`, complete: true, answersJson: JSON.stringify(answers), durationSeconds: i % 19 === 0 ? 5 : 300 + (i % 50) };
  });
}

describe('computeQualityFlagsOffThread', () => {
  it('gives on its thread exactly the flags the detectors give inline, over several messages', async () => {
    const stored = storedResponses(RESPONSES_PER_MESSAGE * 2 + 37);
    const inline = computeQualityFlags(
      questions,
      stored.map(({ answersJson, ...r }) => ({ ...r, answers: JSON.parse(answersJson) as Record<string, unknown> })),
    );
    const threaded = await computeQualityFlagsOffThread(questions, stored, { workerFile });

    expect(inline.size).toBeGreaterThan(100);
    const reasons = new Set([...inline.values()].flat().map((f) => f.reason));
    expect(reasons).toEqual(new Set(['SPEEDING', 'STRAIGHT_LINING', 'LOW_EFFORT_TEXT', 'DUPLICATE_TEXT', 'FAILED_ATTENTION_CHECK']));
    expect([...threaded.entries()].sort()).toEqual([...inline.entries()].sort());
  });

  it('runs overlapping recomputations apart, each with its own responses', async () => {
    const [one, two] = await Promise.all([
      computeQualityFlagsOffThread(questions, storedResponses(30), { workerFile }),
      computeQualityFlagsOffThread(questions, storedResponses(1500).slice(1000), { workerFile }),
    ]);
    expect([...one.keys()].every((id) => Number(id.slice(1)) < 30)).toBe(true);
    expect([...two.keys()].every((id) => Number(id.slice(1)) >= 1000)).toBe(true);
  });

  it('rejects a run the thread cannot read with a sentence, and the next run still works', async () => {
    const broken = [{ id: 'x', complete: true, answersJson: '{not json', durationSeconds: null }];
    await expect(computeQualityFlagsOffThread(questions, broken, { workerFile })).rejects.toThrow(/^Response quality failed: /);
    const after = await computeQualityFlagsOffThread(questions, storedResponses(50), { workerFile });
    expect(after.size).toBeGreaterThan(0);
  });
});
