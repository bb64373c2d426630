import { describe, expect, it } from 'vitest';
import {
  announcedScaleMax,
  asksForSeveral,
  isMetadataHeader,
  timestampRank,
} from './header-rules';

describe('header rules', () => {
  it('recognises export metadata by name, whatever the spacing or case', () => {
    for (const header of [
      'Response ID',
      'ResponseId',
      'Session ID',
      'IP Address',
      'User Agent',
      'Referer',
      'Status',
      'Network ID',
      'Longitude',
      'LocationLatitude',
      '#',
    ]) {
      expect(isMetadataHeader(header), header).toBe(true);
    }
    expect(isMetadataHeader('Marital status')).toBe(false);
  });

  it('ranks submission times above start times', () => {
    expect(timestampRank('Timestamp')).toBe(0);
    expect(timestampRank('Date Submitted')).toBeLessThan(timestampRank('Time Started'));
    expect(timestampRank('EndDate')).toBeLessThan(timestampRank('StartDate'));
    expect(timestampRank('Submit Date (UTC)')).toBeGreaterThanOrEqual(0);
    expect(timestampRank('RecordedDate')).toBeGreaterThanOrEqual(0);
    expect(timestampRank('When did you start?')).toBe(-1);
  });

  it('reads "check all that apply" and an announced scale from the question text', () => {
    expect(asksForSeveral('Which tools? (check all that apply)')).toBe(true);
    expect(asksForSeveral('Select all the words that describe it')).toBe(true);
    expect(asksForSeveral('Which tool do you use most?')).toBe(false);
    expect(announcedScaleMax('On a scale of 1 to 5, how hard was it?')).toBe(5);
    expect(announcedScaleMax('Rate it (1-7)')).toBe(7);
    expect(announcedScaleMax('How hard was it?')).toBeNull();
  });
});
