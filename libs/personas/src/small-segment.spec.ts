import {
  SMALL_SEGMENT_MIN_PEOPLE,
  SMALL_SEGMENT_MIN_SHARE,
  isSmallSegment,
} from '@persona-lab/privacy';
import { describe, expect, it } from 'vitest';
import type { PersonaContent } from './persona-content';
import { toSharedPersona } from './persona-share.service';
import { toWords } from './persona-view';
import { smallSegmentOf } from './small-segment';

// Issue 16, bug 5: a persona from one participant got no warning when its content carried no
// flag (written before the flag existed, or by another path). Every read now applies the rule.

const content = (
  participantCount: number,
  segmentShare: number,
  smallSegment?: boolean,
): PersonaContent => ({
  name: 'Solo Sam',
  tagline: null,
  summary: 'One person.',
  avatarSvg: '<svg/>',
  segmentShare,
  participantCount,
  traits: [],
  quotes: [],
  ...(smallSegment === undefined ? {} : { smallSegment }),
});

describe('the small-segment rule', () => {
  it('is fewer than 10 people or under 5 % of the study', () => {
    expect([SMALL_SEGMENT_MIN_PEOPLE, SMALL_SEGMENT_MIN_SHARE]).toEqual([10, 0.05]);
    expect(isSmallSegment(1, 1)).toBe(true);
    expect(isSmallSegment(9, 0.5)).toBe(true);
    expect(isSmallSegment(10, 0.05)).toBe(false);
    expect(isSmallSegment(40, 0.049)).toBe(true);
    expect(isSmallSegment(120, 0.3)).toBe(false);
  });

  it('flags a one-participant persona whose content has no flag, on the page and on a share link', () => {
    const solo = content(1, 1 / 3);
    expect(smallSegmentOf(solo)).toBe(true);
    expect(toWords(solo, new Map()).smallSegment).toBe(true);
    expect(toSharedPersona(solo).smallSegment).toBe(true);
  });

  it('keeps a flag synthesis wrote, and leaves a large segment unflagged', () => {
    expect(toWords(content(30, 0.3, true), new Map()).smallSegment).toBe(true);
    expect(toWords(content(30, 0.3), new Map()).smallSegment).toBe(false);
    expect(toWords(content(30, 0.3, false), new Map()).smallSegment).toBe(false);
  });
});
