import { Injectable } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import { StudyAccessService } from '@persona-lab/studies';
import { ResponseReader } from '@persona-lab/surveys';
import { MIN_SHARED_UNITS, codingAgreement, sharedUnits } from './agreement';
import { unitKey } from './coding-units';
import { CodeRepository } from './data/code.repository';
import { HighlightRepository } from './data/highlight.repository';
import type { ApplyCodeInput } from './dto/coding.input';
import type { Agreement, Highlight, HighlightStatus } from './models/coding.model';
import { SourceTextService, checkSpan } from './source-text.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Highlights: people apply codes to spans; suggestions wait for a person to accept or reject them. */
@Injectable()
export class HighlightService {
  constructor(
    private readonly highlights: HighlightRepository,
    private readonly codes: CodeRepository,
    private readonly access: StudyAccessService,
    private readonly sources: SourceTextService,
    private readonly transcripts: TranscriptReader,
    private readonly responses: ResponseReader,
    private readonly feedback: FeedbackReader,
  ) {}

  /** A highlight a person applies is ACCEPTED; offsets are checked against the source text. */
  async apply(user: AuthUser, input: ApplyCodeInput): Promise<Highlight> {
    const { studyId } = await this.access.requireVia(
      user,
      (id) => this.codes.studyOf(id),
      input.codeId,
      Right.RESEARCH,
      'The code',
    );
    if (input.source.type === 'ANALYTICS_SUMMARY')
      throw badInput(
        'A behaviour summary from product analytics is evidence, not text to code; code answers, transcripts or feedback.',
        { field: 'source.type' },
      );
    // Text of another study is answered exactly like text that does not exist.
    const source = await this.sources.resolve(input.source, (sourceStudy) => {
      if (sourceStudy !== studyId)
        throw notFound(
          input.source.type === 'TRANSCRIPT_SEGMENT'
            ? 'The transcript segment'
            : input.source.type === 'FEEDBACK_MESSAGE'
              ? 'The feedback message'
              : 'The survey response',
        );
    });
    const text = checkSpan(source.text, input.start, input.end);
    const id = await this.highlights.insertAccepted(studyId, user.id, {
      codeId: input.codeId,
      source: {
        type: input.source.type,
        segmentId:
          input.source.type === 'TRANSCRIPT_SEGMENT' ? (input.source.segmentId ?? null) : null,
        responseId:
          input.source.type === 'SURVEY_ANSWER' ? (input.source.responseId ?? null) : null,
        questionId:
          input.source.type === 'SURVEY_ANSWER' ? (input.source.questionId ?? null) : null,
        messageId:
          input.source.type === 'FEEDBACK_MESSAGE' ? (input.source.messageId ?? null) : null,
      },
      start: input.start,
      end: input.end,
      text,
    });
    if (!id) throw conflict('You have already applied this code to exactly this span.');
    return this.byId(id);
  }

  async byId(id: string): Promise<Highlight> {
    const h = await this.highlights.byId(id);
    if (!h) throw notFound('The highlight');
    return h;
  }

  async remove(user: AuthUser, id: string): Promise<boolean> {
    await this.access.requireVia(
      user,
      (x) => this.highlights.studyOf(x),
      id,
      Right.RESEARCH,
      'The highlight',
    );
    await this.highlights.remove(id);
    return true;
  }

  /** Accepting or rejecting a suggestion; a person's own highlights are already accepted. */
  async review(user: AuthUser, id: string, accept: boolean): Promise<Highlight> {
    await this.access.requireVia(
      user,
      (x) => this.highlights.studyOf(x),
      id,
      Right.RESEARCH,
      'The highlight',
    );
    if (!(await this.highlights.review(id, accept ? 'ACCEPTED' : 'REJECTED'))) {
      throw conflict(
        'This highlight is not a pending suggestion any more (it was already reviewed).',
      );
    }
    return this.byId(id);
  }

  /** One decision for several suggestions of one study (a group of the same text), all in one statement. */
  async reviewMany(user: AuthUser, ids: string[], accept: boolean): Promise<number> {
    const { studyId, unique } = await this.studyOfMany(user, ids);
    return this.highlights.reviewMany(studyId, unique, accept ? 'ACCEPTED' : 'REJECTED');
  }

  /** Undo of a review: these suggestions are pending again (those already pending are skipped). */
  async reopen(user: AuthUser, ids: string[]): Promise<number> {
    const { studyId, unique } = await this.studyOfMany(user, ids);
    return this.highlights.reopen(studyId, unique);
  }

  /** The one study of these highlights, which the user may code. */
  private async studyOfMany(
    user: AuthUser,
    ids: string[],
  ): Promise<{ studyId: string; unique: string[] }> {
    const unique = [...new Set(ids)];
    if (unique.length === 0 || unique.length > 1000)
      throw badInput('Review 1 to 1,000 suggestions at once.');
    const studies = unique.every((id) => UUID.test(id))
      ? await this.highlights.studiesOf(unique)
      : [];
    // Unknown ids, or ids of several studies, are answered like a highlight that does not exist.
    if (studies.length !== 1 || studies[0].n !== unique.length) throw notFound('The highlight');
    const { studyId } = studies[0];
    // A highlight of a study the user cannot see reads exactly like an unknown one.
    await this.access.requireVia(
      user,
      async () => studyId,
      unique[0],
      Right.RESEARCH,
      'The highlight',
    );
    return { studyId, unique };
  }

  /** Accepts every pending suggestion of a code whose confidence is at least `minConfidence`. */
  async acceptAbove(
    user: AuthUser,
    studyId: string,
    codeId: string,
    minConfidence: number,
  ): Promise<number> {
    if (!(minConfidence >= 0 && minConfidence <= 1))
      throw badInput('The confidence is between 0 and 1.');
    if (!UUID.test(studyId)) throw notFound('The study');
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    if (!UUID.test(codeId) || (await this.codes.studyOf(codeId)) !== studyId)
      throw notFound('The code');
    return this.highlights.acceptAbove(studyId, codeId, minConfidence);
  }

  async list(
    user: AuthUser,
    studyId: string,
    status?: HighlightStatus | null,
    codeId?: string | null,
  ): Promise<Highlight[]> {
    await this.access.requireStudy(user, studyId, Right.READ);
    return this.highlights.list(studyId, status, codeId);
  }

  /** Agreement between two coders over the text units both judged; see `sharedUnits` and `codingAgreement`. */
  async agreement(
    user: AuthUser,
    studyId: string,
    coderA: string,
    coderB: string,
  ): Promise<Agreement> {
    await this.access.requireStudy(user, studyId, Right.READ);
    if (coderA === coderB) throw badInput('Compare two different coders.');
    // A model "made a call" on every suggestion it gave, whatever a person later decided.
    const calls = await this.highlights.coderCalls(studyId, [coderA, coderB]);
    const segmentIds = [
      ...new Set(
        calls.flatMap((c) => (c.type === 'TRANSCRIPT_SEGMENT' && c.segmentId ? [c.segmentId] : [])),
      ),
    ];
    const responseIds = calls.flatMap((c) =>
      c.type === 'SURVEY_ANSWER' && c.responseId ? [c.responseId] : [],
    );
    const messageIds = [
      ...new Set(
        calls.flatMap((c) => (c.type === 'FEEDBACK_MESSAGE' && c.messageId ? [c.messageId] : [])),
      ),
    ];
    const [interviewOf, surveyOf, conversationOf] = await Promise.all([
      this.transcripts
        .interviewsOfSegments(segmentIds)
        .then((rows) => new Map(rows.map((r) => [r.segmentId, r.interviewId]))),
      this.responses.surveysOf(responseIds),
      (messageIds.length ? this.feedback.byIds(messageIds) : Promise.resolve([])).then(
        (rows) => new Map(rows.map((r) => [r.id, r.conversationId])),
      ),
    ]);
    // A source is an interview, one question of a survey or a feedback conversation; a unit is a
    // segment, one answer or one message.
    const sourceOf = (c: (typeof calls)[number]): string | null => {
      if (c.type === 'FEEDBACK_MESSAGE') {
        const conversation = conversationOf.get(c.messageId!);
        return conversation ? `fb:${conversation}` : null;
      }
      const owner =
        c.type === 'TRANSCRIPT_SEGMENT'
          ? interviewOf.get(c.segmentId!)
          : surveyOf.get(c.responseId!);
      if (!owner) return null; // its text was deleted meanwhile
      return c.type === 'TRANSCRIPT_SEGMENT' ? `iv:${owner}` : `sq:${owner}:${c.questionId}`;
    };
    const rows = calls.map((c) => ({
      coder: c.coder,
      code_id: c.codeId,
      source: sourceOf(c),
      unit: unitKey(c),
    }));
    // Only the text units both coders judged count (see `sharedUnits`).
    const judged = (coder: string) =>
      rows.flatMap((r) => (r.coder === coder && r.source ? [r.unit] : []));
    const units = sharedUnits(judged(coderA), judged(coderB));
    const codes = await this.codes.list(studyId);
    const decided = (coder: string) =>
      new Set(rows.filter((r) => r.coder === coder).map((r) => `${r.unit}|${r.code_id}`));
    const setA = decided(coderA);
    const setB = decided(coderB);
    return {
      coderA,
      coderB,
      sharedUnits: units.length,
      minSharedUnits: MIN_SHARED_UNITS,
      enough: units.length >= MIN_SHARED_UNITS,
      ...codingAgreement(
        units,
        codes.map((c) => c.id),
        setA,
        setB,
      ),
      perCode: codes.map((c) => ({
        codeId: c.id,
        codeName: c.name,
        ...codingAgreement(units, [c.id], setA, setB),
      })),
    };
  }
}
