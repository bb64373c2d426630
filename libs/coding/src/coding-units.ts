import type { FeedbackReader } from '@persona-lab/feedback';
import type { TranscriptReader } from '@persona-lab/interviews';
import { isPrivateQuestion } from '@persona-lab/survey-logic';
import type { ResponseReader, SurveyReader, TextAnswerGroup } from '@persona-lab/surveys';

/** A codable piece of a study's text: a participant's transcript turn, an open-text answer or a customer's feedback message. */
export interface CodingUnit {
  id: string;
  text: string;
  source:
    | { type: 'TRANSCRIPT_SEGMENT'; segmentId: string }
    | { type: 'SURVEY_ANSWER'; responseId: string; questionId: string }
    | { type: 'FEEDBACK_MESSAGE'; messageId: string };
}

/** The readers of the libs that own a study's text. */
export interface TextSources {
  transcripts: Pick<TranscriptReader, 'participantTurns'>;
  surveys: Pick<SurveyReader, 'versionsOfStudy'>;
  responses: Pick<ResponseReader, 'completeTextAnswers'>;
  /** Customers' feedback messages; left out, a study's feedback is not read. */
  feedback?: Pick<FeedbackReader, 'customerMessages'>;
}

export const unitKey = (s: {
  type: string;
  segmentId?: string | null;
  responseId?: string | null;
  questionId?: string | null;
  messageId?: string | null;
}) =>
  s.type === 'TRANSCRIPT_SEGMENT'
    ? `seg:${s.segmentId}`
    : s.type === 'FEEDBACK_MESSAGE'
      ? `msg:${s.messageId}`
      : `ans:${s.responseId}:${s.questionId}`;

/** A unit's source as a highlight stores it (the ids of the other kinds null). */
export function highlightSourceOf(src: CodingUnit['source']): {
  type: CodingUnit['source']['type'];
  segmentId: string | null;
  responseId: string | null;
  questionId: string | null;
  messageId: string | null;
} {
  return {
    type: src.type,
    segmentId: src.type === 'TRANSCRIPT_SEGMENT' ? src.segmentId : null,
    responseId: src.type === 'SURVEY_ANSWER' ? src.responseId : null,
    questionId: src.type === 'SURVEY_ANSWER' ? src.questionId : null,
    messageId: src.type === 'FEEDBACK_MESSAGE' ? src.messageId : null,
  };
}

/** A customer's feedback message as a unit (agent messages are never units: like interviewer turns). */
export const messageUnit = (m: { id: string; text: string }): CodingUnit => ({
  id: `msg:${m.id}`,
  text: m.text,
  source: { type: 'FEEDBACK_MESSAGE', messageId: m.id },
});

/** Participant turns (never the interviewer's), open-text answers of complete responses and customer messages (never the agent's). */
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
  const messages = (await sources.feedback?.customerMessages(studyId)) ?? [];
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
    ...messages.filter((m) => m.role === 'CUSTOMER' && m.text.trim()).map(messageUnit),
  ];
}
