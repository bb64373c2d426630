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
