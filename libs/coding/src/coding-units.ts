import type { TranscriptReader } from '@persona-lab/interviews';
import { isPrivateQuestion } from '@persona-lab/survey-logic';
import type { ResponseReader, SurveyReader, TextAnswerGroup } from '@persona-lab/surveys';

/** A codable piece of a study's text: a participant's transcript turn or an open-text answer. */
export interface CodingUnit {
  id: string;
  text: string;
  source:
    | { type: 'TRANSCRIPT_SEGMENT'; segmentId: string }
    | { type: 'SURVEY_ANSWER'; responseId: string; questionId: string };
}

/** The readers of the libs that own a study's text. */
export interface TextSources {
  transcripts: Pick<TranscriptReader, 'participantTurns'>;
  surveys: Pick<SurveyReader, 'versionsOfStudy'>;
  responses: Pick<ResponseReader, 'completeTextAnswers'>;
}

export const unitKey = (s: {
  type: string;
  segmentId?: string | null;
  responseId?: string | null;
  questionId?: string | null;
}) =>
  s.type === 'TRANSCRIPT_SEGMENT' ? `seg:${s.segmentId}` : `ans:${s.responseId}:${s.questionId}`;

/** Participant turns (never the interviewer's) and open-text answers of complete responses. */
export async function loadCodingUnits(
  sources: TextSources,
  studyId: string,
): Promise<CodingUnit[]> {
  const segments = await sources.transcripts.participantTurns(studyId);
  const versions = await sources.surveys.versionsOfStudy(studyId);
  // One group per frozen version: its open-text questions (never EMAIL ones).
  const groups: TextAnswerGroup[] = versions.map((v) => ({
    surveyId: v.surveyId,
    versions: [v.version],
    questionIds: v.definition.questions
      .filter((q) => (q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT') && !isPrivateQuestion(q))
      .map((q) => q.id),
  }));
  const answers = await sources.responses.completeTextAnswers(groups);
  return [
    ...segments.map((s): CodingUnit => ({
      id: `seg:${s.id}`,
      text: s.text,
      source: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id },
    })),
    ...answers
      .filter((a) => a.text.trim())
      .map((a): CodingUnit => ({
        id: `ans:${a.responseId}:${a.questionId}`,
        text: a.text,
        source: { type: 'SURVEY_ANSWER', responseId: a.responseId, questionId: a.questionId },
      })),
  ];
}
