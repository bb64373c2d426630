import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import type { ReviewDecision } from '../models/review.model';
import { PersonaCommentEntity } from './persona-comment.entity';
import { ReviewEntity } from './review.entity';

/** The review and persona_comment tables: decisions on persona versions and remarks on them. */
@Injectable()
export class ReviewRepository {
  constructor(
    @InjectRepository(ReviewEntity) private readonly reviews: Repository<ReviewEntity>,
    @InjectRepository(PersonaCommentEntity)
    private readonly comments: Repository<PersonaCommentEntity>,
  ) {}

  /** Records a decision; returns its id. */
  async addReview(
    tx: EntityManager,
    r: {
      personaId: string;
      reviewerId: string;
      decision: ReviewDecision;
      comment: string | null;
      personaVersion: number;
      traitChecks: unknown;
    },
  ): Promise<string> {
    const [row] = await tx.query(
      `INSERT INTO review (persona_id, reviewer_id, decision, comment, persona_version, trait_checks) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        r.personaId,
        r.reviewerId,
        r.decision,
        r.comment,
        r.personaVersion,
        r.traitChecks === null ? null : JSON.stringify(r.traitChecks),
      ],
    );
    return row.id;
  }

  /** Records a comment; returns its id. */
  async addComment(
    tx: EntityManager,
    c: {
      personaId: string;
      personaVersion: number;
      traitIndex: number | null;
      authorId: string;
      body: string;
    },
  ): Promise<string> {
    const [row] = await tx.query(
      'INSERT INTO persona_comment (persona_id, persona_version, trait_index, author_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [c.personaId, c.personaVersion, c.traitIndex, c.authorId, c.body],
    );
    return row.id;
  }

  /** The reviews of each of these personas, in one query; per persona oldest first. */
  reviewsOfMany(personaIds: readonly string[]): Promise<ReviewEntity[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.reviews.find({
      where: { personaId: In([...new Set(personaIds)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The comments on each of these personas, in one query; per persona oldest first. */
  commentsOfMany(personaIds: readonly string[]): Promise<PersonaCommentEntity[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.comments.find({
      where: { personaId: In([...new Set(personaIds)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
