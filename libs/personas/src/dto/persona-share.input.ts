import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const DEFAULT_SHARE_DAYS = 30;
export const MAX_SHARE_DAYS = 365;

@InputType({
  description:
    "A share link to one approved persona (personaId) or to a study's approved personas (studyId): exactly one of them.",
})
export class CreateShareLinkInput {
  @Field(() => ID, { nullable: true, description: 'One approved persona.' })
  @IsOptional()
  @IsUUID('all', { message: 'personaId must be a persona id.' })
  personaId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The study whose approved personas to share.' })
  @IsOptional()
  @IsUUID('all', { message: 'studyId must be a study id.' })
  studyId?: string | null;
  @Field(() => Int, {
    nullable: true,
    description: `Days until the link stops working: 1 to ${MAX_SHARE_DAYS}, ${DEFAULT_SHARE_DAYS} when left out.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'A share link lasts at least 1 day.' })
  @Max(MAX_SHARE_DAYS, { message: `A share link lasts at most ${MAX_SHARE_DAYS} days.` })
  expiresInDays?: number | null;
}
