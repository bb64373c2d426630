import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A single-use link to a survey for one email address (table `invitation`). */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'survey_id' }) surveyId!: string;
  @Column('text', { name: 'email' }) email!: string;
  @Column('text', { name: 'token', unique: true }) token!: string;
  @Column('text', { name: 'status', default: 'PENDING' }) status!:
    'PENDING' | 'STARTED' | 'COMPLETED';
  @Column('text', { name: 'client_response_id', nullable: true }) clientResponseId!: string | null;
  @Column('uuid', { name: 'participant_id', nullable: true }) participantId!: string | null;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
