import { AuditEventEntity } from './audit-event.entity';
import { PersonaCommentEntity } from './persona-comment.entity';
import { PersonaShareEntity } from './persona-share.entity';
import { PersonaVersionEntity } from './persona-version.entity';
import { PersonaEntity } from './persona.entity';
import { ReviewEntity } from './review.entity';

/** The tables personas owns: persona, persona_version, review, persona_comment, audit_event, persona_share. */
export const PERSONAS_ENTITIES = [
  PersonaEntity,
  PersonaVersionEntity,
  ReviewEntity,
  PersonaCommentEntity,
  AuditEventEntity,
  PersonaShareEntity,
];
