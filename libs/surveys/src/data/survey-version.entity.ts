import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SurveyDefinition } from '@persona-lab/survey-logic';

/** A frozen version of a survey, written at each publish after a change (table `survey_version`). */
@Entity('survey_version')
export class SurveyVersionEntity {
  @PrimaryColumn('uuid', { name: 'survey_id' }) surveyId!: string;
  @PrimaryColumn('int', { name: 'version' }) version!: number;
  @Column('jsonb', { name: 'definition' }) definition!: SurveyDefinition;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
