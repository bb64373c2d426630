import { Injectable } from '@nestjs/common';
import { UserReader, batchLoad, type UserRow } from '@persona-lab/auth';
import { AuditEventRepository } from './data/audit-event.repository';
import { ReviewRepository } from './data/review.repository';
import type { ReviewDecision, ReviewEvent, ReviewEventKind } from './models/review.model';
import { marksOf } from './trait-marks';

const DECIDED: Record<ReviewDecision, ReviewEventKind> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  REJECT: 'REJECTED',
};

/** Audit actions that are steps of the conversation (decisions and comments come from their own rows). */
const FROM_AUDIT: Record<string, ReviewEventKind> = {
  EDIT: 'NEW_VERSION',
  RESYNTHESIS: 'NEW_VERSION',
  RESYNTHESIS_CREATE: 'NEW_VERSION',
  SUBMIT: 'SUBMITTED',
  ARCHIVE: 'ARCHIVED',
};

/** Within one instant, the order a reader expects: a new version, its submit, remarks, then the decision. */
const RANK: Record<ReviewEventKind, number> = {
  NEW_VERSION: 0,
  SUBMITTED: 1,
  COMMENTED: 2,
  CHANGES_REQUESTED: 3,
  APPROVED: 3,
  REJECTED: 3,
  ARCHIVED: 4,
};

type Draft = Omit<ReviewEvent, 'actor' | 'reviewers'> & {
  actorId: string | null;
  reviewerIds: string[];
};

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** A persona's review history, told as a conversation from its audit trail, reviews and comments. */
@Injectable()
export class ReviewHistoryService {
  constructor(
    private readonly auditEvents: AuditEventRepository,
    private readonly reviewRows: ReviewRepository,
    private readonly users: UserReader,
  ) {}

  /** `reviewHistory` for a field resolved once per persona: one query per source per tick of the request `ctx`. */
  ofPersonaBatched(ctx: object, personaId: string): Promise<ReviewEvent[]> {
    return batchLoad(
      ctx,
      'personas.reviewHistory',
      (personaIds: readonly string[]) => this.ofPersonas(personaIds),
      personaId,
    );
  }

  async ofPersonas(personaIds: readonly string[]): Promise<ReviewEvent[][]> {
    const [events, reviews, comments] = await Promise.all([
      this.auditEvents.ofPersonas(personaIds),
      this.reviewRows.reviewsOfMany(personaIds),
      this.reviewRows.commentsOfMany(personaIds),
    ]);
    const drafts: (Draft & { personaId: string })[] = [];
    const blank = {
      reviewerIds: [],
      body: null,
      traitIndex: null,
      traitMarks: [],
      origin: null,
      fields: [],
    };
    for (const e of events) {
      const kind = e.personaId && FROM_AUDIT[e.action];
      if (!kind) continue;
      const detail = (e.detail ?? {}) as Record<string, unknown>;
      drafts.push({
        ...blank,
        personaId: e.personaId!,
        id: e.id,
        kind,
        actorId: e.actorId,
        createdAt: e.createdAt,
        version: e.afterVersion ?? e.beforeVersion ?? 1,
        reviewerIds: kind === 'SUBMITTED' ? ids(detail.reviewerIds) : [],
        origin: kind === 'NEW_VERSION' ? (e.action === 'EDIT' ? 'EDIT' : 'SYNTHESIS') : null,
        fields: e.action === 'EDIT' ? ids(detail.fields) : [],
      });
    }
    for (const r of reviews)
      drafts.push({
        ...blank,
        personaId: r.personaId,
        id: r.id,
        kind: DECIDED[r.decision],
        actorId: r.reviewerId,
        createdAt: r.createdAt,
        version: r.personaVersion,
        body: r.comment,
        traitMarks: marksOf(r.traitChecks),
      });
    for (const c of comments)
      drafts.push({
        ...blank,
        personaId: c.personaId,
        id: c.id,
        kind: 'COMMENTED',
        actorId: c.authorId,
        createdAt: c.createdAt,
        version: c.personaVersion,
        body: c.body,
        traitIndex: c.traitIndex,
      });
    const people = await this.users.mapByIds([
      ...new Set(drafts.flatMap((d) => [...(d.actorId ? [d.actorId] : []), ...d.reviewerIds])),
    ]);
    const user = (id: string | null): UserRow | null => (id && people.get(id)) || null;
    drafts.sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() ||
        RANK[a.kind] - RANK[b.kind] ||
        a.version - b.version,
    );
    return personaIds.map((personaId) =>
      drafts
        .filter((d) => d.personaId === personaId)
        .map(({ actorId, reviewerIds, personaId: _, ...d }) => ({
          ...d,
          actor: user(actorId),
          reviewers: reviewerIds.flatMap((id) => user(id) ?? []),
        })),
    );
  }
}
