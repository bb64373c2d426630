import { registerEnumType } from '@nestjs/graphql';
import { CONDITION_OPERATORS, PERSONA_FIELDS, QUESTION_TYPES } from '@persona-lab/survey-logic';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

// The enums come from survey-logic, so the browser and the API share one list.
export const QuestionTypeEnum = enumOf(QUESTION_TYPES);
export const PersonaFieldEnum = enumOf(PERSONA_FIELDS);
export const ConditionOperatorEnum = enumOf(CONDITION_OPERATORS);
export const SurveyStatusEnum = enumOf(['DRAFT', 'OPEN', 'CLOSED'] as const);
export type SurveyStatus = keyof typeof SurveyStatusEnum;
export const InvitationStatusEnum = enumOf(['PENDING', 'STARTED', 'COMPLETED'] as const);
export type InvitationStatus = keyof typeof InvitationStatusEnum;

registerEnumType(QuestionTypeEnum, { name: 'QuestionType', description: 'The kind of answer a question takes.' });
registerEnumType(PersonaFieldEnum, {
  name: 'PersonaField',
  description: 'What a question tells persona synthesis about a respondent.',
});
registerEnumType(ConditionOperatorEnum, { name: 'ConditionOperator', description: 'How a condition compares an answer.' });
registerEnumType(SurveyStatusEnum, { name: 'SurveyStatus', description: 'DRAFT until published; OPEN takes responses; CLOSED does not.' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus', description: 'How far an invited respondent got.' });
