import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One quality flag of one response (table `response_quality_flag`), replaced per survey on each recomputation. */
@Entity('response_quality_flag')
export class ResponseQualityFlagEntity {
  @PrimaryColumn('uuid', { name: 'response_id' }) responseId!: string;
  @PrimaryColumn('text', { name: 'reason' }) reason!: string;
  @Column('uuid', { name: 'survey_id' }) surveyId!: string;
  @Column('text', { name: 'detail' }) detail!: string;
}
