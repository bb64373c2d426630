import type { EntityManager } from 'typeorm';
import type { StudyAccess } from '@persona-lab/auth';

export type PersonaAction =
  'EDIT' | 'SUBMIT' | 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT' | 'ARCHIVE' | 'COMMENT';

export interface AuditEntry {
  access: StudyAccess;
  personaId: string;
  actorId: string;
  action: PersonaAction;
  before: number | null;
  after: number | null;
  detail: Record<string, unknown>;
}

/** Records one action on a persona inside the transaction that performs it. */
export async function writeAudit(tx: EntityManager, e: AuditEntry): Promise<void> {
  await tx.query(
    `INSERT INTO audit_event (workspace_id, study_id, persona_id, actor_id, action, before_version, after_version, detail)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      e.access.workspaceId,
      e.access.studyId,
      e.personaId,
      e.actorId,
      e.action,
      e.before,
      e.after,
      JSON.stringify(e.detail),
    ],
  );
}
