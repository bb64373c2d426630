import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A code of a study's codebook (table `code`). */
@Entity('code')
export class CodeEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'study_id' }) studyId!: string;
  @Column('uuid', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('text', { name: 'name' }) name!: string;
  @Column('text', { name: 'description', nullable: true }) description!: string | null;
  @Column('text', { name: 'category' }) category!: string;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
