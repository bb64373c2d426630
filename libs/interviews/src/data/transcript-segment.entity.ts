import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One turn of a transcript (table `transcript_segment`); its text never changes after import. */
@Entity('transcript_segment')
export class TranscriptSegmentEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'interview_id' }) interviewId!: string;
  @Column('int', { name: 'index' }) index!: number;
  @Column('text', { name: 'speaker', nullable: true }) speaker!: string | null;
  @Column('int', { name: 'start_ms', nullable: true }) startMs!: number | null;
  @Column('int', { name: 'end_ms', nullable: true }) endMs!: number | null;
  @Column('text', { name: 'text' }) text!: string;
  @Column('boolean', { name: 'is_interviewer', default: false }) isInterviewer!: boolean;
}
