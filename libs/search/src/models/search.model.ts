import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** Where a search hit comes from; the order of the names is the tie-break of equal ranks. */
export const SEARCH_SOURCES = [
  'ANSWER',
  'CODE',
  'FEEDBACK',
  'HIGHLIGHT',
  'PERSONA',
  'TRANSCRIPT',
] as const;
export type SearchSource = (typeof SEARCH_SOURCES)[number];

export const SearchSourceEnum = Object.fromEntries(SEARCH_SOURCES.map((s) => [s, s])) as {
  [K in SearchSource]: K;
};
registerEnumType(SearchSourceEnum, {
  name: 'SearchSource',
  description: 'What kind of thing a search hit is.',
  valuesMap: {
    ANSWER: { description: 'An open-text answer of a complete survey response.' },
    CODE: { description: "A code of a study's codebook (name and description)." },
    FEEDBACK: {
      description:
        'A message of an imported support conversation, review or feedback (customer or agent).',
    },
    HIGHLIGHT: { description: 'An accepted highlight: its quote and its code.' },
    PERSONA: { description: "A persona's current version (name, tagline, summary, traits)." },
    TRANSCRIPT: { description: 'A turn of an interview transcript (interviewer or interviewee).' },
  },
});

export const SpeakerRoleEnum = { INTERVIEWER: 'INTERVIEWER', INTERVIEWEE: 'INTERVIEWEE' } as const;
export type SpeakerRole = keyof typeof SpeakerRoleEnum;
registerEnumType(SpeakerRoleEnum, {
  name: 'SpeakerRole',
  description: 'Who spoke a transcript turn.',
});

@ObjectType({
  description: 'A span of a snippet that matched the query (UTF-16 offsets, end exclusive).',
})
export class TextRange {
  @Field(() => Int, { description: 'First code unit of the span.' }) start!: number;
  @Field(() => Int, { description: 'Code unit just after the span.' }) end!: number;
}

@ObjectType({ description: 'One search result: what matched, where it lives, and a link to it.' })
export class SearchHit {
  @Field(() => SearchSourceEnum, { description: 'What kind of thing matched.' })
  source!: SearchSource;
  @Field(() => ID, {
    description:
      'The matched row: segment, `<responseId>:<questionId>` for an answer, highlight, code or persona id.',
  })
  id!: string;
  @Field(() => String, {
    description: 'A heading: interview title, question title, code name or persona name.',
  })
  title!: string;
  @Field(() => String, {
    nullable: true,
    description: 'A second line: speaker, survey title, the code of a highlight, a persona status.',
  })
  context!: string | null;
  @Field(() => String, {
    description:
      'Plain text around the match (never HTML; emails and phone numbers replaced by [email] and [phone]).',
  })
  snippet!: string;
  @Field(() => [TextRange], { description: 'The spans of the snippet that matched the query.' })
  highlights!: TextRange[];
  @Field(() => Float, { description: 'Relevance (ts_rank_cd); higher first.' }) rank!: number;
  @Field(() => ID, { description: 'The study it belongs to.' }) studyId!: string;
  @Field(() => String, { description: "The study's name." }) studyName!: string;
  @Field(() => String, {
    description: 'App path that opens the passage, e.g. /interviews/<id>?segment=<segmentId>.',
  })
  link!: string;
  @Field(() => SpeakerRoleEnum, {
    nullable: true,
    description: 'For a transcript turn: whether the interviewer or the interviewee spoke it.',
  })
  speakerRole!: SpeakerRole | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The interview of a turn (or of a highlighted turn).',
  })
  interviewId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The transcript segment of a turn or highlight.',
  })
  segmentId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The survey of an answer (or of a highlighted answer).',
  })
  surveyId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The response of an answer or highlight.' })
  responseId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The question of an answer or highlight.' })
  questionId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The code of a code or highlight hit.' })
  codeId!: string | null;
  @Field(() => ID, { nullable: true, description: 'The persona of a persona hit.' })
  personaId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The feedback message of a feedback hit (or of a highlighted message).',
  })
  messageId?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The feedback conversation of that message.',
  })
  conversationId?: string | null;
}

@ObjectType({ description: 'A page of search hits, best first.' })
export class SearchResultConnection {
  @Field(() => [SearchHit], { description: 'This page.' }) nodes!: SearchHit[];
  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on the last page.',
  })
  endCursor!: string | null;
  @Field(() => Boolean, { description: 'Whether another page follows.' }) hasNextPage!: boolean;
}
