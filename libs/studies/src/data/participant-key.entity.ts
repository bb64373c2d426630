import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A customer identifier of a study, as its salted hash only, linked to one participant. */
@Entity('participant_key')
export class ParticipantKeyEntity {
  @PrimaryColumn('uuid', { name: 'study_id' }) studyId!: string;
  @PrimaryColumn('text', { name: 'key_hash' }) keyHash!: string;
  @Column('uuid', { name: 'participant_id' }) participantId!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
