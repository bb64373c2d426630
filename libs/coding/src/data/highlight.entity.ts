import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A code applied to a span of a transcript turn or a survey answer (table `highlight`). */
@Entity('highlight')
export class HighlightEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'code_id' }) codeId!: string;
  @Column('text', { name: 'source_type' }) sourceType!: 'TRANSCRIPT_SEGMENT' | 'SURVEY_ANSWER';
  @Column('uuid', { name: 'segment_id', nullable: true }) segmentId!: string | null;
  @Column('uuid', { name: 'response_id', nullable: true }) responseId!: string | null;
  @Column('text', { name: 'question_id', nullable: true }) questionId!: string | null;
  @Column('int', { name: 'start_offset' }) startOffset!: number;
  @Column('int', { name: 'end_offset' }) endOffset!: number;
  @Column('text', { name: 'text' }) text!: string;
  @Column('text', { name: 'status' }) status!: 'SUGGESTED' | 'ACCEPTED' | 'REJECTED';
  @Column('text', { name: 'coder' }) coder!: string;
  @Column('double precision', { name: 'confidence', nullable: true }) confidence!: number | null;
  @Column('uuid', { name: 'coding_run_id', nullable: true }) codingRunId!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
