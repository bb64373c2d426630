/**
 * Survey templates the "New survey" flow starts from. Pure data: fixed question and choice ids
 * (unique within a survey), the persona field each question feeds.
 */
import type { Choice, Question, QuestionType } from './types';

export interface SurveyTemplate {
  key: 'nps' | 'csat' | 'pmf' | 'persona-discovery';
  name: string;
  /** One line for the template picker. */
  summary: string;
  title: string;
  description: string;
  questions: Question[];
}

const choices = (prefix: string, labels: string[]): Choice[] =>
  labels.map((label, i) => ({ id: `${prefix}${i + 1}`, label }));

function q(
  id: string,
  type: QuestionType,
  title: string,
  personaField: Question['personaField'],
  extra: Partial<Question> = {},
): Question {
  return {
    id,
    type,
    title,
    description: null,
    required: false,
    options: null,
    rows: null,
    min: null,
    max: null,
    minLabel: null,
    maxLabel: null,
    showIf: null,
    personaField,
    ...extra,
  };
}

const npsScale = { min: 0, max: 10, minLabel: 'Not at all likely', maxLabel: 'Extremely likely' };

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'nps',
    name: 'Net Promoter Score',
    summary: 'How likely people are to recommend you, and why.',
    title: 'How likely are you to recommend us?',
    description: 'Two quick questions; it takes under a minute.',
    questions: [
      q(
        'q_nps_score',
        'NPS',
        'How likely are you to recommend us to a friend or colleague?',
        'PSYCHOGRAPHIC',
        { ...npsScale, required: true },
      ),
      q('q_nps_reason', 'LONG_TEXT', 'What is the main reason for your score?', 'NONE'),
    ],
  },
  {
    key: 'csat',
    name: 'Customer satisfaction (CSAT)',
    summary: 'How satisfied people are with a product or an interaction.',
    title: 'How satisfied are you?',
    description: 'Tell us how we did.',
    questions: [
      q(
        'q_csat_score',
        'RATING',
        'How satisfied are you with our product overall?',
        'PSYCHOGRAPHIC',
        {
          min: 1,
          max: 5,
          minLabel: 'Very dissatisfied',
          maxLabel: 'Very satisfied',
          required: true,
        },
      ),
      q('q_csat_improve', 'LONG_TEXT', 'What could we do to improve?', 'NONE'),
    ],
  },
  {
    key: 'pmf',
    name: 'Product-market fit',
    summary: 'Sean Ellis test: how disappointed people would be without your product.',
    title: 'Product-market fit',
    description: 'A few questions about how you use our product.',
    questions: [
      q(
        'q_pmf_disappointed',
        'SINGLE_CHOICE',
        'How would you feel if you could no longer use our product?',
        'PSYCHOGRAPHIC',
        {
          required: true,
          options: choices('o_pmf_', [
            'Very disappointed',
            'Somewhat disappointed',
            'Not disappointed',
            'N/A - I no longer use it',
          ]),
        },
      ),
      q(
        'q_pmf_alternative',
        'SHORT_TEXT',
        'What would you likely use as an alternative if our product were no longer available?',
        'NONE',
      ),
      q('q_pmf_benefit', 'LONG_TEXT', 'What is the main benefit you get from our product?', 'NONE'),
      q('q_pmf_improve', 'LONG_TEXT', 'How can we improve our product for you?', 'NONE'),
    ],
  },
  {
    key: 'persona-discovery',
    name: 'Persona discovery',
    summary: 'Behaviours, goals, frustrations and motives: the raw material of personas.',
    title: 'Tell us about your work',
    description: 'There are no right answers; we want to understand how you work.',
    questions: [
      q('q_pd_role', 'SHORT_TEXT', 'What is your job title?', 'DEMOGRAPHIC'),
      q('q_pd_frequency', 'SINGLE_CHOICE', 'How often do you use the product?', 'BEHAVIOR', {
        options: choices('o_pd_f', ['Daily', 'Weekly', 'Monthly', 'Rarely']),
      }),
      q(
        'q_pd_workflow',
        'LONG_TEXT',
        'Walk us through how you typically use the product in a normal week.',
        'BEHAVIOR',
      ),
      q(
        'q_pd_goal',
        'LONG_TEXT',
        'What are you trying to achieve when you use the product?',
        'GOAL',
      ),
      q(
        'q_pd_frustration',
        'LONG_TEXT',
        'What frustrates you most or gets in your way?',
        'PAIN_POINT',
      ),
      q('q_pd_motive', 'LONG_TEXT', 'Why did you start using the product?', 'MOTIVATION'),
    ],
  },
];

/** The template with this key, if any. */
export function surveyTemplate(key: string): SurveyTemplate | undefined {
  return SURVEY_TEMPLATES.find((t) => t.key === key);
}
