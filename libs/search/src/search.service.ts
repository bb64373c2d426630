import { Injectable } from '@nestjs/common';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { CodingSearchReader, type CodedSources } from '@persona-lab/coding';
import type { TextSearchWindow } from '@persona-lab/db';
import { badInput, notFound } from '@persona-lab/errors';
import { FeedbackReader, FeedbackSearchReader } from '@persona-lab/feedback';
import { TranscriptReader, TranscriptSearchReader } from '@persona-lab/interviews';
import { PersonaSearchReader } from '@persona-lab/personas';
import { redact } from '@persona-lab/privacy';
import { StudyService } from '@persona-lab/studies';
import { AnswerSearchReader, ResponseReader } from '@persona-lab/surveys';
import { HeadlineReader } from './data/headline.reader';
import { afterFor, before, decodeCursor, encodeCursor, type SearchPosition } from './search-cursor';
import {
  SEARCH_SOURCES,
  type SearchHit,
  type SearchResultConnection,
  type SearchSource,
} from './models/search.model';
import { parseHeadline } from './snippet';

/** The longest query accepted, in characters. */
export const MAX_QUERY_LENGTH = 200;
/** The largest page. */
export const MAX_PAGE = 50;

export interface SearchArgs {
  workspaceId: string;
  query: string;
  studyId?: string | null;
  sources?: readonly SearchSource[] | null;
  codeId?: string | null;
  first?: number | null;
  after?: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\uE000\uE001]+/g;

/** The query as searched: control characters and sentinels turned to spaces, spaces collapsed, trimmed. */
export function normalizeQuery(raw: string): string {
  const query = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (query.length > MAX_QUERY_LENGTH)
    throw badInput(`Keep the search to ${MAX_QUERY_LENGTH} characters or fewer.`, {
      field: 'query',
    });
  return query;
}

/** A row of one reader, before the page is cut: its place in the order, the text to snip, the rest of the hit. */
interface Candidate {
  pos: SearchPosition;
  text: string;
  hit: Omit<SearchHit, 'snippet' | 'highlights' | 'studyName' | 'link' | 'rank' | 'source' | 'id'>;
}

const EMPTY: SearchResultConnection = { nodes: [], endCursor: null, hasNextPage: false };
const STATUS_WORDS: Record<string, string> = {
  DRAFT: 'Draft persona',
  IN_REVIEW: 'Persona in review',
  APPROVED: 'Approved persona',
  REJECTED: 'Rejected persona',
};
const none = {
  speakerRole: null,
  interviewId: null,
  segmentId: null,
  surveyId: null,
  responseId: null,
  questionId: null,
  codeId: null,
  personaId: null,
  messageId: null,
  conversationId: null,
} as const;

/**
 * Search across a workspace: asks each owner's search reader (transcripts, answers, feedback
 * messages, highlights, codes, personas) for its best `first + 1` rows after the cursor, merges them by rank, cuts the
 * page, and snips each hit with `ts_headline` over its text with emails and phones redacted first.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly access: AccessService,
    private readonly studies: StudyService,
    private readonly transcripts: TranscriptSearchReader,
    private readonly segments: TranscriptReader,
    private readonly answers: AnswerSearchReader,
    private readonly responses: ResponseReader,
    private readonly coding: CodingSearchReader,
    private readonly personas: PersonaSearchReader,
    private readonly headlines: HeadlineReader,
    private readonly feedback: FeedbackSearchReader,
    private readonly messages: FeedbackReader,
  ) {}

  async search(user: AuthUser, args: SearchArgs): Promise<SearchResultConnection> {
    const query = normalizeQuery(args.query);
    const first = args.first ?? 20;
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
      throw badInput(`Ask for 1 to ${MAX_PAGE} results at a time.`, { field: 'first' });
    const after = args.after ? decodeCursor(args.after) : null;
    if (!UUID.test(args.workspaceId)) throw notFound('The workspace');
    if (args.codeId != null && !UUID.test(args.codeId)) throw notFound('The code');
    // One round trip for the three: nothing read here leaves this method unless access passed.
    const [, studies, hasTerms] = await Promise.all([
      this.access.requireWorkspace(user, args.workspaceId, Right.READ),
      this.studies.listForWorkspace(args.workspaceId),
      query ? this.headlines.hasTerms(query) : false,
    ]);
    const names = new Map(studies.map((s) => [s.id, s.name]));
    let studyIds = studies.map((s) => s.id);
    if (args.studyId != null) {
      if (!names.has(args.studyId)) throw notFound('The study');
      studyIds = [args.studyId];
    }
    if (!hasTerms || !studyIds.length) return EMPTY;

    const sources = new Set<SearchSource>(args.sources?.length ? args.sources : SEARCH_SOURCES);
    // Narrowed to a code: its highlights, the turns and answers they mark, the code itself.
    if (args.codeId) sources.delete('PERSONA');
    const coded: CodedSources | null = args.codeId
      ? await this.coding.codedSources(studyIds, args.codeId)
      : null;
    const win = (s: SearchSource): TextSearchWindow => ({
      studyIds,
      query,
      limit: first + 1,
      after: afterFor(s, after),
    });
    const pos = (source: SearchSource, r: { rank: number; key: string }): SearchPosition => ({
      rank: r.rank,
      source,
      key: r.key,
    });
    const reads: Promise<Candidate[]>[] = [];
    if (sources.has('TRANSCRIPT'))
      reads.push(
        this.transcripts.search(win('TRANSCRIPT'), coded?.segmentIds).then((rows) =>
          rows.map((r) => ({
            pos: pos('TRANSCRIPT', r),
            text: r.text,
            hit: {
              ...none,
              title: r.title,
              context: [r.isInterviewer ? 'Interviewer' : 'Interviewee', r.speaker]
                .filter(Boolean)
                .join(' · '),
              studyId: r.studyId,
              speakerRole: r.isInterviewer ? 'INTERVIEWER' : 'INTERVIEWEE',
              interviewId: r.interviewId,
              segmentId: r.segmentId,
            },
          })),
        ),
      );
    if (sources.has('ANSWER'))
      reads.push(
        this.answers.search(win('ANSWER'), coded?.answers).then((rows) =>
          rows.map((r) => ({
            pos: pos('ANSWER', r),
            text: r.text,
            hit: {
              ...none,
              title: r.questionTitle || 'Survey answer',
              context: r.surveyTitle,
              studyId: r.studyId,
              surveyId: r.surveyId,
              responseId: r.responseId,
              questionId: r.questionId,
            },
          })),
        ),
      );
    if (sources.has('FEEDBACK'))
      reads.push(
        this.feedback.search(win('FEEDBACK'), coded?.messageIds).then((rows) =>
          rows.map((r) => ({
            pos: pos('FEEDBACK', r),
            text: r.text,
            hit: {
              ...none,
              title: r.title,
              context: `${r.role === 'AGENT' ? 'Agent' : 'Customer'} · message ${r.index + 1}`,
              studyId: r.studyId,
              messageId: r.messageId,
              conversationId: r.conversationId,
            },
          })),
        ),
      );
    if (sources.has('HIGHLIGHT'))
      reads.push(
        this.coding.searchHighlights(win('HIGHLIGHT'), args.codeId).then((rows) =>
          rows.map((r) => ({
            pos: pos('HIGHLIGHT', r),
            text: r.text,
            hit: {
              ...none,
              title: r.codeName,
              context:
                r.sourceType === 'TRANSCRIPT_SEGMENT'
                  ? 'Highlight in a transcript'
                  : r.sourceType === 'FEEDBACK_MESSAGE'
                    ? 'Highlight in feedback'
                    : 'Highlight in a survey answer',
              studyId: r.studyId,
              segmentId: r.segmentId,
              responseId: r.responseId,
              questionId: r.questionId,
              messageId: r.messageId,
              codeId: r.codeId,
            },
          })),
        ),
      );
    if (sources.has('CODE'))
      reads.push(
        this.coding.searchCodes(win('CODE'), args.codeId).then((rows) =>
          rows.map((r) => ({
            pos: pos('CODE', r),
            text: r.description ? `${r.name} — ${r.description}` : r.name,
            hit: {
              ...none,
              title: r.name,
              context: `Code · ${r.highlightCount} highlight${r.highlightCount === 1 ? '' : 's'}`,
              studyId: r.studyId,
              codeId: r.codeId,
            },
          })),
        ),
      );
    if (sources.has('PERSONA'))
      reads.push(
        this.personas.search(win('PERSONA')).then((rows) =>
          rows.map((r) => ({
            pos: pos('PERSONA', r),
            text: r.text,
            hit: {
              ...none,
              title: r.name || 'Persona',
              context: STATUS_WORDS[r.status] ?? 'Persona',
              studyId: r.studyId,
              personaId: r.personaId,
            },
          })),
        ),
      );

    const merged = (await Promise.all(reads))
      .flat()
      .sort((a, b) => (before(a.pos, b.pos) ? -1 : before(b.pos, a.pos) ? 1 : 0));
    const page = merged.slice(0, first);
    if (!page.length) return EMPTY;
    await this.placeHighlights(page);
    const heads = await this.headlines.headlines(
      query,
      page.map((c) => redact(c.text)),
    );
    const nodes: SearchHit[] = page.map((c, i) => {
      const snippet = parseHeadline(heads[i] ?? '');
      return {
        ...c.hit,
        source: c.pos.source,
        id: c.pos.key,
        rank: c.pos.rank,
        snippet: snippet.text,
        highlights: snippet.ranges,
        studyName: names.get(c.hit.studyId) ?? '',
        link: linkOf(c.pos.source, c.hit),
      };
    });
    const hasNextPage = merged.length > first;
    return {
      nodes,
      hasNextPage,
      endCursor: hasNextPage ? encodeCursor(page[page.length - 1].pos) : null,
    };
  }

  /** Fills in the interview of highlighted turns, the survey of highlighted answers and the conversation of highlighted messages (for their links). */
  private async placeHighlights(page: Candidate[]): Promise<void> {
    const highlights = page.filter((c) => c.pos.source === 'HIGHLIGHT');
    const segmentIds = highlights.flatMap((c) => (c.hit.segmentId ? [c.hit.segmentId] : []));
    const responseIds = highlights.flatMap((c) => (c.hit.responseId ? [c.hit.responseId] : []));
    const messageIds = highlights.flatMap((c) => (c.hit.messageId ? [c.hit.messageId] : []));
    const [interviews, surveys, messages] = await Promise.all([
      segmentIds.length ? this.segments.interviewsOfSegments(segmentIds) : [],
      responseIds.length ? this.responses.surveysOf(responseIds) : new Map<string, string>(),
      messageIds.length ? this.messages.byIds(messageIds) : [],
    ]);
    const interviewOf = new Map(interviews.map((s) => [s.segmentId, s.interviewId]));
    const conversationOf = new Map(messages.map((m) => [m.id, m.conversationId]));
    for (const c of highlights) {
      if (c.hit.segmentId) c.hit.interviewId = interviewOf.get(c.hit.segmentId) ?? null;
      if (c.hit.responseId) c.hit.surveyId = surveys.get(c.hit.responseId) ?? null;
      if (c.hit.messageId) c.hit.conversationId = conversationOf.get(c.hit.messageId) ?? null;
    }
  }
}

/** The app path that opens a hit's passage. */
export function linkOf(source: SearchSource, h: Candidate['hit']): string {
  const q = encodeURIComponent;
  const answer = () =>
    `/surveys/${q(h.surveyId ?? '')}/results?response=${q(h.responseId ?? '')}&question=${q(h.questionId ?? '')}`;
  const turn = () => `/interviews/${q(h.interviewId ?? '')}?segment=${q(h.segmentId ?? '')}`;
  const message = () =>
    `/studies/${q(h.studyId)}/feedback/${q(h.conversationId ?? '')}#m-${q(h.messageId ?? '')}`;
  switch (source) {
    case 'TRANSCRIPT':
      return turn();
    case 'ANSWER':
      return answer();
    case 'FEEDBACK':
      return message();
    case 'HIGHLIGHT':
      if (h.interviewId) return turn();
      if (h.surveyId) return answer();
      if (h.conversationId) return message();
      return `/studies/${q(h.studyId)}/coding?code=${q(h.codeId ?? '')}`;
    case 'CODE':
      return `/studies/${q(h.studyId)}/coding?code=${q(h.codeId ?? '')}`;
    case 'PERSONA':
      return `/personas/${q(h.personaId ?? '')}`;
  }
}
