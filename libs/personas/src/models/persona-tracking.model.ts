import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    "One month of a persona's share: its run members and the people assigned to it later, by the month of their data (a response's submission, an interview's date).",
})
export class PersonaShareMonth {
  @Field(() => String, { description: 'The month, `YYYY-MM` (UTC).' }) month!: string;
  @Field(() => Int, { description: 'People of this persona whose data is from that month.' })
  count!: number;
  @Field(() => Int, {
    description:
      "Everybody recorded against the persona's run that month (other personas and unassigned included).",
  })
  total!: number;
  @Field(() => Float, { description: 'count / total, 0 to 1.' }) share!: number;
}

@ObjectType({ description: "How one of a persona's top traits holds among the people placed in it since approval." })
export class PersonaTraitDrift {
  @Field(() => String, { description: "The trait's text in the approved version." }) text!: string;
  @Field(() => String, { description: 'The trait without its figures.' }) label!: string;
  @Field(() => Float, { description: "Share of the persona's members with the trait at approval." })
  shareAtApproval!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the newcomers placed in the persona with the trait; null with fewer than 10 of them.',
  })
  shareNow!: number | null;
  @Field(() => Boolean, { description: 'Moved by 20 points or more.' }) drifted!: boolean;
}

@ObjectType({
  description:
    'How a persona has moved since its approved version was approved: its share of the people who came since, and its top traits among those placed in it.',
})
export class PersonaDrift {
  @Field(() => Date) approvedAt!: Date;
  @Field(() => Int, { description: 'People whose data came after approval (placed anywhere or unassigned).' })
  newcomers!: number;
  @Field(() => Int, { description: 'Of them, placed in this persona.' }) assigned!: number;
  @Field(() => Float, { description: "The approved version's share of the study." })
  shareAtApproval!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the newcomers placed in this persona; null with fewer than 20 newcomers.',
  })
  shareNow!: number | null;
  @Field(() => Boolean, { description: 'The share moved by 10 points, or by half of itself.' })
  shareDrifted!: boolean;
  @Field(() => [PersonaTraitDrift]) traits!: PersonaTraitDrift[];
  @Field(() => Boolean, { description: 'Share or a top trait moved beyond its threshold: a re-run is proposed.' })
  drifted!: boolean;
  @Field(() => String, { description: 'The drift in words, for the notice on the persona page.' })
  message!: string;
}
