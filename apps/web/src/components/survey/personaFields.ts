import type { PersonaField } from '@persona-lab/survey-logic';

/** What each persona field means, in one line, for the builder's select. */
export const PERSONA_FIELD_HELP: Record<PersonaField, { label: string; help: string }> = {
  NONE: { label: 'Not used', help: 'Persona synthesis ignores this question.' },
  DEMOGRAPHIC: { label: 'Demographic', help: 'Who they are: age, role, location, company size.' },
  PSYCHOGRAPHIC: {
    label: 'Psychographic',
    help: 'How they think: attitudes, values, personality.',
  },
  BEHAVIOR: { label: 'Behavior', help: 'What they do, how and how often.' },
  GOAL: { label: 'Goal', help: 'What they want to achieve.' },
  PAIN_POINT: { label: 'Pain point', help: 'What frustrates them or gets in their way.' },
  MOTIVATION: { label: 'Motivation', help: 'Why they act: the drive behind their goals.' },
};
