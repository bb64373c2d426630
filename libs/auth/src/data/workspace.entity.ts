import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Settings a workspace owner can change. */
export interface WorkspaceSettings {
  allowSelfApproval?: boolean;
}

/** A team space that holds studies. */
@Entity('workspace')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  id!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'settings', type: 'jsonb', default: () => "'{}'" })
  settings!: WorkspaceSettings;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
