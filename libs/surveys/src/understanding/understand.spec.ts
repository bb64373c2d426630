import { dot, embedTexts } from '@persona-lab/embeddings';
import { describe, expect, it } from 'vitest';
import { decodeVectors, prototypeTexts } from './nearest';
import { PROTOTYPE_VECTORS } from './prototype-vectors';
import { cleanTitle } from './rules';
import { understandQuestions } from './understand';
import type { QuestionEvidence } from './types';

const one = async (evidence: QuestionEvidence) => (await understandQuestions([evidence]))[0];
const text = (title: string, answers?: string[]): QuestionEvidence => ({ title, type: 'SHORT_TEXT', answers });

describe('understandQuestions (offline)', () => {
  it('marks demographics, not words that merely contain "age" or "role"', async () => {
    const demographic = [
      'What is your age?',
      'How old are you?',
      'What year were you born?',
      'Birth year',
      'In what country do you currently reside?',
      'Region',
      'Highest degree completed',
      'Education level',
      'What industry do you work in?',
      'What is your job title, if any?',
      'What is your primary role?',
      'Company size',
    ];
    const got = await understandQuestions(demographic.map((t) => text(t)));
    got.forEach((g, i) => expect(g, demographic[i]).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: false }));
    for (const header of ['Average usage per week', 'Error messages', 'How do you see your role changing?']) {
      expect((await one(text(header))).personaField, header).not.toBe('DEMOGRAPHIC');
    }
  });

  it('flags special categories as sensitive demographics, and says a birth year is not sensitive', async () => {
    for (const title of ['Gender', 'What is your ethnicity?', 'Do you have a disability?', 'What is your religion?', 'Sexual orientation', 'Date of birth']) {
      expect(await one(text(title)), title).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: true });
    }
    const year = await one({ title: 'What year were you born?', type: 'NUMBER', answers: ['1980', '1975', '1999', '2001'] });
    expect(year).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: false });
    expect(year.reason).toMatch(/not sensitive/);
    const exact = await one({ title: 'When were you born?', type: 'DATE', answers: ['1980-03-04'] });
    expect(exact).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: true });
  });

  it('finds a sensitive question by its answers when the wording does not say', async () => {
    const got = await one({ title: 'You are…', type: 'SINGLE_CHOICE', options: ['Female', 'Male', 'Non-binary', 'Prefer not to say'] });
    expect(got).toMatchObject({ personaField: 'DEMOGRAPHIC', sensitive: true });
  });

  it('reads answers: emails and phone numbers are contact details (NONE)', async () => {
    const emails = await one(text('Where can we reach you?', ['ana@example.com', 'bo@example.org', 'cy@example.net']));
    expect(emails).toMatchObject({ personaField: 'NONE', sensitive: false });
    expect(emails.reason).toMatch(/email/);
    const phones = await one(text('Best way to reach you?', ['+44 20 7946 0958', '020 7946 0000', '+1 (415) 555-0100']));
    expect(phones.personaField).toBe('NONE');
  });

  it('reads scales: NPS and agree/disagree are attitudes', async () => {
    expect((await one({ title: 'Score us', type: 'NPS' })).personaField).toBe('PSYCHOGRAPHIC');
    const likert = await one({ title: 'The app fits the way I work.', type: 'LIKERT', options: ['Strongly disagree', 'Disagree', 'Neutral', 'Agree', 'Strongly agree'] });
    expect(likert.personaField).toBe('PSYCHOGRAPHIC');
  });

  it('tells the need fields apart by wording, with a reason', async () => {
    const cases: [string, string][] = [
      ['What gets in the way of using it every day?', 'PAIN_POINT'],
      ['How often do you export a report?', 'BEHAVIOR'],
      ['What would you like us to build next?', 'GOAL'],
      ['Why did you pick us over the competition?', 'MOTIVATION'],
      ['How satisfied are you with search?', 'PSYCHOGRAPHIC'],
      ['To make sure you are not a robot, type the number of letters in the word "cat".', 'NONE'],
    ];
    const got = await understandQuestions(cases.map(([t]) => text(t)));
    got.forEach((g, i) => {
      expect(g.personaField, cases[i][0]).toBe(cases[i][1]);
      expect(g.reason, cases[i][0]).toMatch(/→/);
    });
    expect(got[0].reason).toBe('Asks what gets in the way → pain point');
  });

  it('leaves wordings no rule knows to the nearest labelled wordings, deterministically', async () => {
    const title = 'Tell us about the recipes you cook on weeknights.';
    const a = await one(text(title));
    const b = await one(text(title));
    expect(a).toEqual(b);
    expect(a.reason).toMatch(/^Worded like "/);
  });

  it('strips SurveyGizmo prefixes before reading the wording', () => {
    expect(cleanTitle('Aspect #2:What aspects of Jupyter Notebook make it difficult\u00a0to use?')).toBe('What aspects of Jupyter Notebook make it difficult to use?');
    expect(cleanTitle('Other - Write In:How do you run the Jupyter Notebook?')).toBe('How do you run the Jupyter Notebook?');
    expect(cleanTitle('I identify my ethnicity as (select all that apply):')).toBe('I identify my ethnicity as (select all that apply):');
  });

  it('reads a question without words as NONE, without the encoder', async () => {
    for (const title of ['', '   ', '???', '42']) expect((await one(text(title))).personaField, JSON.stringify(title)).toBe('NONE');
  });

  it('answers an empty list with an empty list', async () => {
    expect(await understandQuestions([])).toEqual([]);
  });
});

describe('stored prototype vectors', () => {
  it('were made from the current prototype wordings (else run node tools/embed-question-prototypes.mjs)', () => {
    expect(PROTOTYPE_VECTORS.key).toBe(prototypeTexts().key);
  });

  it('match what the encoder gives for those wordings', async () => {
    const { texts } = prototypeTexts();
    const stored = decodeVectors(PROTOTYPE_VECTORS.vectors);
    expect(stored).toHaveLength(texts.length);
    const fresh = await embedTexts(texts);
    for (let i = 0; i < texts.length; i++) expect(dot(stored[i], fresh[i]), texts[i]).toBeGreaterThan(0.999);
  });
});

describe('short product-team wordings (seen in a browser journey)', () => {
  it('reads "What gets in your way?" as a pain point and "Your role" as who they are', async () => {
    const [way, role] = await understandQuestions([
      { title: 'What gets in your way?', type: 'LONG_TEXT' },
      { title: 'Your role', type: 'SINGLE_CHOICE', options: ['Analyst', 'Engineer', 'Manager'] },
    ]);
    expect(way.personaField).toBe('PAIN_POINT');
    expect(role.personaField).toBe('DEMOGRAPHIC');
  });
});
