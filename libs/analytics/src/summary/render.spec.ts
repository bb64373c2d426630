import { describe, expect, it } from 'vitest';
import { behaviourPhrase, featureSentence, frequencyWords, recencyWords, renderSummary } from './render';

describe('behaviourPhrase', () => {
  it('turns event names into what people do', () => {
    expect(behaviourPhrase('dashboard_opened')).toBe('Opens dashboards');
    expect(behaviourPhrase('Opened Dashboard')).toBe('Opens dashboards');
    expect(behaviourPhrase('open-dashboard')).toBe('Opens dashboards');
    expect(behaviourPhrase('reportExported')).toBe('Exports reports');
    expect(behaviourPhrase('export')).toBe('Exports');
    expect(behaviourPhrase('Signed Up')).toBe('Signs up');
    expect(behaviourPhrase('query_ran')).toBe('Runs queries');
    expect(behaviourPhrase('search')).toBe('Searches');
  });
  it('quotes an event with no known verb', () => {
    expect(behaviourPhrase('page_view')).toBe('Has “page view” events');
  });
});

describe('wording of figures', () => {
  it('says frequency in weeks, then months', () => {
    expect(frequencyWords(12.4)).toBe('about 12 times a week');
    expect(frequencyWords(1)).toBe('about once a week');
    expect(frequencyWords(0.5)).toBe('about 2 times a month');
    expect(frequencyWords(0.2)).toBe('about once a month');
    expect(frequencyWords(0.05)).toBe('less than once a month');
  });
  it('says recency in days', () => {
    expect([0, 0.4, 1, 3.2].map(recencyWords)).toEqual(['today', 'today', 'yesterday', '3 days ago']);
  });
});

describe('renderSummary', () => {
  it('writes one sentence per feature and gives each its span', () => {
    const { text, features } = renderSummary(
      [
        { key: 'event:dashboard_opened', label: 'Opens dashboards', perWeek: 12, share: 0.4, recencyDays: 3 },
        { key: 'event:export', label: 'Exports', perWeek: 0.5, share: 0.1, recencyDays: 1 },
      ],
      1,
    );
    expect(text).toBe(
      'Opens dashboards about 12 times a week, in 40 % of sessions; last time 3 days ago. ' +
        'Exports about 2 times a month, in 10 % of sessions; last time yesterday. Last active yesterday.',
    );
    expect(features.map((f) => text.slice(f.start, f.end))).toEqual([
      'Opens dashboards about 12 times a week, in 40 % of sessions; last time 3 days ago.',
      'Exports about 2 times a month, in 10 % of sessions; last time yesterday.',
    ]);
  });
  it('words summary columns that carry only one figure', () => {
    expect(featureSentence({ key: 'metric:days_since_login', label: 'Logs in', recencyDays: 4 })).toBe('Logs in: last time 4 days ago.');
    expect(featureSentence({ key: 'metric:export_share', label: 'Exports', share: 0.25 })).toBe('Exports in 25 % of sessions.');
  });
});
