import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ReviewDecision } from '../models/review.model';

/** A reviewer's decision on one persona version (table `review`). */
@Entity('review')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { name: 'id' }) id!: string;
  @Column('uuid', { name: 'persona_id' }) personaId!: string;
  @Column('uuid', { name: 'reviewer_id' }) reviewerId!: string;
  @Column('text', { name: 'decision' }) decision!: ReviewDecision;
  @Column('text', { name: 'comment', nullable: true }) comment!: string | null;
  @Column('int', { name: 'persona_version' }) personaVersion!: number;
  @Column('jsonb', { name: 'trait_checks', nullable: true }) traitChecks!: unknown;
  @Column('timestamptz', { name: 'created_at', default: () => 'now()' }) createdAt!: Date;
}
