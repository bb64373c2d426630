import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { PersonaContent } from '../persona-content';
import { PersonaShareEntity } from './persona-share.entity';

/** A share link as its study's list shows it: the persona's approved name for a one-persona link. */
export interface ShareLinkRow {
  id: string;
  workspace_id: string;
  study_id: string;
  persona_id: string | null;
  persona_name: string | null;
  created_by: string | null;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  view_count: number;
  last_viewed_at: Date | null;
}

/** A persona's approved version, as a share link shows it. */
export interface ApprovedPersonaRow {
  id: string;
  content: PersonaContent;
}

export interface NewShare {
  workspaceId: string;
  studyId: string;
  personaId: string | null;
  tokenHash: string;
  createdBy: string;
  expiresAt: Date;
}

const LINK_COLUMNS = `s.id, s.workspace_id, s.study_id, s.persona_id, v.content->>'name' AS persona_name,
  s.created_by, s.created_at, s.expires_at, s.revoked_at, s.view_count, s.last_viewed_at`;
const SELECT_LINK = `SELECT ${LINK_COLUMNS} FROM persona_share s
  LEFT JOIN persona p ON p.id = s.persona_id
  LEFT JOIN persona_version v ON v.persona_id = p.id AND v.version = p.approved_version`;

/** The persona_share table (and the approved versions it shows): the only code that reads or writes it. */
@Injectable()
export class PersonaShareRepository {
  constructor(
    @InjectRepository(PersonaShareEntity) private readonly repo: Repository<PersonaShareEntity>,
  ) {}

  /** Stores a new link; returns its id. */
  async insert(share: NewShare): Promise<string> {
    const rows: { id: string }[] = await this.repo.query(
      `INSERT INTO persona_share (workspace_id, study_id, persona_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        share.workspaceId,
        share.studyId,
        share.personaId,
        share.tokenHash,
        share.createdBy,
        share.expiresAt,
      ],
    );
    return rows[0].id;
  }

  /** One link with its persona's approved name, or undefined. */
  async byId(id: string): Promise<ShareLinkRow | undefined> {
    const rows: ShareLinkRow[] = await this.repo.query(`${SELECT_LINK} WHERE s.id = $1`, [id]);
    return rows[0];
  }

  /** The study a link belongs to, or undefined when there is no such link. */
  async studyOf(id: string): Promise<string | undefined> {
    const row = await this.repo.findOne({ select: { studyId: true }, where: { id } });
    return row?.studyId;
  }

  /** A study's links, newest first. */
  forStudy(studyId: string): Promise<ShareLinkRow[]> {
    return this.repo.query(
      `${SELECT_LINK} WHERE s.study_id = $1 ORDER BY s.created_at DESC, s.id`,
      [studyId],
    );
  }

  /** Revokes a link (a second revoke keeps the first time). */
  async revoke(id: string): Promise<void> {
    await this.repo.query(
      'UPDATE persona_share SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1',
      [id],
    );
  }

  /** The link with this token hash if it is neither revoked nor expired. */
  async live(
    tokenHash: string,
  ): Promise<
    { id: string; study_id: string; persona_id: string | null; expires_at: Date } | undefined
  > {
    const rows: { id: string; study_id: string; persona_id: string | null; expires_at: Date }[] =
      await this.repo.query(
        `SELECT id, study_id, persona_id, expires_at FROM persona_share
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [tokenHash],
      );
    return rows[0];
  }

  /** Counts one view of a link. */
  async countView(id: string): Promise<void> {
    await this.repo.query(
      'UPDATE persona_share SET view_count = view_count + 1, last_viewed_at = now() WHERE id = $1',
      [id],
    );
  }

  /**
   * The approved versions of a study's personas (or of one of them), oldest persona first. An
   * archived persona is left out; a newer draft beside an approved version never shows.
   */
  approved(studyId: string, personaId: string | null): Promise<ApprovedPersonaRow[]> {
    return this.repo.query(
      `SELECT p.id, v.content FROM persona p
         JOIN persona_version v ON v.persona_id = p.id AND v.version = p.approved_version
        WHERE p.study_id = $1 AND p.status <> 'ARCHIVED' AND ($2::uuid IS NULL OR p.id = $2::uuid)
        ORDER BY p.created_at, p.id`,
      [studyId, personaId],
    );
  }
}
