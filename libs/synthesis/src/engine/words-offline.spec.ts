import { describe, expect, it } from 'vitest';
import type { Trait } from './types';
import { avatarSvg, describeSegment, describeSegments } from './words-offline';

const t = (kind: Trait['kind'], label: string, lift: number, question?: string): Trait => ({
  kind,
  label,
  lift,
  question,
  key: `${kind}:${label}`,
  text: `Most mention “${label}” (60 %)`,
  share: 0.6,
  studyShare: 0.6 / lift,
  support: 6,
  evidence: [],
});
const segA = {
  memberIds: ['p1', 'p2', 'p3'],
  share: 0.3,
  traits: [
    t('GOAL', 'automated dashboards', 2),
    t('PAIN_POINT', 'slow exports', 3),
    t('DEMOGRAPHIC', 'Analyst', 2, 'Role?'),
  ],
};
const segB = { memberIds: ['p4'], share: 0.1, traits: [t('BEHAVIOR', 'Daily', 1.5, 'How often?')] };

describe('offline words', () => {
  it('writes a tagline and a summary only from the traits', () => {
    const w = describeSegment(segA);
    expect(w.tagline).toBe('Wants “automated dashboards”, held back by “slow exports”');
    expect(w.summary).toContain(`${w.name} stands for 30 % of participants (3 people).`);
    expect(w.summary).toContain('Profile: Most mention “Analyst” (60 %).');
    expect(w.summary).toContain('Pain points: Most mention “slow exports” (60 %).');
    expect(describeSegment(segB).tagline).toBe('Stands out for “Daily” for “How often?”');
  });

  it('is deterministic and gives distinct names', () => {
    expect(describeSegment(segA)).toEqual(describeSegment(segA));
    const many = describeSegments(Array.from({ length: 70 }, () => segA));
    expect(new Set(many.map((w) => w.name)).size).toBe(70);
  });

  it('uses no gendered words', () => {
    const words = describeSegments([segA, segB]);
    for (const w of words)
      expect(`${w.tagline} ${w.summary}`).not.toMatch(
        /\b(he|she|his|her|him|man|woman|guy|girl|boy|young|old)\b/i,
      );
  });

  it('says so when a segment has no traits', () => {
    expect(describeSegment({ memberIds: ['x'], share: 1, traits: [] })).toMatchObject({
      tagline: 'A segment without distinctive traits',
      summary: expect.stringContaining('No trait sets this segment clearly apart'),
    });
  });

  it('draws a stable, face-free SVG avatar per seed', () => {
    const svg = avatarSvg('persona-1');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(avatarSvg('persona-1')).toBe(svg);
    expect(avatarSvg('persona-2')).not.toBe(svg);
  });
});
