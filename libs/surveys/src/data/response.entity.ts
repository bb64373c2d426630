import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One respondent's answers to one survey version, partial or complete (table `response`). */
@Entity('response')
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'survey_id' }) surveyId!: string;
  @Column('text', { name: 'client_response_id' }) clientResponseId!: string;
  @Column('int', { name: 'survey_version' }) surveyVersion!: number;
  @Column('boolean', { name: 'complete', default: false }) complete!: boolean;
  @Column('jsonb', { name: 'answers', default: () => "'{}'" }) answers!: Record<string, unknown>;
  @Column('jsonb', { name: 'hidden_fields', nullable: true }) hiddenFields!: Record<
    string,
    string
  > | null;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  @Column('uuid', { name: 'invitation_id', nullable: true }) invitationId!: string | null;
  @Column('text', { name: 'ip', nullable: true }) ip!: string | null;
  @Column('text', { name: 'user_agent', nullable: true }) userAgent!: string | null;
  @Column('timestamptz', { name: 'started_at', default: () => 'now()' }) startedAt!: Date;
  @Column('timestamptz', { name: 'submitted_at', default: () => 'now()' }) submittedAt!: Date;
}
