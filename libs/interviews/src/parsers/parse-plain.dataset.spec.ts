import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript } from './index';

// Real interview transcripts from the PDPilot user study, beside the checkout
// (../shared/datasets, never copied into the repo): the suite fails, not skips,
// when the folder is missing.
const dir = join(__dirname, '../../../../../shared/datasets/interviews/pdpilot_user_study');
const files = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'].map((p) => `${p}.txt`);
const SPEAKERS = new Set(['Dan', 'Participant', 'Particpant']); // the typo is in P5

describe('parsePlain on the PDPilot user-study transcripts', () => {
  it.each(files)('%s parses into whole turns by Dan and the participant', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const segments = parseTranscript('PLAIN', source);

    // P1 is the shortest interview at exactly 94 turns (47 each), so the
    // lower bound is 90 rather than 95.
    expect(segments.length).toBeGreaterThanOrEqual(90);
    expect(segments.length).toBeLessThanOrEqual(170);
    // One segment per labelled paragraph: counted independently of the parser.
    expect(segments.length).toBe(source.match(/^(?:Dan|Participant|Particpant): /gm)?.length);

    for (const segment of segments) {
      expect(SPEAKERS).toContain(segment.speaker);
      expect(segment.text.length).toBeGreaterThan(0);
      // Coding highlights store offsets into `text`, so it must be the words as written.
      expect(source.includes(segment.text), segment.text).toBe(true);
      expect(segment.startMs).toBeNull();
      expect(segment.endMs).toBeNull();
    }
    expect(segments.some((s) => s.text === '# Interview')).toBe(false);
  });

  it('keeps the one "Particpant" typo in P5 as its own speaker label', () => {
    const segments = parseTranscript('PLAIN', readFileSync(join(dir, 'P5.txt'), 'utf8'));
    expect(segments.filter((s) => s.speaker === 'Particpant')).toHaveLength(1);
  });
});
