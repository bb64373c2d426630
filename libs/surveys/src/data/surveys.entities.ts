import { AnswerSearchEntity } from './answer-search.entity';
import { InvitationEntity } from './invitation.entity';
import { ResponseQualityFlagEntity } from './response-quality-flag.entity';
import { ResponseEntity } from './response.entity';
import { SurveyVersionEntity } from './survey-version.entity';
import { SurveyEntity } from './survey.entity';

/** The tables libs/surveys owns: `survey`, `survey_version`, `invitation`, `response` `answer_search` (kept by triggers on `response`) and `response_quality_flag`. */
export const SURVEYS_ENTITIES = [
  SurveyEntity,
  SurveyVersionEntity,
  InvitationEntity,
  ResponseEntity,
  AnswerSearchEntity,
  ResponseQualityFlagEntity,
];
