import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { User } from '@persona-lab/auth';
import { SourceTypeEnum, type SourceType } from '@persona-lab/coding';
import { TraitKindEnum, type TraitKind } from './persona.model';

export const SHARE_SCOPES = ['PERSONA', 'STUDY'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];
export const ShareScopeEnum = Object.fromEntries(SHARE_SCOPES.map((s) => [s, s])) as {
  [K in ShareScope]: K;
};
registerEnumType(ShareScopeEnum, {
  name: 'ShareScope',
  description: "What a share link shows: one approved persona, or the study's approved personas.",
});

@ObjectType({
  description:
    'A read-only public link to approved personas, as its study lists it: never the token, which is shown once when the link is made.',
})
export class ShareLink {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => ShareScopeEnum, {
    description: "PERSONA: one approved persona; STUDY: the study's approved personas.",
  })
  scope!: ShareScope;
  @Field(() => ID, { description: 'The study whose personas it shows.' }) studyId!: string;
  @Field(() => ID, { nullable: true, description: 'The persona, for a PERSONA link.' })
  personaId!: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "The persona's approved name, for a PERSONA link (null for a STUDY link, or once it is gone).",
  })
  personaName!: string | null;
  @Field(() => User, {
    nullable: true,
    description: 'Who made it (null once their account is gone).',
  })
  createdBy!: User | null;
  @Field(() => Date, { description: 'When it was made.' }) createdAt!: Date;
  @Field(() => Date, { description: 'When it stops working.' }) expiresAt!: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'When it was revoked; null while not revoked.',
  })
  revokedAt!: Date | null;
  @Field(() => Boolean, { description: 'It still opens: neither expired nor revoked.' })
  active!: boolean;
  @Field(() => Int, { description: 'How many times the public page loaded it.' })
  viewCount!: number;
  @Field(() => Date, { nullable: true, description: 'The last time it was opened.' })
  lastViewedAt!: Date | null;
}

@ObjectType({ description: 'A new share link: its address is shown this once and never again.' })
export class ShareLinkCreated {
  @Field(() => String, {
    description:
      'The public address (`<PUBLIC_URL>/share/<token>`). Only a hash of the token is stored, so copy it now.',
  })
  url!: string;
  @Field(() => ShareLink, { description: "The link's metadata, as `shareLinks` lists it." })
  link!: ShareLink;
}

@ObjectType({ description: 'A verbatim quote on a shared persona; who said it is never shared.' })
export class SharedQuote {
  @Field(() => String, {
    description:
      'The words, with any email address or phone number replaced by [email] or [phone].',
  })
  quote!: string;
  @Field(() => SourceTypeEnum, { description: 'An interview turn or a survey answer.' })
  sourceKind!: SourceType;
}

@ObjectType({ description: 'One claim about a shared persona, with its quotes.' })
export class SharedTrait {
  @Field(() => TraitKindEnum, { description: 'What the trait is about.' }) kind!: TraitKind;
  @Field(() => String, { description: 'The claim, in a sentence.' }) text!: string;
  @Field(() => [SharedQuote], { description: 'Quotes that back the claim.' })
  evidence!: SharedQuote[];
  @Field(() => Float, {
    nullable: true,
    description: "Share of the persona's segment with it, 0 to 1.",
  })
  share!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'How much more common it is than in the whole study.',
  })
  lift!: number | null;
  @Field(() => Boolean, { description: 'Nearly the whole study shares it (shown apart).' })
  sharedByStudy!: boolean;
}

@ObjectType({
  description:
    'The approved version of a persona as a share link shows it: its words, face, segment share, traits and quotes, and nothing about the people behind them.',
})
export class SharedPersona {
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { nullable: true, description: 'One line under the name.' })
  tagline!: string | null;
  @Field(() => String, { description: 'A paragraph about the persona.' }) summary!: string;
  @Field(() => String, { nullable: true, description: 'A short backstory drawn from the traits.' })
  backstory!: string | null;
  @Field(() => String, { description: 'An SVG image of the persona.' }) avatarSvg!: string;
  @Field(() => Float, { description: "Share of the study's participants it stands for, 0 to 1." })
  segmentShare!: number;
  @Field(() => Int, { description: 'Participants in the segment.' }) participantCount!: number;
  @Field(() => Boolean, { description: 'The segment is too small to present as a finding.' })
  smallSegment!: boolean;
  @Field(() => [SharedTrait], { description: 'Claims about the persona, each with quotes.' })
  traits!: SharedTrait[];
  @Field(() => [SharedQuote], { description: 'Representative quotes.' }) quotes!: SharedQuote[];
}

@ObjectType({ description: 'What a share link shows: approved personas, read-only.' })
export class SharedPersonaSet {
  @Field(() => ShareScopeEnum, { description: 'One persona, or the approved set of a study.' })
  scope!: ShareScope;
  @Field(() => [SharedPersona], { description: 'The approved personas, oldest first.' })
  personas!: SharedPersona[];
  @Field(() => Date, { description: 'When the link stops working.' }) expiresAt!: Date;
}
