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
  @Column('text', { name: 'unsubscribe_token', unique: true, nullable: true })
  unsubscribeToken!: string | null;
  @Column('int', { name: 'reminder_after_days', nullable: true }) reminderAfterDays!: number | null;
  @Column('int', { name: 'max_reminders', default: 0 }) maxReminders!: number;
  @Column('int', { name: 'reminders_sent', default: 0 }) remindersSent!: number;
  @Column('text', { name: 'last_mail_id', nullable: true }) lastMailId!: string | null;
  @Column('timestamptz', { name: 'last_mailed_at', nullable: true }) lastMailedAt!: Date | null;
  @Column('timestamptz', { name: 'opened_at', nullable: true }) openedAt!: Date | null;
  @Column('timestamptz', { name: 'unsubscribed_at', nullable: true }) unsubscribedAt!: Date | null;
}
