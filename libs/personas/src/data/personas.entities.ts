import { AuditEventEntity } from './audit-event.entity';
import { PersonaAssignmentEntity } from './persona-assignment.entity';
import { PersonaCommentEntity } from './persona-comment.entity';
import { PersonaShareEntity } from './persona-share.entity';
import { PersonaVersionEntity } from './persona-version.entity';
import { PersonaEntity } from './persona.entity';
import { ReviewEntity } from './review.entity';

/** The tables personas owns: persona, persona_version, review, persona_comment, audit_event, persona_share, persona_assignment. */
export const PERSONAS_ENTITIES = [
  PersonaEntity,
  PersonaVersionEntity,
  ReviewEntity,
  PersonaCommentEntity,
  AuditEventEntity,
  PersonaShareEntity,
  PersonaAssignmentEntity,
];
