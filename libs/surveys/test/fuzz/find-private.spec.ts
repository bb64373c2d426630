import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { everyRun, GrowthLog, hostileShapes, linearEnough } from '@persona-lab/db/testing';
import { findPrivate } from '@persona-lab/privacy';

// (Here, not in libs/privacy: the fuzz helpers live in db's testing entry, below surveys.)
// Emails and phone numbers are looked for in every answer and transcript turn that feeds
// features, previews and prompts. The search must stay linear on hostile text: long runs of
// letters without an `@` (the old email regex backtracked quadratically: 2 s on 32 KB), dotted
// labels, digits and separators.

const UNITS = [
  'a',
  'a.',
  '.a',
  'aa.',
  '@',
  'a@',
  '@a.',
  'a-',
  '1',
  '1 ',
  '1-',
  '+1',
  '(1)',
  ' ',
  '.',
  '_',
  '%',
];
const FRAMES = ['', 'x@', 'x@a', 'mail me at ', '+', '(555) '];
const log = new GrowthLog();
afterAll(() => console.log(`findPrivate, n → 4n:\n${log.summary()}`));

// The regex the scan replaced: the scan must find exactly its matches.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const regexEmails = (text: string) =>
  [...text.matchAll(EMAIL)].map((m) => [m.index, m.index + m[0].length]);

describe('findPrivate on hostile text', () => {
  it('finds the same emails as the regex it replaced', () => {
    const piece = fc.constantFrom(
      'a',
      'B',
      '7',
      '.',
      '-',
      '_',
      '%',
      '+',
      '@',
      ' ',
      'co',
      'org',
      '..',
      '@x.',
      '.io',
      ',',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          const found = findPrivate(text)
            .filter((s) => s.kind === 'email')
            .map((s) => [s.start, s.end]);
          // Phones may swallow an email span when they overlap; compare only when no phone was found.
          if (findPrivate(text).some((s) => s.kind === 'phone')) return;
          expect(found).toEqual(regexEmails(text));
        },
      ),
      { numRuns: 3000 },
    );
    expect(findPrivate('Write to ann.lee+x@mail.example.co.uk2 today').map((s) => s.kind)).toEqual([
      'email',
    ]);
  });

  it('every frame followed by a run of every token takes linear time', async () => {
    for (const shape of everyRun(UNITS, FRAMES)) {
      const g = await linearEnough(shape.make, (t) => findPrivate(t), 16 * 1024, {
        rounds: 3,
        minMs: 2,
      });
      log.note('findPrivate', shape.label, 16 * 1024, g);
      expect(g.ok, `${shape.label}: ${g.ratio.toFixed(1)}×`).toBe(true);
    }
  }, 120_000);

  it('mixed tokens up to 1 MB take linear time', async () => {
    await fc.assert(
      fc.asyncProperty(hostileShapes(UNITS, FRAMES, ['', '.com', '@a.com']), async (shape) => {
        const g = await linearEnough(shape.make, (t) => findPrivate(t), 256 * 1024, { rounds: 3 });
        log.note('findPrivate', shape.label, 256 * 1024, g);
        expect(g.ok, `${shape.label}: ${g.ratio.toFixed(1)}×`).toBe(true);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 8) },
    );
  }, 120_000);
});
