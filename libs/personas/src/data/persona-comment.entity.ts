import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A remark on a persona version or one of its traits (table `persona_comment`). */
@Entity('persona_comment')
export class PersonaCommentEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'persona_id' }) personaId!: string;
  @Column('int', { name: 'persona_version' }) personaVersion!: number;
  @Column('int', { name: 'trait_index', nullable: true }) traitIndex!: number | null;
  @Column('uuid', { name: 'author_id' }) authorId!: string;
  @Column('text', { name: 'body' }) body!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
