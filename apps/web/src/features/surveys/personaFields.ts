import type { PersonaField } from '@persona-lab/survey-logic';
import type { SelectOption } from '../../components/types';

/** What each persona field means, in one line, for the builder's select. */
export const PERSONA_FIELD_HELP: Record<PersonaField, { label: string; help: string }> = {
  NONE: { label: 'Not used', help: 'Persona synthesis ignores this question.' },
  DEMOGRAPHIC: { label: 'Profile', help: 'Who they are: age, role, location, company size.' },
  PSYCHOGRAPHIC: {
    label: 'Attitudes',
    help: 'How they think: attitudes, values, personality.',
  },
  BEHAVIOR: { label: 'Behaviour', help: 'What they do, how and how often.' },
  GOAL: { label: 'Goal', help: 'What they want to achieve.' },
  PAIN_POINT: { label: 'Pain point', help: 'What frustrates them or gets in their way.' },
  MOTIVATION: { label: 'Motivation', help: 'Why they act: the drive behind their goals.' },
};

/** The persona fields in the order the selects offer them: needs first, "Not used" last. */
export const PERSONA_FIELD_OPTIONS: SelectOption<PersonaField>[] = (
  ['BEHAVIOR', 'GOAL', 'PAIN_POINT', 'MOTIVATION', 'PSYCHOGRAPHIC', 'DEMOGRAPHIC', 'NONE'] as const
).map((value) => ({ value, label: PERSONA_FIELD_HELP[value].label }));

/** Why the sensitive flag matters, in the words the import and analysis panels show. */
export const SENSITIVE_HELP =
  'Sensitive questions (gender, ethnicity, religion, health…) never form segments or traits.';
