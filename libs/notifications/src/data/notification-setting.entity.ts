import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { NotificationKind } from '../notification-kind';

/** A user's choice for one kind (no row: the kind's default applies). */
@Entity('notification_setting')
export class NotificationSettingEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ name: 'kind', type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'email', type: 'boolean' })
  email!: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
