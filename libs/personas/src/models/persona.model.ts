import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@persona-lab/auth';
import { SourceRef } from '@persona-lab/coding';
import { Participant } from '@persona-lab/studies';

export const PERSONA_STATUSES = ['DRAFT', 'IN_REVIEW', 'APPROVED', 'REJECTED', 'ARCHIVED'] as const;
export type PersonaStatus = (typeof PERSONA_STATUSES)[number];
export const PersonaStatusEnum = Object.fromEntries(PERSONA_STATUSES.map((s) => [s, s])) as {
  [K in PersonaStatus]: K;
};
registerEnumType(PersonaStatusEnum, {
  name: 'PersonaStatus',
  description:
    'Where a persona is in review: DRAFT → IN_REVIEW → APPROVED, REJECTED or back to DRAFT; ARCHIVED is final.',
});

export const REVIEW_STATES = [
  'NOT_SUBMITTED',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'APPROVED',
  'REJECTED',
] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const ReviewStateEnum = Object.fromEntries(REVIEW_STATES.map((s) => [s, s])) as {
  [K in ReviewState]: K;
};
registerEnumType(ReviewStateEnum, {
  name: 'ReviewState',
  description:
    'Where the latest version is in review: NOT_SUBMITTED (a draft nobody sent yet), IN_REVIEW, CHANGES_REQUESTED (a reviewer asked for changes; stays until the next submit, through edits), APPROVED or REJECTED.',
});

export const TRAIT_KINDS = [
  'DEMOGRAPHIC',
  'PSYCHOGRAPHIC',
  'BEHAVIOR',
  'GOAL',
  'PAIN_POINT',
  'MOTIVATION',
] as const;
export type TraitKind = (typeof TRAIT_KINDS)[number];
export const TraitKindEnum = Object.fromEntries(TRAIT_KINDS.map((k) => [k, k])) as {
  [K in TraitKind]: K;
};
registerEnumType(TraitKindEnum, {
  name: 'TraitKind',
  description: 'What a persona trait is about.',
});

export const VERSION_ORIGINS = ['SYNTHESIS', 'EDIT'] as const;
export type VersionOrigin = (typeof VERSION_ORIGINS)[number];
export const VersionOriginEnum = Object.fromEntries(VERSION_ORIGINS.map((o) => [o, o])) as {
  [K in VersionOrigin]: K;
};
registerEnumType(VersionOriginEnum, {
  name: 'PersonaVersionOrigin',
  description: 'Who wrote a persona version: a synthesis run or a person.',
});

@ObjectType({
  description:
    'A verbatim quote: `quote` equals the source text between start and end (UTF-16 offsets, end exclusive). The source text of a transcript segment is its text; of a survey answer, the answer as the survey renders it; of a feedback message, its text.',
})
export class Evidence {
  @Field(() => SourceRef, { description: 'Where the quote sits.' }) source!: SourceRef;
  @Field(() => Int, { description: 'Start offset (UTF-16) into the source text, inclusive.' })
  start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
  @Field(() => String, { description: 'The source text between start and end, exactly.' })
  quote!: string;
  @Field(() => Participant, {
    nullable: true,
    description: 'Who said or wrote it, when the source is linked to a participant.',
  })
  participant!: Participant | null;
  @Field(() => String, {
    nullable: true,
    description:
      'For a survey answer: the question it answers, as worded in the version the respondent saw (so a chip reads "How often do you use R? — Daily"). Null for transcript turns.',
  })
  questionTitle!: string | null;
}

@ObjectType({ description: 'One claim about a persona, backed by quotes.' })
export class PersonaTrait {
  @Field(() => TraitKindEnum, { description: 'What the trait is about.' }) kind!: TraitKind;
  @Field(() => String, { description: 'The claim, in a sentence.' }) text!: string;
  @Field(() => [Evidence], { description: 'Quotes that back the claim.' }) evidence!: Evidence[];
  @Field(() => Float, {
    nullable: true,
    description:
      "Share of the persona's segment with this feature, 0 to 1 (null on hand-written traits).",
  })
  share!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'How much more common the feature is in the segment than in the whole study (null on hand-written traits).',
  })
  lift!: number | null;
  @Field(() => Boolean, {
    description:
      'True when nearly the whole study shares the feature (≥ 90 %, lift about 1): it describes the study, not what sets this persona apart, so it is shown apart.',
  })
  sharedByStudy!: boolean;
}

@ObjectType({
  description:
    'One answer of a sensitive question within a persona, beside its share in the whole study.',
})
export class SensitiveShare {
  @Field(() => String, { description: 'The answer as the respondents chose it.' }) label!: string;
  @Field(() => Float, { description: 'Share of the members who answered, 0 to 1.' }) share!: number;
  @Field(() => Float, { description: 'Share in the whole study, 0 to 1.' }) studyShare!: number;
}

@ObjectType({
  description:
    'A sensitive question (gender, ethnicity, health…) that a researcher opted in for description: its answers within the persona, shown labelled as description only. It never formed the segment, a trait or evidence.',
})
export class SensitiveProfile {
  @Field(() => String, { description: 'The question as worded.' }) question!: string;
  @Field(() => Int, { description: 'Members who answered it.' }) answered!: number;
  @Field(() => [SensitiveShare], {
    description: 'Answers by share; rare answers are folded into "Other".',
  })
  values!: SensitiveShare[];
}

/** The words and evidence of one persona version; shared by `Persona` and `PersonaVersionView`. */
@ObjectType({ isAbstract: true })
export abstract class PersonaWords {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'One line under the name.' }) tagline!:
    string | null;
  @Field(() => String, { description: 'A paragraph about the persona.' }) summary!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A short backstory drawn from the traits (null on versions written before backstories).',
  })
  backstory!: string | null;
  @Field(() => Boolean, {
    description:
      'The segment is too small to present as a finding (fewer than 10 members or under 5 % of the study): flag it wherever the persona is shown.',
  })
  smallSegment!: boolean;
  @Field(() => [SensitiveProfile], {
    description: 'Opted-in sensitive questions, for description only (never used to segment).',
  })
  sensitiveProfile!: SensitiveProfile[];
  @Field(() => String, { description: 'An SVG image, stable for the same persona.' })
  avatarSvg!: string;
  @Field(() => Float, {
    description: "Share of the study's participants that this persona stands for, 0 to 1.",
  })
  segmentShare!: number;
  @Field(() => Int, { description: 'Participants in the segment.' }) participantCount!: number;
  @Field(() => [PersonaTrait], { description: 'Claims about the persona, each with evidence.' })
  traits!: PersonaTrait[];
  @Field(() => [Evidence], { description: 'Representative quotes.' }) quotes!: Evidence[];
}

@ObjectType({
  description:
    'A customer persona as a client sees it: while an approved persona has a newer draft, the approved version (status APPROVED) with the draft under `draft`; otherwise its latest version.',
})
export class Persona extends PersonaWords {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => PersonaStatusEnum, { description: 'Status of the version shown.' })
  status!: PersonaStatus;
  @Field(() => Int, {
    description:
      'The version shown. Bumped by every edit and by every re-synthesis that changes it.',
  })
  version!: number;
  @Field(() => Int, {
    description: 'The newest version, which may be a draft beside the approved one.',
  })
  latestVersion!: number;
  @Field(() => Int, { nullable: true, description: 'The approved version, if any.' })
  approvedVersion!: number | null;
  @Field(() => Boolean, {
    description: "The persona's segment was not found again by the latest synthesis run.",
  })
  segmentVanished!: boolean;
  @Field(() => PersonaStatusEnum, {
    description:
      'Status of the latest version (differs from `status` while a draft waits beside the approved version).',
  })
  latestStatus!: PersonaStatus;
  @Field(() => ReviewStateEnum, {
    description:
      'Where the latest version is in review. Unlike `status`, a request for changes shows as CHANGES_REQUESTED (status stays DRAFT) until the next submit.',
  })
  reviewState!: ReviewState;
  studyId!: string;
  synthesisRunId!: string | null;
  /** The approved version is shown and a newer one waits: `draft` resolves to it. */
  hasDraft!: boolean;
}

@ObjectType({ description: 'One stored version of a persona; every version is kept.' })
export class PersonaVersionView extends PersonaWords {
  @Field(() => Int, { description: 'Version number, from 1.' }) version!: number;
  @Field(() => PersonaStatusEnum, {
    nullable: true,
    description:
      'Status now: set on the latest version and on the approved version, null on older ones.',
  })
  status!: PersonaStatus | null;
  @Field(() => VersionOriginEnum, { description: 'Written by a synthesis run or by a person.' })
  origin!: VersionOrigin;
  @Field(() => User, { nullable: true, description: 'Who wrote it (null for synthesis versions).' })
  createdBy!: User | null;
  @Field(() => Date, { description: 'When it was written.' }) createdAt!: Date;
  personaId!: string;
}
