import { describe, expect, it } from 'vitest';
import { TRANSCRIPTS, categoryFor, maskPrivate, themeKey } from './theme-units';

describe('categoryFor', () => {
  it('follows the persona field; psychographic questions give attitudes; anything else OTHER', () => {
    expect(categoryFor('PAIN_POINT')).toBe('PAIN_POINT');
    expect(categoryFor('GOAL')).toBe('GOAL');
    expect(categoryFor('MOTIVATION')).toBe('MOTIVATION');
    expect(categoryFor('BEHAVIOR')).toBe('BEHAVIOR');
    expect(categoryFor('PSYCHOGRAPHIC')).toBe('ATTITUDE');
    expect(categoryFor('DEMOGRAPHIC')).toBe('DEMOGRAPHIC');
    expect(categoryFor('NONE')).toBe('OTHER');
    expect(categoryFor(null)).toBe('OTHER');
  });
});

describe('maskPrivate', () => {
  it('blanks emails and phone numbers with spaces of the same length, so offsets still line up', () => {
    const text = 'Mail sam.lee@example.com or call +44 20 7946 0958 — the app is slow 😩.';
    const { masked, privateSpans } = maskPrivate(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).not.toMatch(/@|7946/);
    expect(privateSpans.map((s) => s.kind)).toEqual(['email', 'phone']);
    expect(masked.slice(masked.indexOf('the app'))).toBe(text.slice(text.indexOf('the app')));
  });

  it('leaves text without private details unchanged', () => {
    expect(maskPrivate('Pricing is confusing.')).toEqual({ masked: 'Pricing is confusing.', privateSpans: [] });
  });
});

describe('themeKey', () => {
  it('depends on the group and the engine label only, not on case or spacing', () => {
    const q = { scope: 'pain', surveyId: 's1' };
    expect(themeKey(q, 'Slow  Dashboard ')).toBe(themeKey(q, 'slow dashboard'));
    expect(themeKey(q, 'Slow dashboard')).not.toBe(themeKey({ scope: 'pain', surveyId: 's2' }, 'Slow dashboard'));
    expect(themeKey({ scope: TRANSCRIPTS, surveyId: null }, 'Slow dashboard')).toBe('TRANSCRIPTS|slow dashboard');
  });
});
