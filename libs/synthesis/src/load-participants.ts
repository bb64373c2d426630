import { Injectable } from '@nestjs/common';
import { AnalyticsReader } from '@persona-lab/analytics';
import { CodedHighlightReader } from '@persona-lab/coding';
import { FeedbackReader } from '@persona-lab/feedback';
import { TranscriptReader } from '@persona-lab/interviews';
import { ParticipantReader } from '@persona-lab/studies';
import { answerText, isPrivateQuestion, type Question } from '@persona-lab/survey-logic';
import { ResponseReader, SurveyReader } from '@persona-lab/surveys';
import type { AnswerInput, CodeInput, ParticipantInput, TextInput, TextSource } from './engine';

const CHOICE = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DROPDOWN', 'RANKING']);
const NUMBER = new Set(['RATING', 'LIKERT', 'NPS', 'NUMBER']);
const TEXT = new Set(['SHORT_TEXT', 'LONG_TEXT']);
const SCALE = new Set(['RATING', 'LIKERT', 'NPS']);
/** Rows handled between two turns of the event loop, so the API keeps answering while a big study loads. */
const ROWS_PER_TURN = 500;
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadedStudy {
  participants: ParticipantInput[];
  /** Engine participant id → participant table id (null for unlinked respondents). */
  participantRow: Map<string, string | null>;
  /** The complete responses left out for quality flags, and why; absent when they were included. */
  excluded?: { count: number; reasons: { reason: string; count: number }[] };
}

/**
 * Everything synthesis may use, and nothing it may not: complete responses
 * (answers to questions whose personaField is not NONE, never EMAIL answers,
 * never sensitive questions unless the researcher opted one in for description),
 * interviewee turns (never the interviewer's), customers' feedback messages (never
 * an agent's) and the highlights on them that
 * nobody rejected (suggested ones — e.g. a discovered theme's member sentences —
 * go in marked as not accepted, so the engine weighs them less).
 * A response, an interview and a feedback conversation linked to the same participant become one row.
 * Every table is read through its owner's reader.
 */
@Injectable()
export class StudyParticipantsLoader {
  constructor(
    private readonly surveys: SurveyReader,
    private readonly responses: ResponseReader,
    private readonly participants: ParticipantReader,
    private readonly transcripts: TranscriptReader,
    private readonly highlights: CodedHighlightReader,
    private readonly feedback: FeedbackReader,
    private readonly analytics: AnalyticsReader,
  ) {}

  /**
   * @param options.includeFlagged - responses with quality flags go in too (default: left out,
   *   and `excluded` says how many and why)
   */
  async load(studyId: string, options: { includeFlagged?: boolean } = {}): Promise<LoadedStudy> {
    const includeFlagged = options.includeFlagged === true;
    const [versions, responses, turns, messages, flagged] = await Promise.all([
      this.surveys.versionsOfStudy(studyId),
      this.responses.completeOfStudy(studyId, { excludeFlagged: !includeFlagged }),
      this.transcripts.participantTurns(studyId),
      this.feedback.customerMessages(studyId),
      includeFlagged ? null : this.responses.flaggedOfStudy(studyId),
    ]);
    const labels = await this.labels([...responses, ...turns, ...messages]);
    const defs = new Map(versions.map((v) => [`${v.surveyId}:${v.version}`, v.definition]));
    const byKey = new Map<string, ParticipantInput>();
    const participantRow = new Map<string, string | null>();
    const sources = new Map<string, TextSource>();
    const get = (key: string, label: string, row: string | null) => {
      let p = byKey.get(key);
      if (!p) {
        p = { id: key, label, answers: [], texts: [], codes: [] };
        byKey.set(key, p);
        participantRow.set(key, row);
      }
      return p;
    };

    for (let i = 0; i < responses.length; i++) {
      if (i > 0 && i % ROWS_PER_TURN === 0) await yieldTurn();
      const r = responses[i];
      const def = defs.get(`${r.surveyId}:${r.surveyVersion}`);
      if (!def) continue;
      const p = r.participantId
        ? get(`p:${r.participantId}`, labels.get(r.participantId) ?? 'Participant', r.participantId)
        : get(`r:${r.id}`, `Respondent ${r.id.slice(0, 6)}`, null);
      for (const q of def.questions) {
        const value = r.answers[q.id];
        if (value === undefined || q.personaField === 'NONE' || isPrivateQuestion(q)) continue;
        // A sensitive answer never leaves the database for synthesis unless opted in for description.
        if (q.sensitive && !q.sensitiveOptIn) continue;
        const answer = toAnswer(q, value, r.id);
        if (!answer) continue;
        p.answers.push(answer);
        if (answer.sensitive) continue; // described only: never a quotable source or open text
        sources.set(`ans:${r.id}:${q.id}`, answer.source);
        if (answer.kind === 'text')
          p.texts.push({
            ...answer.source,
            kind: 'answer',
            personaField: q.personaField,
          } satisfies TextInput);
      }
    }

    for (let i = 0; i < turns.length; i++) {
      if (i > 0 && i % ROWS_PER_TURN === 0) await yieldTurn();
      const s = turns[i];
      const p = s.participantId
        ? get(`p:${s.participantId}`, labels.get(s.participantId) ?? s.title, s.participantId)
        : get(`i:${s.interviewId}`, s.title, null);
      const source: TextInput = {
        ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id },
        text: s.text,
        kind: 'turn',
      };
      p.texts.push(source);
      sources.set(`seg:${s.id}`, source);
    }

    // Customers' feedback messages are their own words, like interviewee turns (agent replies never
    // come here): a conversation linked to a participant joins that participant's row, an unlinked
    // one is a participant of its own.
    for (let i = 0; i < messages.length; i++) {
      if (i > 0 && i % ROWS_PER_TURN === 0) await yieldTurn();
      const m = messages[i];
      if (m.role !== 'CUSTOMER') continue;
      const p = m.participantId
        ? get(`p:${m.participantId}`, labels.get(m.participantId) ?? m.title, m.participantId)
        : get(`c:${m.conversationId}`, m.title, null);
      const source: TextInput = {
        ref: { type: 'FEEDBACK_MESSAGE', messageId: m.id },
        text: m.text,
        kind: 'turn',
      };
      p.texts.push(source);
      sources.set(`msg:${m.id}`, source);
    }

    const highlights = await this.highlights.notRejected(studyId);
    const owner = new Map<string, ParticipantInput>();
    for (const p of byKey.values())
      for (const t of p.texts.concat(p.answers.map((a) => a.source))) owner.set(refKey(t.ref), p);
    for (const h of highlights) {
      const key = refKey({
        type: h.sourceType,
        segmentId: h.segmentId ?? undefined,
        responseId: h.responseId ?? undefined,
        questionId: h.questionId ?? undefined,
        messageId: h.messageId ?? undefined,
      });
      const source = sources.get(key);
      const p = source && owner.get(key);
      // Highlights on interviewer turns, agent messages, NONE questions or private answers have no source here, so they are never used.
      if (!source || !p || h.end > source.text.length) continue;
      const code: CodeInput = {
        codeId: h.codeId,
        codeName: h.codeName,
        category: h.category,
        source,
        start: h.start,
        end: h.end,
        accepted: h.status === 'ACCEPTED',
      };
      p.codes.push(code);
    }
    // Behaviour from product analytics: only participants linked elsewhere have a summary, and
    // only those who are already in the study's data here gain behaviours (a summary alone is not a person).
    for (const summary of await this.analytics.linkedSummaries(studyId)) {
      const p = byKey.get(`p:${summary.participantId}`);
      if (!p) continue;
      const source: TextSource = {
        ref: { type: 'ANALYTICS_SUMMARY', summaryId: summary.id },
        text: summary.text,
      };
      p.behaviours = summary.features.flatMap((f) =>
        f.perWeek === undefined || f.start === undefined || f.end === undefined
          ? []
          : [{ key: f.key, label: f.label, perWeek: f.perWeek, source, start: f.start, end: f.end }],
      );
    }
    return {
      participants: [...byKey.values()],
      participantRow,
      ...(flagged ? { excluded: { count: flagged.flaggedCount, reasons: flagged.reasons } } : {}),
    };
  }

  /** The label of every participant the rows are linked to, in one query. */
  private async labels(rows: { participantId: string | null }[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.flatMap((r) => (r.participantId ? [r.participantId] : [])))];
    return new Map((await this.participants.byIds(ids)).map((p) => [p.id, p.label]));
  }
}

const refKey = (ref: TextSource['ref']) =>
  ref.type === 'TRANSCRIPT_SEGMENT'
    ? `seg:${ref.segmentId}`
    : ref.type === 'FEEDBACK_MESSAGE'
      ? `msg:${ref.messageId}`
      : `ans:${ref.responseId}:${ref.questionId}`;

function toAnswer(q: Question, value: unknown, responseId: string): AnswerInput | null {
  const text = answerText(q, value);
  if (!text) return null;
  const base = {
    questionId: q.id,
    questionTitle: q.title,
    personaField: q.personaField,
    source: { ref: { type: 'SURVEY_ANSWER' as const, responseId, questionId: q.id }, text },
    ...(q.sensitive ? { sensitive: true, describeOnly: true } : {}),
  };
  if (CHOICE.has(q.type)) {
    const ids = Array.isArray(value) ? value : [value];
    return {
      ...base,
      kind: 'choice',
      multiple: q.type === 'MULTIPLE_CHOICE',
      choiceLabels: ids.map((id) => q.options?.find((o) => o.id === id)?.label ?? String(id)),
    };
  }
  if (NUMBER.has(q.type) && typeof value === 'number') {
    const scale = SCALE.has(q.type)
      ? q.type === 'NPS'
        ? { min: 0, max: 10 }
        : { min: q.min ?? 1, max: q.max ?? 5 }
      : undefined;
    return { ...base, kind: 'number', number: value, ...(scale ? { scale } : {}) };
  }
  if (TEXT.has(q.type)) return { ...base, kind: 'text' };
  return null;
}
