import { SURVEY_TEMPLATES, surveyTemplate } from '@persona-lab/survey-logic';
import { describe, expect, it } from 'vitest';
import { understandQuestions } from './understand';

const evidence = (key: string) =>
  surveyTemplate(key)!.questions.map((q) => ({
    title: q.title,
    type: q.type,
    options: q.options?.map((o) => o.label),
  }));

describe('survey templates and question understanding', () => {
  it('the persona discovery template: each question is understood as the persona field it sets', async () => {
    const template = surveyTemplate('persona-discovery')!;
    const got = await understandQuestions(evidence('persona-discovery'));
    template.questions.forEach((q, i) => expect(got[i].personaField, q.title).toBe(q.personaField));
    const fields = new Set(template.questions.map((q) => q.personaField));
    for (const field of ['BEHAVIOR', 'GOAL', 'PAIN_POINT', 'MOTIVATION'])
      expect(fields).toContain(field);
  });

  it('the other templates: their scored questions are understood as the field they set', async () => {
    for (const template of SURVEY_TEMPLATES) {
      const got = await understandQuestions(evidence(template.key));
      template.questions.forEach((q, i) => {
        if (q.personaField !== 'NONE')
          expect(got[i].personaField, `${template.key}: ${q.title}`).toBe(q.personaField);
      });
    }
  });

  it('has NPS, CSAT, product-market fit (with the Sean Ellis "very disappointed" answer) and persona discovery', () => {
    expect(SURVEY_TEMPLATES.map((t) => t.key)).toEqual(['nps', 'csat', 'pmf', 'persona-discovery']);
    expect(surveyTemplate('nps')!.questions[0].type).toBe('NPS');
    const pmf = surveyTemplate('pmf')!.questions[0];
    expect(pmf.options?.map((o) => o.label)).toContain('Very disappointed');
  });
});
