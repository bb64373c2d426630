import { describe, expect, it } from 'vitest';
import { containsPrivate, findPrivate, redact } from './index';

describe('privacy', () => {
  it.each([
    'mail me at a@b.com',
    'Reach me: jane.doe+work@mail.example.co.uk.',
    'call +1 555 123 4567 after 5',
    'my number is (555) 123-4567',
    'UK: +44 20 7946 0958',
    'mobile 07700900123',
    'ring 555-1234 at the office',
  ])('detects private data in %j', (text) => {
    expect(containsPrivate(text)).toBe(true);
    expect(redact(text)).toMatch(/\[(email|phone)\]/);
  });

  it.each([
    'I use R daily, about 3 times a week',
    'We have 1500 users and 12 analysts',
    'Released on 2024-01-15 with version 2.3.1',
    'It costs 1234.56 a month',
    'Rated 8 out of 10',
    'Revenue grew from 10 to 20 million in 2023',
  ])('leaves ordinary text alone: %j', (text) => {
    expect(containsPrivate(text)).toBe(false);
    expect(redact(text)).toBe(text);
  });

  it('redacts every occurrence and keeps the rest verbatim', () => {
    expect(redact('Write a@b.com or c@d.org, or call +1 (555) 123-4567 today.')).toBe(
      'Write [email] or [email], or call [phone] today.',
    );
  });

  it('returns sorted, non-overlapping spans with exact offsets', () => {
    const text = 'x a@b.com y 555 123 4567';
    const spans = findPrivate(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['a@b.com', '555 123 4567']);
  });
});
