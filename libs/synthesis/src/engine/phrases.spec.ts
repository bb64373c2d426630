import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  asPredicate,
  choiceClaim,
  clip,
  lowerFirst,
  questionPhrase,
  selfExplanatory,
  MAX_PHRASE_CHARS,
} from './phrases';

// Real survey exports (../shared/datasets, read in place; the test fails when they are missing).
const DATASETS = resolve(__dirname, '../../../../../shared/datasets');
const header = (file: string): string[] =>
  (parse(readFileSync(resolve(DATASETS, file)), { to_line: 1, bom: true }) as string[][])[0];
const R_SURVEY = header('survey/r_community_survey_2019_english.csv');
const JUPYTER = header('feedback/jupyter_notebook_ux_survey_2015.csv');

describe('questionPhrase', () => {
  it.each([
    ['How often do you use R today, either for professional or personal projects?', 'Use R today'],
    ['How often do you use R?', 'Use R'],
    ['What is your job title, if any?', 'Job title'],
    ['In what country do you currently reside?', 'Country'],
    ['What industry do you work or participate in?', 'Industry'],
    [
      'How likely are you to recommend R to a colleague, friend, or family member?',
      'Recommend R to a colleague',
    ],
    [
      "Please rate how much you enjoy using R on a scale of 1 to 5, where 1 is you don't enjoy it at all, and 5 is that you enjoy it a great deal.",
      'Enjoy using R',
    ],
    [
      'Which tools do you use with your R applications? (please check all that apply)',
      'Tools they use with their R applications',
    ],
    ['How often do you use Jupyter Notebook?', 'Use Jupyter Notebook'],
    [
      'Workflow Need #1:What needs in your workflow does Jupyter Notebook address?',
      'Needs in their workflow does Jupyter Notebook',
    ],
    [
      'What, if anything, hinders you from making Jupyter Notebook an even more regular part of your workflow?',
      'Hinders them from making Jupyter Notebook',
    ],
    [
      'How many people in your organization or work group do you feel that you can ask for help?',
      'Number of people in their organization or work',
    ],
    ['On a scale of 1 to 5, how much do you enjoy using notebooks?', 'Enjoy using notebooks'],
  ])('%s → %s', (title, phrase) => {
    expect(questionPhrase(title)).toBe(phrase);
  });

  it.each([
    ['R community survey 2019', R_SURVEY],
    ['Jupyter UX survey 2015', JUPYTER],
  ])('turns every header of the %s into a short phrase, never a question', (_, headers) => {
    expect(headers.length).toBeGreaterThan(30);
    for (const title of headers) {
      const p = questionPhrase(title);
      expect(p.length, title).toBeGreaterThan(0);
      expect(p.length, title).toBeLessThanOrEqual(MAX_PHRASE_CHARS);
      expect(p, title).not.toMatch(/\?/);
      expect(p, title).not.toMatch(/^(how|what|which|do|did|are|please|in what)\b/i);
      expect(p, title).not.toMatch(/\b(you|your)\b/i);
      expect(p, title).not.toMatch(/#\d/);
      expect(p[0], title).toBe(p[0].toUpperCase());
    }
  });

  it('is deterministic and distinct enough to tell questions apart', () => {
    const phrases = R_SURVEY.map(questionPhrase);
    expect(R_SURVEY.map(questionPhrase)).toEqual(phrases);
    expect(new Set(phrases).size).toBeGreaterThan(R_SURVEY.length * 0.8);
  });
});

describe('labels', () => {
  it('tells labels that read alone from labels that need their question', () => {
    expect(selfExplanatory('Daily')).toBe(false);
    expect(selfExplanatory('More than once a day')).toBe(false);
    expect(selfExplanatory('Yes')).toBe(false);
    expect(selfExplanatory('1-10')).toBe(false);
    expect(selfExplanatory('Language irregularities')).toBe(true);
    expect(selfExplanatory('I thought it would open new career opportunities')).toBe(true);
  });

  it('lower-cases a first word but not names, acronyms or "I"', () => {
    expect(lowerFirst('Slow exports')).toBe('slow exports');
    expect(lowerFirst('A quick start')).toBe('a quick start');
    expect(lowerFirst('R packages')).toBe('R packages');
    expect(lowerFirst('SQL databases')).toBe('SQL databases');
    expect(lowerFirst('GitHub issues')).toBe('GitHub issues');
    expect(lowerFirst('I want more')).toBe('I want more');
  });

  it('clips at a word boundary', () => {
    expect(clip('the kernel takes forever to start every single time', 30)).toBe(
      'the kernel takes forever to…',
    );
    expect(clip('short', 30)).toBe('short');
  });
});

describe('choiceClaim', () => {
  it.each([
    ['How would you rate your level of experience using R?', 'Beginner', 'Beginner R user'],
    [
      'Looking ahead, how do you expect your use of R to change in 2020?',
      'I expect it to increase',
      'Expects their use of R to increase in 2020',
    ],
    [
      'Which statement most closely reflects the primary reason why you learned R?',
      'I was personally interested',
      'Learned R because they were personally interested',
    ],
    [
      'Which statement most closely reflects the primary reason why you learned R?',
      'It was part of a course I took',
      'Learned R because it was part of a course they took',
    ],
    [
      'How often do you currently use Shiny? Choose the statement that most closely matches your use.',
      "Never -- I don't use Shiny.",
      "Doesn't use Shiny",
    ],
    [
      'Do you currently use R Markdown? Choose the statement that most closely matches your use.',
      'Yes, I use R Markdown regularly',
      'Uses R Markdown regularly',
    ],
    [
      'How often do you use R today, either for professional or personal projects?',
      'Daily',
      'Uses R daily',
    ],
    [
      'Which tools do you use with your R applications? (please check all that apply)',
      'Python',
      'Uses Python with their R applications',
    ],
    [
      'How do you run the Jupyter Notebook?',
      'As a standalone application',
      'Runs the Jupyter Notebook as a standalone application',
    ],
    [
      'Roughly how long have you been using Jupyter Notebook?',
      'One year or more',
      'Has used Jupyter Notebook for one year or more',
    ],
    [
      'How often do you use R today, either for professional or personal projects?',
      'Between once a day and once a week',
      'Uses R between once a day and once a week',
    ],
  ])('%s + %s → %s', (question, label, claim) => {
    expect(choiceClaim(question, label)).toBe(claim);
  });

  it('says a count of people as what they do, only where the counted noun does the verb', () => {
    const seen =
      'How many people typically see and/or interact with the results of your work in Jupyter Notebook? (Consider people who see your notebooks, reports or dashboards.)';
    expect(choiceClaim(seen, 'Under ten')).toBe(
      'Under ten people typically see and/or interact with the results of their work in Jupyter Notebook',
    );
    expect(choiceClaim(seen, 'Tens')).toBe(
      'Tens of people typically see and/or interact with the results of their work in Jupyter Notebook',
    );
    expect(choiceClaim('How many people work at your company?', '51-200')).toBe(
      '51-200 people work at their company',
    );
    // The noun is the object: "1-5 hours per week do they use R" would not be English.
    expect(choiceClaim('How many hours per week do you use R?', '1-5')).toBeUndefined();
    expect(choiceClaim('How many years have you been in this role?', '2-5 years')).toBeUndefined();
    // Not a count.
    expect(choiceClaim(seen, 'Just me')).toBeUndefined();
  });

  it('leaves options it has no rule for to the caller', () => {
    expect(
      choiceClaim('What is the highest degree you have completed?', 'Doctorate'),
    ).toBeUndefined();
  });

  it('turns a first-person option into a predicate, or says it is not one', () => {
    expect(asPredicate("I don't feel proficient in R yet.")).toBe(
      "Doesn't feel proficient in R yet",
    );
    expect(asPredicate('I try my best')).toBe('Tries their best');
    expect(asPredicate('Daily')).toBeUndefined();
  });
});
