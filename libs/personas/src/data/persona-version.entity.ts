import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { VersionOrigin } from '../models/persona.model';
import type { PersonaContent } from '../persona-content';

/** One version of a persona (table `persona_version`): its content never changes once written; only its submitters join `authors`. */
@Entity('persona_version')
export class PersonaVersionEntity {
  @PrimaryColumn('uuid', { name: 'persona_id' }) personaId!: string;
  @PrimaryColumn('int', { name: 'version' }) version!: number;
  @Column('jsonb', { name: 'content' }) content!: PersonaContent;
  @Column('text', { name: 'origin' }) origin!: VersionOrigin;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy!: string | null;
  @Column('uuid', { name: 'synthesis_run_id', nullable: true }) synthesisRunId!: string | null;
  /** Everyone who counts as an author for the four-eyes rule: wrote a kept field, ran the synthesis, or submitted it. */
  @Column('uuid', { name: 'authors', array: true, default: () => "'{}'" }) authors!: string[];
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
