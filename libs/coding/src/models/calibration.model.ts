import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { RunStatusEnum, type RunStatus } from './coding.model';

@ObjectType({ description: 'How a coder did on one code of a calibration, against the human coding of the sampled units.' })
export class CalibrationCodeResult {
  @Field(() => ID, { description: 'The code.' }) codeId!: string;
  @Field(() => String, { description: 'Its name.' }) codeName!: string;
  @Field(() => Int, { description: 'Sampled units compared (each is a presence/absence decision for this code).' }) units!: number;
  @Field(() => Int, { description: 'Sampled units the human coded with it.' }) humanUses!: number;
  @Field(() => Int, { description: 'Sampled units the coder coded with it, blind.' }) coderUses!: number;
  @Field(() => Float, { description: 'Share of units where both made the same call.' }) observed!: number;
  @Field(() => Float, { description: "Cohen's kappa, coder against human, −1 to 1." }) cohensKappa!: number;
  @Field(() => Float, { nullable: true, description: "Share of the coder's uses the human also made; null when the coder never used it." }) precision!: number | null;
  @Field(() => Float, { nullable: true, description: "Share of the human's uses the coder found; null when the human never used it." }) recall!: number | null;
  @Field(() => Boolean, { description: 'Whether the human used it on at least minSharedUnits sampled units; otherwise there are too few to say.' }) enough!: boolean;
}

@ObjectType({ description: 'The figures of a finished calibration.' })
export class CalibrationResult {
  @Field(() => Int, { description: 'Units the coder coded blind.' }) units!: number;
  @Field(() => Int, { description: 'Units (and human uses of a code) needed before kappa means anything.' }) minSharedUnits!: number;
  @Field(() => Boolean, { description: 'Whether there are at least minSharedUnits units.' }) enough!: boolean;
  @Field(() => Float, { description: 'Share of (unit × code) decisions on which coder and human agree.' }) observed!: number;
  @Field(() => Float, { description: "Cohen's kappa over all (unit × code) decisions." }) cohensKappa!: number;
  @Field(() => [CalibrationCodeResult], { description: 'Per code, codes the human or the coder used first.' }) perCode!: CalibrationCodeResult[];
}

@ObjectType({ description: 'A blind calibration of a model coder: it codes a sample of units a person judged, and is compared with the person. It never changes the coding.' })
export class CalibrationRun {
  @Field(() => ID, { description: 'Unique id.' }) id!: string;
  @Field(() => RunStatusEnum, { description: 'State.' }) status!: RunStatus;
  @Field(() => Float, { description: '0 to 1.' }) progress!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, in plain words.' }) error!: string | null;
  @Field(() => String, { description: '`offline` or `openai`.' }) provider!: string;
  @Field(() => String, { description: "The coder's name: `offline-coder` or the model's." }) coder!: string;
  @Field(() => Int, { description: 'Units asked for.' }) sampleSize!: number;
  @Field(() => Int, { description: 'Units actually sampled (fewer when the study has fewer judged units).' }) sampledUnits!: number;
  @Field(() => Date, { description: 'When it was started.' }) createdAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it finished.' }) finishedAt!: Date | null;
  @Field(() => CalibrationResult, { nullable: true, description: 'The figures, once it succeeded.' }) result!: CalibrationResult | null;
}
