import { Injectable } from '@nestjs/common';
import { AnalyticsReader } from '@persona-lab/analytics';
import { badInput, notFound } from '@persona-lab/errors';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import { answerText, isPrivateQuestion } from '@persona-lab/survey-logic';
import { ResponseReader, SurveyVersionStore } from '@persona-lab/surveys';
import type { SourceRef } from './models/coding.model';

export interface SourceText {
  studyId: string;
  text: string;
  /** Interviewer turns and agent messages are shown and codable, but never evidence for a persona. */
  isInterviewer: boolean;
  participantId: string | null;
  /** A readable place name, e.g. "P3 interview, turn 12", "Survey, question 'Why?'" or "Zendesk ticket 4521, message 3". */
  label: string;
  interviewId: string | null;
  speaker: string | null;
  startMs: number | null;
  questionTitle: string | null;
  /** The feedback conversation of a message (its page deep-links to the message). */
  conversationId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The one definition of "source text" (the contract's `Evidence`): a
 * segment's text, an answer as its survey version renders it, or a feedback
 * message's immutable text. Offsets of
 * highlights and evidence are checked against what this returns.
 */
@Injectable()
export class SourceTextService {
  constructor(
    private readonly transcripts: TranscriptReader,
    private readonly responses: ResponseReader,
    private readonly versions: SurveyVersionStore,
    private readonly feedback: FeedbackReader,
    private readonly analytics: AnalyticsReader,
  ) {}

  /**
   * `guard` runs with the source's study before anything about the source is
   * revealed (its text, or that it is a private answer), so a caller can
   * refuse foreign sources exactly like unknown ones.
   */
  async resolve(
    ref: Partial<SourceRef>,
    guard?: (studyId: string) => Promise<unknown> | unknown,
  ): Promise<SourceText> {
    if (ref.type === 'TRANSCRIPT_SEGMENT') {
      if (!ref.segmentId || !UUID.test(ref.segmentId))
        throw badInput('A transcript source needs a segmentId.', { field: 'source.segmentId' });
      const row = await this.transcripts.source(ref.segmentId);
      if (!row) throw notFound('The transcript segment');
      await guard?.(row.studyId);
      return {
        studyId: row.studyId,
        text: row.text,
        isInterviewer: row.isInterviewer,
        participantId: row.participantId,
        label: `${row.title}, turn ${row.index + 1}`,
        interviewId: row.interviewId,
        speaker: row.speaker,
        startMs: row.startMs,
        questionTitle: null,
        conversationId: null,
      };
    }
    if (ref.type === 'SURVEY_ANSWER') {
      if (!ref.responseId || !UUID.test(ref.responseId) || !ref.questionId) {
        throw badInput('A survey answer source needs a responseId and a questionId.', {
          field: 'source',
        });
      }
      const [row] = await this.responses.answerSources([
        { responseId: ref.responseId, questionId: ref.questionId },
      ]);
      if (!row) throw notFound('The survey response');
      await guard?.(row.studyId);
      const definition = await this.versions.get(row.surveyId, row.surveyVersion);
      const question = definition.questions.find((q) => q.id === ref.questionId);
      if (!question || row.value === null) throw notFound('That answer');
      if (isPrivateQuestion(question))
        throw badInput('Email answers are private and cannot be coded or quoted.', {
          field: 'source.questionId',
        });
      return {
        studyId: row.studyId,
        text: answerText(question, row.value),
        isInterviewer: false,
        participantId: row.participantId,
        label: `${row.surveyTitle}: "${question.title}"`,
        interviewId: null,
        speaker: null,
        startMs: null,
        questionTitle: question.title,
        conversationId: null,
      };
    }
    if (ref.type === 'FEEDBACK_MESSAGE') {
      if (!ref.messageId || !UUID.test(ref.messageId))
        throw badInput('A feedback source needs a messageId.', { field: 'source.messageId' });
      const row = await this.feedback.source(ref.messageId);
      if (!row) throw notFound('The feedback message');
      await guard?.(row.studyId);
      return {
        studyId: row.studyId,
        text: row.text,
        // An agent's reply is codable but never a customer's words, like an interviewer's turn.
        isInterviewer: row.role === 'AGENT',
        participantId: row.participantId,
        label: `${row.title}, message ${row.index + 1}`,
        interviewId: null,
        speaker: row.role === 'AGENT' ? 'Agent' : 'Customer',
        startMs: null,
        questionTitle: null,
        conversationId: row.conversationId,
      };
    }
    if (ref.type === 'ANALYTICS_SUMMARY') {
      if (!ref.summaryId || !UUID.test(ref.summaryId))
        throw badInput('An analytics source needs a summaryId.', { field: 'source.summaryId' });
      const [row] = await this.analytics.byIds([ref.summaryId]);
      if (!row) throw notFound('The behaviour summary');
      await guard?.(row.studyId);
      return {
        studyId: row.studyId,
        text: row.text,
        isInterviewer: false,
        participantId: row.participantId,
        label: 'Product analytics: behaviour summary',
        interviewId: null,
        speaker: null,
        startMs: null,
        questionTitle: null,
        conversationId: null,
      };
    }
    throw badInput(
      'The source type must be TRANSCRIPT_SEGMENT, SURVEY_ANSWER, FEEDBACK_MESSAGE or ANALYTICS_SUMMARY.',
      {
        field: 'source.type',
      },
    );
  }
}

/** Offsets are UTF-16 code units, end exclusive, inside the text, and must not split a surrogate pair. */
export function checkSpan(text: string, start: number, end: number): string {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end <= start ||
    end > text.length
  ) {
    throw badInput(
      `The span ${start}–${end} is outside the source text (length ${text.length}); start must be ≥ 0 and before end.`,
      { field: 'start' },
    );
  }
  const splits = (i: number) =>
    i > 0 &&
    i < text.length &&
    /[\uDC00-\uDFFF]/.test(text[i]) &&
    /[\uD800-\uDBFF]/.test(text[i - 1]);
  if (splits(start) || splits(end))
    throw badInput('The span cuts a character in half (an emoji or similar); move it by one.', {
      field: 'start',
    });
  return text.slice(start, end);
}
