import { AnswerSearchEntity } from './answer-search.entity';
import { InvitationEntity } from './invitation.entity';
import { ResponseEntity } from './response.entity';
import { SurveyVersionEntity } from './survey-version.entity';
import { SurveyEntity } from './survey.entity';

/** The tables libs/surveys owns: `survey`, `survey_version`, `invitation`, `response` and `answer_search` (kept by triggers on `response`). */
export const SURVEYS_ENTITIES = [
  SurveyEntity,
  SurveyVersionEntity,
  InvitationEntity,
  ResponseEntity,
  AnswerSearchEntity,
];
