import { describe, expect, it } from 'vitest';
import { isSpeakerLabel, splitSpeakerPrefix } from './speaker-label';

describe('isSpeakerLabel', () => {
  it.each([
    'Dan',
    'Participant',
    'Particpant',
    'Interviewer 1',
    'interviewee',
    'interviewer 2',
    'P3',
    'p3',
    'Q',
    'A',
    'Dr. Smith',
    'Mary Jane Watson',
    "Sinéad O'Brien",
    'Jean-Luc',
    'JANE DOE',
    'MAN #2',
    'SPEAKER_00',
    'Interviewer/Host',
    'Zoë',
  ])('accepts %j', (label) => {
    expect(isSpeakerLabel(label)).toBe(true);
  });

  it.each([
    ['a sentence', 'Note that the time was'],
    ['prose with lower-case words', 'The plan was'],
    ['a remark keyword', 'Note'],
    ['a field name', 'Date'],
    ['a URL scheme', 'https'],
    ['a lower-case non-role word', 'basically'],
    ['more than four words', 'Head Of Research And Design'],
    ['more than 40 characters', 'Abcdefghijklmnopqrstuvwxyzabcdefghijklmnop'],
    ['a leading digit', '5pm'],
    ['punctuation', 'Wait, Dan'],
    ['a question', 'Why?'],
    ['nothing', ''],
  ])('rejects %s (%j)', (_why, label) => {
    expect(isSpeakerLabel(label)).toBe(false);
  });
});

describe('splitSpeakerPrefix', () => {
  it('splits a label from the words, keeping the words as written', () => {
    expect(splitSpeakerPrefix('Dan:  So:  yes ')).toEqual({ speaker: 'Dan', text: 'So:  yes' });
    expect(splitSpeakerPrefix('Interviewer 1:')).toEqual({ speaker: 'Interviewer 1', text: '' });
  });

  it('needs whitespace after the colon, so URLs and clock times are left alone', () => {
    expect(splitSpeakerPrefix('https://example.com')).toBeNull();
    expect(splitSpeakerPrefix('At 5:30 we met')).toBeNull();
    expect(splitSpeakerPrefix('Ratio 10:1')).toBeNull();
    expect(splitSpeakerPrefix('no colon here')).toBeNull();
  });
});
