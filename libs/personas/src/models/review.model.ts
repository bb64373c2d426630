import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JSONScalar, User } from '@persona-lab/auth';

export const REVIEW_DECISIONS = ['APPROVE', 'REQUEST_CHANGES', 'REJECT'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const ReviewDecisionEnum = Object.fromEntries(REVIEW_DECISIONS.map((d) => [d, d])) as {
  [K in ReviewDecision]: K;
};
registerEnumType(ReviewDecisionEnum, {
  name: 'ReviewDecision',
  description: "A reviewer's verdict on a persona version in review.",
});

export const CHANGE_KINDS = ['ADDED', 'REMOVED', 'CHANGED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const ChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((c) => [c, c])) as {
  [K in ChangeKind]: K;
};
registerEnumType(ChangeKindEnum, {
  name: 'FieldChangeKind',
  description: 'How a field differs between two versions.',
});

@ObjectType({
  description:
    "A reviewer's check of one trait of the version reviewed: supported by its evidence or not, with an optional note to the author.",
})
export class TraitMark {
  @Field(() => Int, {
    description: "The trait (0-based index into the reviewed version's traits).",
  })
  traitIndex!: number;
  @Field(() => Boolean, { description: 'True: supported by its evidence; false: not supported.' })
  ok!: boolean;
  @Field(() => String, { nullable: true, description: "The reviewer's note on the trait." })
  note!: string | null;
}

@ObjectType({ description: "A reviewer's decision on one persona version." })
export class Review {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => User, { description: 'Who reviewed.' }) reviewer!: User;
  @Field(() => ReviewDecisionEnum, { description: 'APPROVE, REQUEST_CHANGES or REJECT.' })
  decision!: ReviewDecision;
  @Field(() => String, {
    nullable: true,
    description: "The reviewer's comment (required unless approving).",
  })
  comment!: string | null;
  @Field(() => Date, { description: 'When.' }) createdAt!: Date;
  @Field(() => Int, { description: 'The version that was reviewed.' }) personaVersion!: number;
  @Field(() => JSONScalar, {
    nullable: true,
    description: "The reviewer's per-trait checks, as the client sent them.",
  })
  traitChecks!: unknown;
  @Field(() => [TraitMark], {
    description:
      'The per-trait checks, typed (from `traitMarks` or `traitChecks`), by trait index; empty when none were sent.',
  })
  traitMarks!: TraitMark[];
}

@ObjectType({ description: 'One difference between two persona versions.' })
export class FieldChange {
  @Field(() => String, {
    description:
      '`name`, `tagline`, `summary`, `trait` (a claim, as "KIND: text"), `trait.evidence` (quotes of an unchanged claim) or `quote`.',
  })
  field!: string;
  @Field(() => ChangeKindEnum, { description: 'Added, removed or changed.' }) change!: ChangeKind;
  @Field(() => String, {
    nullable: true,
    description: 'The value in the older version (null when added).',
  })
  before!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The value in the newer version (null when removed).',
  })
  after!: string | null;
}

@ObjectType({
  description: 'Something that happened to a persona: an edit, a review, a re-synthesis.',
})
export class AuditEvent {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => User, {
    nullable: true,
    description: 'Who did it (null for synthesis runs and deleted accounts).',
  })
  actor!: User | null;
  @Field(() => String, {
    description:
      'EDIT, SUBMIT, APPROVE, REQUEST_CHANGES, REJECT, ARCHIVE, COMMENT, or a synthesis action (RESYNTHESIS, RESYNTHESIS_CREATE, SEGMENT_VANISHED).',
  })
  action!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The version before (for APPROVE: the version approved until then).',
  })
  beforeVersion!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The version after (for APPROVE: the version now approved).',
  })
  afterVersion!: number | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Specifics, e.g. the fields an edit changed or the review id.',
  })
  detail!: unknown;
  @Field(() => Date, { description: 'When.' }) createdAt!: Date;
}

@ObjectType({ description: 'A remark on a persona version, on the whole persona or one trait.' })
export class PersonaComment {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => User, { description: 'Who wrote it.' }) author!: User;
  @Field(() => String, { description: 'The remark.' }) body!: string;
  @Field(() => Int, {
    nullable: true,
    description:
      "The trait it is about (0-based index into that version's traits), or null for the whole persona.",
  })
  traitIndex!: number | null;
  @Field(() => Int, { description: 'The version it was written on.' }) personaVersion!: number;
  @Field(() => Date, { description: 'When.' }) createdAt!: Date;
}

export const REVIEW_EVENT_KINDS = [
  'NEW_VERSION',
  'SUBMITTED',
  'COMMENTED',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REJECTED',
  'ARCHIVED',
] as const;
export type ReviewEventKind = (typeof REVIEW_EVENT_KINDS)[number];
export const ReviewEventKindEnum = Object.fromEntries(REVIEW_EVENT_KINDS.map((k) => [k, k])) as {
  [K in ReviewEventKind]: K;
};
registerEnumType(ReviewEventKindEnum, {
  name: 'ReviewEventKind',
  description:
    'One step of a review conversation: a new version (an edit or a re-synthesis), a submit, a comment, a decision, archiving.',
});

@ObjectType({
  description:
    "One step of a persona's review, as a conversation: who did what on which version, with what they said.",
})
export class ReviewEvent {
  @Field(() => ID, {
    description: 'Unique id (of the audit event, review or comment it comes from).',
  })
  id!: string;
  @Field(() => ReviewEventKindEnum, { description: 'What happened.' }) kind!: ReviewEventKind;
  @Field(() => User, {
    nullable: true,
    description: 'Who (null for a synthesis run nobody started, or a deleted account).',
  })
  actor!: User | null;
  @Field(() => Date, { description: 'When.' }) createdAt!: Date;
  @Field(() => Int, { description: 'The version it happened on (for NEW_VERSION: the new one).' })
  version!: number;
  @Field(() => [User], {
    description: 'SUBMITTED: the reviewers named at submit (empty when nobody was named).',
  })
  reviewers!: User[];
  @Field(() => String, {
    nullable: true,
    description: "What they said: the comment's text, or the decision's comment.",
  })
  body!: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'COMMENTED: the trait the comment is about (null for the whole persona).',
  })
  traitIndex!: number | null;
  @Field(() => [TraitMark], { description: "A decision's per-trait marks (empty otherwise)." })
  traitMarks!: TraitMark[];
  @Field(() => String, {
    nullable: true,
    description:
      'NEW_VERSION: EDIT (a person) or SYNTHESIS (a run); the fields an edit changed are in `fields`.',
  })
  origin!: string | null;
  @Field(() => [String], { description: 'NEW_VERSION by an edit: the fields it changed.' })
  fields!: string[];
}
