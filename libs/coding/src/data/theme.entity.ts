import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A theme discovery proposed, tied to the code that carries it (table `theme`). */
@Entity('theme')
export class ThemeEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  /** The latest run that proposed it. */
  @Column('uuid', { name: 'run_id', nullable: true }) runId!: string | null;
  @Column('uuid', { name: 'code_id' }) codeId!: string;
  @Column('text', { name: 'label' }) label!: string;
  @Column('text', { name: 'description', nullable: true }) description!: string | null;
  @Column('text', { name: 'keyphrases', array: true, default: () => "'{}'" }) keyphrases!: string[];
  /** The question the theme was found in, or 'TRANSCRIPTS'. */
  @Column('text', { name: 'source_scope' }) sourceScope!: string;
  @Column('uuid', { name: 'survey_id', nullable: true }) surveyId!: string | null;
  @Column('int', { name: 'unit_count', default: 0 }) unitCount!: number;
  @Column('text', { name: 'theme_key' }) themeKey!: string;
  @Column('text', { name: 'merged_keys', array: true, default: () => "'{}'" })
  mergedKeys!: string[];
  @Column('uuid', { name: 'accepted_ids', array: true, default: () => "'{}'" })
  acceptedIds!: string[];
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' }) updatedAt!: Date;
}
