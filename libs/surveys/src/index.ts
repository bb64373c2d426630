export { SurveysModule, type SurveysModuleOptions } from './surveys.module';
export { SurveyVersionsModule } from './survey-versions.module';
export { SurveyService } from './survey.service';
export { InvitationMailService } from './invitations/invitation-mail.service';
export { parseAddressList, type AddressEntry } from './invitations/address-list';
export type { SurveyRow } from './data/survey.repository';
export { PersonaMembership, type PersonaRespondents } from './persona-membership';
export { SurveyVersionStore } from './survey-version.store';
export { SURVEYS_ENTITIES } from './data/surveys.entities';
export {
  SurveyReader,
  surveyQuestionKey,
  type StudySurvey,
  type StudySurveyVersion,
  type SurveyQuestionRef,
} from './data/survey.reader';
export {
  ResponseReader,
  type AnswerRef,
  type AnswerSourceRow,
  type MemberResponse,
  type ResponseVersion,
  type StudyResponse,
  type TextAnswer,
  type TextAnswerGroup,
} from './data/response.reader';
export { AnswerSearchReader, type AnswerSearchRow } from './data/answer.search';
export { Survey, Question } from './models/survey.model';
export { SubmissionService } from './submission.service';
export { ParticipantLinkSigner, PARTICIPANT_SIG_FIELD } from './participant-link';
export { importSurveyCsv, previewSurveyCsv, CsvImportError } from './import';
export {
  understandQuestions,
  type JsonModel,
  type QuestionEvidence,
  type QuestionUnderstanding,
  type UnderstandOptions,
} from './understanding';
export { SubmitResponseInput } from './dto/survey.input';
export {
  QUALITY_REASONS,
  QUALITY_REASON_WORDS,
  type QualityFlag as ResponseQualityFlag,
  type QualityReason,
} from './quality';
export { QualityReasonEnum, QualitySummary, QualityReasonCount } from './models/quality.model';
