import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsvRows } from '@persona-lab/text';
import { describe, expect, it } from 'vitest';
import { looksLikeAttentionCheck, proposeExpectedAnswer } from './propose';
import { normalizeCheckAnswer, normalizeForDuplicate } from './normalize';

const R_SURVEY = join(__dirname, '../../../../../shared/datasets/survey/r_community_survey_2019_english.csv');

describe('normalizeCheckAnswer', () => {
  it.each([
    ['Eight', '8'], ['8', '8'], [' "eight". ', '8'], ['twenty-one', '21'], ['Twenty one', '21'],
    ['08', '8'], [8, '8'], ['Agree', 'agree'], ['ocho', 'ocho'],
  ])('%j → %j', (input, out) => expect(normalizeCheckAnswer(input)).toBe(out));
  it('folds duplicates but keeps the words', () => {
    expect(normalizeForDuplicate('  Data   ANALYSIS, mostly! ')).toBe('data analysis mostly');
  });
});

describe('looksLikeAttentionCheck', () => {
  it.each([
    'To help us ensure that you are not a robot, please enter the number of characters in the word "analysis" in the text box below.',
    'Attention check: choose "Rarely".',
    'Please select "Strongly agree" to show you are paying attention.',
    'Please select "Blue" for this item.',
  ])('knows %j', (title) => expect(looksLikeAttentionCheck(title)).toBe(true));
  it.each(['How would you rate your level of experience using R?', 'Please select the tools you use.', 'What draws your attention in a dashboard?'])(
    'leaves %j alone',
    (title) => expect(looksLikeAttentionCheck(title)).toBe(false),
  );
});

describe('proposeExpectedAnswer', () => {
  it('takes the most common normalized answer in the most common spelling', () => {
    expect(proposeExpectedAnswer(['eight', '8', 'Eight', 'eight', 'seven', ''])).toBe('eight');
  });
  it('proposes nothing without a clear majority', () => {
    expect(proposeExpectedAnswer(['eight', 'seven', 'nine', 'eight', 'three', 'four'])).toBeNull();
    expect(proposeExpectedAnswer([])).toBeNull();
  });
  it('finds "eight" in the R community survey 2019 (1,838 rows)', () => {
    const rows = readCsvRows(readFileSync(R_SURVEY, 'utf8'));
    const header = rows[0];
    const column = header.findIndex((h) => looksLikeAttentionCheck(h));
    expect(header[column]).toContain('the number of characters in the word "analysis"');
    expect(header.filter((h) => looksLikeAttentionCheck(h))).toHaveLength(1);
    expect(proposeExpectedAnswer(rows.slice(1).map((r) => r[column] ?? ''))).toBe('eight');
  });
});
