import { describe, expect, it } from 'vitest';
import { splitSentences } from '@persona-lab/text';
import { DEFAULT_PARAMS } from './profile';
import { BATCH_SIZE } from '@persona-lab/embeddings';
import { suggestCodes, suggestWithParams } from './suggest';
import type { CodeProfile, Suggestion, TextUnit } from './types';

const code = (
  id: string,
  name: string,
  description: string | null = null,
  examples: string[] = [],
): CodeProfile => ({
  id,
  name,
  description,
  category: 'test',
  examples,
});

const CODEBOOK: CodeProfile[] = [
  code(
    'pricing',
    'Pricing concerns',
    'Cost, plans or licences feel too expensive or hard to justify.',
  ),
  code('slow', 'Slow performance', 'Pages or reports take long to load, lag or make people wait.'),
  code('export', 'Data export', 'Getting data out: export or download to CSV, Excel or PDF.'),
  code('mobile', 'Mobile use', 'Using the product on a phone or tablet.'),
  code('collab', 'Collaboration', 'Working with teammates: sharing, commenting, reviewing.'),
];

const slice = (units: TextUnit[], s: Suggestion) =>
  units.find((u) => u.id === s.unitId)!.text.slice(s.start, s.end);

describe('suggestCodes', () => {
  const units: TextUnit[] = [
    { id: 'a', text: 'We like it a lot. The pricing is far too expensive for our small team.' },
    {
      id: 'b',
      text: 'Honestly? Reports take forever to load, the whole page lags.\nAlso I need a CSV export of all highlights.',
    },
    { id: 'c', text: 'We walked along the river in Lisbon and had lunch by the water.' },
  ];

  it('suggests the sentence that carries the code, with exact offsets', async () => {
    const out = await suggestCodes(CODEBOOK, units);
    expect(out.map((s) => [s.unitId, s.codeId, slice(units, s)])).toEqual([
      ['a', 'pricing', 'The pricing is far too expensive for our small team.'],
      ['b', 'slow', 'Reports take forever to load, the whole page lags.'],
      ['b', 'export', 'Also I need a CSV export of all highlights.'],
    ]);
    for (const s of out) {
      const text = units.find((u) => u.id === s.unitId)!.text;
      expect(splitSentences(text)).toContainEqual({ start: s.start, end: s.end });
      expect(s.confidence).toBeGreaterThanOrEqual(0.5);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('suggests nothing for unrelated text', async () => {
    expect(await suggestCodes(CODEBOOK, [units[2]!])).toEqual([]);
    expect(
      await suggestCodes(CODEBOOK, [{ id: 'x', text: 'Mm-hm. Okay, next question?' }]),
    ).toEqual([]);
  });

  it('is deterministic and ordered by unit, then position', async () => {
    const first = await suggestCodes(CODEBOOK, units);
    const again = await suggestCodes(structuredClone(CODEBOOK), structuredClone(units));
    expect(again).toEqual(first);
    const order = first.map((s) => [units.findIndex((u) => u.id === s.unitId), s.start]);
    expect(order).toEqual([...order].sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
  });

  it('finds paraphrases once accepted examples are given', async () => {
    const unit: TextUnit = { id: 'u', text: 'The editor froze again and I lost an hour of notes.' };
    const bare = code('bugs', 'Reliability/bugs');
    expect(await suggestCodes([...CODEBOOK, bare], [unit])).toEqual([]);
    const learned = {
      ...bare,
      examples: ['It froze twice yesterday.', 'The app froze and I lost my highlights.'],
    };
    const out = await suggestCodes([...CODEBOOK, learned], [unit]);
    expect(out.map((s) => s.codeId)).toEqual(['bugs']);
    expect(slice([unit], out[0]!)).toBe(unit.text);
  });

  it('keeps UTF-16 offsets right around emoji', async () => {
    const unit: TextUnit = {
      id: 'e',
      text: '🚀🚀 Love the team! 😀 But pricing is way too expensive 💸 for us.',
    };
    const out = await suggestCodes(CODEBOOK, [unit]);
    expect(out).toHaveLength(1);
    expect(slice([unit], out[0]!)).toBe('😀 But pricing is way too expensive 💸 for us.');
    expect(out[0]!.start).toBe(unit.text.indexOf('😀'));
  });

  it('caps suggestions per unit, preferring distinct codes, and honours minConfidence', async () => {
    const busy: TextUnit = {
      id: 'busy',
      text: 'It is too expensive. Pages take long to load. I need a CSV export. It does not work on my phone.',
    };
    expect(await suggestCodes(CODEBOOK, [busy])).toHaveLength(3);
    const two = await suggestCodes(CODEBOOK, [busy], { maxPerUnit: 2 });
    expect(two).toHaveLength(2);
    expect(new Set(two.map((s) => s.codeId)).size).toBe(2);
    expect(await suggestCodes(CODEBOOK, [busy], { maxPerUnit: 0 })).toEqual([]);
    const all = await suggestCodes(CODEBOOK, [busy], { maxPerUnit: 10, minConfidence: 0 });
    const strict = await suggestCodes(CODEBOOK, [busy], { maxPerUnit: 10, minConfidence: 0.8 });
    expect(strict.length).toBeLessThan(all.length);
    for (const s of strict) expect(s.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('rewards the code name as a phrase', async () => {
    const both: TextUnit[] = [
      { id: 'phrase', text: 'Slow performance is my main issue.' },
      { id: 'apart', text: 'Performance is my main issue, it is slow.' },
    ];
    const out = await suggestCodes([code('perf', 'Slow performance')], both);
    const conf = (id: string) => out.find((s) => s.unitId === id)!.confidence;
    expect(conf('phrase')).toBeGreaterThan(conf('apart'));
  });

  it('matches stop-word names and abbreviated name words', async () => {
    const codes = [code('nothing', 'Nothing'), code('collab', 'Collab')];
    // A bare name matched by a prefix alone scores below the default threshold, which was
    // calibrated with the sentence-encoder similarity added (see README.md).
    const out = await suggestCodes(
      codes,
      [
        { id: '1', text: 'Nothing really.' },
        { id: '2', text: 'Collaborating with colleagues is hard.' },
        { id: '3', text: 'The notebook server is hard to set up.' },
      ],
      { minConfidence: 0.3 },
    );
    expect(out.map((s) => [s.unitId, s.codeId])).toEqual([
      ['1', 'nothing'],
      ['2', 'collab'],
    ]);
  });

  it('handles empty input', async () => {
    expect(await suggestCodes([], units)).toEqual([]);
    expect(await suggestCodes(CODEBOOK, [])).toEqual([]);
    expect(await suggestCodes(CODEBOOK, [{ id: 'blank', text: '  \n ' }])).toEqual([]);
  });

  it('codes 10,000 units lexically with valid spans (speed is measured in tests/load, not asserted here)', async () => {
    const phrases = [
      'the pricing is too expensive for us',
      'reports take forever to load',
      'I export everything to Excel every week',
      'on my phone the layout breaks',
      'we review each other’s work in the team',
      'our participants are mostly nurses',
      'I usually start with the transcript',
      'it is a nice tool overall',
    ];
    const many: TextUnit[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `u${i}`,
      text: `${phrases[i % 8]} in study ${i}. ${phrases[(i * 3 + 1) % 8]}, said participant P${i % 97}. ${phrases[(i * 5 + 2) % 8]}!`,
    }));
    // The lexical part only (at its own threshold): the sentence encoder takes ~10 ms per
    // distinct sentence, see the next test.
    const out = await suggestWithParams(
      CODEBOOK,
      many,
      {},
      {
        ...DEFAULT_PARAMS,
        semanticWeight: 0,
        threshold: 3.75, // the lexical coder's own calibrated threshold
      },
    );
    // Each phrase is in ~40 % of sentences here, so IDF discounts it; many units still get codes.
    expect(new Set(out.map((s) => s.unitId)).size).toBeGreaterThan(1_000);
    for (const s of out.slice(0, 500)) expect(s.end).toBeGreaterThan(s.start);
  }, 60_000);

  it('embeds sentences in small batches and lets the event loop run between them', async () => {
    const many: TextUnit[] = Array.from({ length: 6 * BATCH_SIZE }, (_, i) => ({
      id: `b${i}`,
      text: `Export number ${i} of the study took ${i + 3} minutes to download.`,
    }));
    await suggestCodes(CODEBOOK, [{ id: 'warm', text: 'Load the model first.' }]);
    let turns = 0;
    const timer = setInterval(() => turns++, 0);
    const out = await suggestCodes(CODEBOOK, many);
    clearInterval(timer);
    expect(turns).toBeGreaterThanOrEqual(5);
    expect(out.every((s) => s.confidence >= 0.5)).toBe(true);
  }, 60_000);

  it('reports embedding progress up to 1, and none for sentences it has already embedded', async () => {
    const units: TextUnit[] = Array.from({ length: 150 }, (_, i) => ({
      id: `p${i}`,
      text: `Report ${i} about team ${i % 7} took a while to open.`,
    }));
    const seen: number[] = [];
    await suggestCodes(CODEBOOK, units, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]!))).toBe(true);
    expect(seen.at(-1)).toBe(1);
    const again: number[] = [];
    await suggestCodes(CODEBOOK, units, { onProgress: (f) => again.push(f) });
    expect(again).toEqual([]);
  }, 60_000);
});
