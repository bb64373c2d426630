import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { JSONScalar } from '@persona-lab/auth';
import { SourceRefInput } from '@persona-lab/coding';
import { ReviewDecisionEnum, type ReviewDecision } from '../models/review.model';
import { TraitKindEnum, type TraitKind } from '../models/persona.model';

@InputType({
  description:
    'A span of source text offered as evidence; the quote is always read from the source.',
})
export class SourceQuoteInput {
  @Field(() => SourceRefInput, { description: 'The transcript segment or survey answer.' })
  source!: SourceRefInput;
  @Field(() => Int, { description: 'Start offset (UTF-16), inclusive.' }) start!: number;
  @Field(() => Int, { description: 'End offset, exclusive.' }) end!: number;
  @Field(() => String, {
    nullable: true,
    description:
      'Ignored: the stored quote is read from the source at start–end. Accepted so a client can send back the Evidence it received.',
  })
  quote?: string | null;
}

@InputType({ description: 'A claim with its evidence.' })
export class TraitInput {
  @Field(() => TraitKindEnum, { description: 'What the claim is about.' }) kind!: TraitKind;
  @Field(() => String, { description: 'The claim, in a sentence.' }) text!: string;
  @Field(() => [SourceQuoteInput], {
    description: 'At least one quote that backs the claim (participants only, same study).',
  })
  evidence!: SourceQuoteInput[];
}

@InputType({
  description:
    'Changes to a persona; omitted fields stay as they are. `traits` replaces the whole list.',
})
export class UpdatePersonaInput {
  @Field(() => String, { nullable: true, description: 'New name (not empty).' })
  @IsOptional()
  @MaxLength(120, { message: 'Keep the name under 120 characters.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'New tagline; an empty string removes it.' })
  @IsOptional()
  @MaxLength(300, { message: 'Keep the tagline under 300 characters.' })
  tagline?: string | null;
  @Field(() => String, { nullable: true, description: 'New summary.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the summary under 5,000 characters.' })
  summary?: string | null;
  @Field(() => [TraitInput], { nullable: true, description: 'The new list of traits, in order.' })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'A persona can have at most 50 traits.' })
  traits?: TraitInput[] | null;
}

@InputType({ description: "A reviewer's check of one trait of the version in review." })
export class TraitMarkInput {
  @Field(() => Int, { description: "The trait (0-based index into the version's traits)." })
  traitIndex!: number;
  @Field(() => Boolean, { description: 'True: supported by its evidence; false: not supported.' })
  ok!: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'A note to the author on this trait (at most 1,000 characters).',
  })
  note?: string | null;
}

@InputType({ description: "A reviewer's decision on the version in review." })
export class ReviewPersonaInput {
  @Field(() => ID, { description: 'The persona.' })
  @IsUUID('all', { message: 'personaId must be a persona id.' })
  personaId!: string;
  @Field(() => ReviewDecisionEnum, { description: 'APPROVE, REQUEST_CHANGES or REJECT.' })
  decision!: ReviewDecision;
  @Field(() => String, {
    nullable: true,
    description: 'Why; required for REQUEST_CHANGES and REJECT.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the comment under 5,000 characters.' })
  comment?: string | null;
  @Field(() => JSONScalar, {
    nullable: true,
    description:
      'Optional per-trait checks, e.g. [{ "traitIndex": 0, "ok": false, "note": "…" }] or { "0": "supported", "1": "unsupported" }; stored as sent. Every trait index must exist in the version reviewed.',
  })
  traitChecks?: unknown;
  @Field(() => [TraitMarkInput], {
    nullable: true,
    description:
      'Typed per-trait checks (instead of `traitChecks`; not both): one per trait at most, each index in the version reviewed.',
  })
  @IsOptional()
  @ArrayMaxSize(50, { message: 'A persona has at most 50 traits.' })
  traitMarks?: TraitMarkInput[] | null;
}
