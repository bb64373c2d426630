import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/** One audit event to record. */
export interface AuditEventInput {
  workspaceId: string;
  studyId: string | null;
  personaId: string | null;
  actorId: string | null;
  action: string;
  before: number | null;
  after: number | null;
  detail: Record<string, unknown>;
}

/** The audit_event table: what happened to personas and to review settings. */
@Injectable()
export class AuditEventRepository {
  constructor(
    @InjectRepository(AuditEventEntity) private readonly repo: Repository<AuditEventEntity>,
  ) {}

  /** Records an event inside the transaction that performs the action. */
  async add(tx: EntityManager, e: AuditEventInput): Promise<void> {
    await tx.query(
      `INSERT INTO audit_event (workspace_id, study_id, persona_id, actor_id, action, before_version, after_version, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        e.workspaceId,
        e.studyId,
        e.personaId,
        e.actorId,
        e.action,
        e.before,
        e.after,
        JSON.stringify(e.detail),
      ],
    );
  }

  /** The events of each of these personas, in one query; per persona oldest first. */
  ofPersonas(personaIds: readonly string[]): Promise<AuditEventEntity[]> {
    if (!personaIds.length) return Promise.resolve([]);
    return this.repo.find({
      where: { personaId: In([...new Set(personaIds)]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }
}
