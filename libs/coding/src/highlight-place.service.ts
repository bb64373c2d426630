import { Injectable } from '@nestjs/common';
import { Right, batchLoad, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import { StudyAccessService } from '@persona-lab/studies';
import { ResponseReader, SurveyReader, surveyQuestionKey } from '@persona-lab/surveys';
import { CodeRepository } from './data/code.repository';
import { HighlightRepository } from './data/highlight.repository';
import type { Highlight, SourceRef } from './models/coding.model';
import type { CodeHighlightPage, HighlightPlace } from './models/highlight-place.model';

/** The most highlights one page of a code's list holds. */
export const MAX_HIGHLIGHT_PAGE = 100;

const NOWHERE: HighlightPlace = {
  label: 'Text that is no longer there',
  interviewId: null,
  surveyId: null,
  speaker: null,
  conversationId: null,
};

/** A code's highlights page by page, and where each highlight sits (for links to its passage). */
@Injectable()
export class HighlightPlaceService {
  constructor(
    private readonly highlights: HighlightRepository,
    private readonly codes: CodeRepository,
    private readonly access: StudyAccessService,
    private readonly transcripts: TranscriptReader,
    private readonly responses: ResponseReader,
    private readonly surveys: SurveyReader,
    private readonly feedback: FeedbackReader,
  ) {}

  /** A page of a code's suggested and accepted highlights, oldest first (rejected ones are left out). */
  async pageOfCode(
    user: AuthUser,
    codeId: string,
    first: number,
    offset: number,
  ): Promise<CodeHighlightPage> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_HIGHLIGHT_PAGE)
      throw badInput(`Ask for 1 to ${MAX_HIGHLIGHT_PAGE} highlights at a time.`, {
        field: 'first',
      });
    if (!Number.isInteger(offset) || offset < 0)
      throw badInput('The offset is a whole number, 0 or more.', { field: 'offset' });
    const { studyId } = await this.access.requireVia(
      user,
      (id) => this.codes.studyOf(id),
      codeId,
      Right.READ,
      'The code',
    );
    const all = (await this.highlights.list(studyId, null, codeId)).filter(
      (h) => h.status !== 'REJECTED',
    );
    return { totalCount: all.length, nodes: all.slice(offset, offset + first) };
  }

  /** `place` for a field resolved once per highlight: one query per kind of source per tick of the request `ctx`. */
  placeBatched(ctx: object, highlight: Highlight): Promise<HighlightPlace> {
    return batchLoad(
      ctx,
      'coding.highlightPlace',
      (sources: readonly SourceRef[]) => this.places(sources),
      highlight.source,
    );
  }

  /** Where each source is, in the order given. */
  async places(sources: readonly SourceRef[]): Promise<HighlightPlace[]> {
    const segmentIds = [
      ...new Set(
        sources.flatMap((s) =>
          s.type === 'TRANSCRIPT_SEGMENT' && s.segmentId ? [s.segmentId] : [],
        ),
      ),
    ];
    const answerRefs = sources.flatMap((s) =>
      s.type === 'SURVEY_ANSWER' && s.responseId && s.questionId
        ? [{ responseId: s.responseId, questionId: s.questionId }]
        : [],
    );
    const messageIds = [
      ...new Set(
        sources.flatMap((s) => (s.type === 'FEEDBACK_MESSAGE' && s.messageId ? [s.messageId] : [])),
      ),
    ];
    const [segments, answers, messages] = await Promise.all([
      this.transcripts.sources(segmentIds),
      this.responses.answerSources(answerRefs),
      this.feedback.byIds(messageIds),
    ]);
    const messageOf = new Map(messages.map((m) => [m.id, m]));
    const titles = await this.surveys.questionTitles(
      answers.map((a) => ({ surveyId: a.surveyId, questionId: a.questionId })),
    );
    const segmentOf = new Map(segments.map((s) => [s.id, s]));
    const answerOf = new Map(answers.map((a) => [`${a.responseId}|${a.questionId}`, a]));
    return sources.map((s): HighlightPlace => {
      if (s.type === 'TRANSCRIPT_SEGMENT') {
        const segment = s.segmentId ? segmentOf.get(s.segmentId) : undefined;
        if (!segment) return NOWHERE;
        return {
          label: `${segment.title}, turn ${segment.index + 1}`,
          interviewId: segment.interviewId,
          surveyId: null,
          speaker: segment.speaker,
          conversationId: null,
        };
      }
      if (s.type === 'SURVEY_ANSWER') {
        const answer = answerOf.get(`${s.responseId}|${s.questionId}`);
        if (!answer) return NOWHERE;
        const question = titles.get(
          surveyQuestionKey({ surveyId: answer.surveyId, questionId: answer.questionId }),
        );
        return {
          label: question ? `${answer.surveyTitle}: “${question}”` : answer.surveyTitle,
          interviewId: null,
          surveyId: answer.surveyId,
          speaker: null,
          conversationId: null,
        };
      }
      const message = s.messageId ? messageOf.get(s.messageId) : undefined;
      if (!message) return NOWHERE;
      return {
        label: `${message.title}, message ${message.index + 1}`,
        interviewId: null,
        surveyId: null,
        speaker: message.role === 'AGENT' ? 'Agent' : 'Customer',
        conversationId: message.conversationId,
      };
    });
  }
}
