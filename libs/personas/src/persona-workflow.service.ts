import { Injectable } from '@nestjs/common';
import {
  AccessService,
  Right,
  Role,
  WorkspaceService,
  can,
  type AuthUser,
  type Transaction,
  type Workspace,
} from '@persona-lab/auth';
import { badInput, conflict, forbidden, notFound } from '@persona-lab/errors';
import type { StudyAccess } from '@persona-lab/studies';
import { AuditEventRepository } from './data/audit-event.repository';
import { PersonaRepository, type LockedPersona } from './data/persona.repository';
import { ReviewRepository } from './data/review.repository';
import type { ReviewPersonaInput, UpdatePersonaInput } from './dto/persona.input';
import type { Persona, PersonaStatus } from './models/persona.model';
import type { PersonaComment } from './models/review.model';
import { sameContent, type PersonaContent } from './persona-content';
import { changedFields } from './persona-diff';
import { authorsWith } from './persona-draft.service';
import { PersonaService } from './persona.service';
import { TraitEvidenceChecker } from './trait-evidence';

/** What a person did to a persona, as the audit trail records it. */
type PersonaAction =
  'EDIT' | 'SUBMIT' | 'APPROVE' | 'REQUEST_CHANGES' | 'REJECT' | 'ARCHIVE' | 'COMMENT';

const DECIDED: Record<ReviewPersonaInput['decision'], PersonaStatus> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'DRAFT',
  REJECT: 'REJECTED',
};

const NOT_EDITABLE: Partial<Record<PersonaStatus, string>> = {
  IN_REVIEW: 'It is being reviewed; ask the reviewer to request changes first.',
  ARCHIVED: 'It is archived; archived personas cannot be edited.',
};

const NOT_SUBMITTABLE: Partial<Record<PersonaStatus, string>> = {
  IN_REVIEW: 'It is already waiting for review.',
  APPROVED: 'It is already approved; edit it to start a new draft.',
  REJECTED: 'It was rejected; edit it to start a new draft, then submit that.',
  ARCHIVED: 'It is archived; archived personas cannot be submitted.',
};

const MAX_TRAIT_CHECKS_CHARS = 20_000;

/**
 * The review workflow: edits make new versions, submit, approve, request
 * changes, reject, archive, comment. Each runs in one transaction with the
 * persona row locked and writes an audit event.
 */
@Injectable()
export class PersonaWorkflowService {
  constructor(
    private readonly repo: PersonaRepository,
    private readonly reviewRows: ReviewRepository,
    private readonly auditEvents: AuditEventRepository,
    private readonly access: AccessService,
    private readonly workspaces: WorkspaceService,
    private readonly personas: PersonaService,
    private readonly traits: TraitEvidenceChecker,
  ) {}

  /**
   * Writes a new version with the given fields replaced. A DRAFT gets its next
   * version; an APPROVED or REJECTED persona gets a new DRAFT beside it (the
   * approved version stays what clients see). Nothing changes when the
   * content would be the same.
   */
  async update(user: AuthUser, id: string, input: UpdatePersonaInput): Promise<Persona> {
    const access = await this.personas.requireAccess(user, id, Right.EDIT_PERSONAS);
    const name = input.name?.trim();
    if (input.name != null && !name) throw badInput('Give the persona a name.', { field: 'name' });
    const latest = await this.latestContent(id);
    const traits = input.traits
      ? await this.traits.check(access.studyId, input.traits, latest.traits)
      : null;
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, id);
      const refusal = NOT_EDITABLE[p.status];
      if (refusal) throw conflict(refusal, { status: p.status });
      const next: PersonaContent = {
        ...p.content,
        name: name ?? p.content.name,
        tagline: input.tagline === undefined ? p.content.tagline : input.tagline?.trim() || null,
        summary: input.summary == null ? p.content.summary : input.summary.trim(),
        traits: traits ?? p.content.traits,
      };
      if (sameContent(p.content, next)) return;
      const version = p.latest_version + 1;
      // Unchanged fields were written by the earlier authors: they stay authors of the new version.
      await this.repo.addEditedVersion(
        tx,
        id,
        version,
        next,
        user.id,
        authorsWith(p.authors, user.id),
      );
      await this.audit(tx, access, user, p, 'EDIT', p.latest_version, version, {
        fields: changedFields(p.content, next),
        previousStatus: p.status,
      });
    });
    return this.personas.view(id);
  }

  /** DRAFT → IN_REVIEW. */
  async submit(user: AuthUser, id: string): Promise<Persona> {
    const access = await this.personas.requireAccess(user, id, Right.EDIT_PERSONAS);
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, id);
      if (p.status !== 'DRAFT') throw conflict(NOT_SUBMITTABLE[p.status]!, { status: p.status });
      await this.setStatus(tx, id, 'IN_REVIEW');
      // Whoever submits a version vouches for it: they count as its author for the four-eyes rule.
      await this.repo.addAuthor(tx, id, p.latest_version, user.id);
      await this.audit(tx, access, user, p, 'SUBMIT', p.latest_version, p.latest_version, {});
    });
    return this.personas.view(id);
  }

  /**
   * A decision on the version in review. Nobody approves a version they are an author of
   * (wrote a field it keeps, started the synthesis run that wrote it, or submitted it),
   * unless the workspace allows self-approval and they are an OWNER.
   */
  async review(user: AuthUser, input: ReviewPersonaInput): Promise<Persona> {
    const access = await this.personas.requireAccess(user, input.personaId, Right.REVIEW_PERSONAS);
    const comment = input.comment?.trim() || null;
    if (input.decision !== 'APPROVE' && !comment) {
      throw badInput(
        input.decision === 'REJECT' ? 'Say why you reject it.' : 'Say what should change.',
        { field: 'comment' },
      );
    }
    const traitChecks = input.traitChecks ?? null;
    if (
      traitChecks !== null &&
      (typeof traitChecks !== 'object' ||
        JSON.stringify(traitChecks).length > MAX_TRAIT_CHECKS_CHARS)
    ) {
      throw badInput('traitChecks must be a JSON object or list of at most 20,000 characters.', {
        field: 'traitChecks',
      });
    }
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, input.personaId);
      if (p.status !== 'IN_REVIEW')
        throw conflict(`Only a persona in review can be reviewed; this one is ${p.status}.`, {
          status: p.status,
        });
      if (
        input.decision === 'APPROVE' &&
        p.authors.includes(user.id) &&
        !(await this.maySelfApprove(tx, access))
      ) {
        throw forbidden(
          'You wrote, synthesized or submitted this version, so someone else must approve it.',
        );
      }
      const reviewId = await this.reviewRows.addReview(tx, {
        personaId: p.id,
        reviewerId: user.id,
        decision: input.decision,
        comment,
        personaVersion: p.latest_version,
        traitChecks,
      });
      await this.setStatus(
        tx,
        p.id,
        DECIDED[input.decision],
        input.decision === 'APPROVE' ? p.latest_version : undefined,
      );
      const approving = input.decision === 'APPROVE';
      await this.audit(
        tx,
        access,
        user,
        p,
        input.decision,
        approving ? p.approved_version : p.latest_version,
        p.latest_version,
        { reviewId, comment },
      );
    });
    return this.personas.view(input.personaId);
  }

  /** Any state → ARCHIVED; final. */
  async archive(user: AuthUser, id: string): Promise<Persona> {
    const access = await this.personas.requireAccess(user, id, Right.EDIT_PERSONAS);
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, id);
      if (p.status === 'ARCHIVED') throw conflict('It is already archived.', { status: p.status });
      await this.setStatus(tx, id, 'ARCHIVED');
      await this.audit(tx, access, user, p, 'ARCHIVE', p.latest_version, p.latest_version, {
        previousStatus: p.status,
      });
    });
    return this.personas.view(id);
  }

  /** A remark on the latest version, on the whole persona or one trait (OWNER, RESEARCHER, REVIEWER). */
  async comment(
    user: AuthUser,
    personaId: string,
    body: string,
    traitIndex: number | null,
  ): Promise<PersonaComment> {
    const access = await this.personas.requireAccess(user, personaId, Right.READ);
    if (!can(access.role, Right.EDIT_PERSONAS) && !can(access.role, Right.REVIEW_PERSONAS)) {
      throw forbidden(
        `Your role (${access.role}) cannot comment on personas. Ask a workspace owner.`,
      );
    }
    const text = body.trim();
    if (!text) throw badInput('Write something to comment.', { field: 'body' });
    if (text.length > 5000)
      throw badInput('Keep the comment under 5,000 characters.', { field: 'body' });
    const id = await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, personaId);
      if (
        traitIndex !== null &&
        (!Number.isInteger(traitIndex) || traitIndex < 0 || traitIndex >= p.content.traits.length)
      ) {
        throw badInput(
          `traitIndex must be between 0 and ${p.content.traits.length - 1}: version ${p.latest_version} has ${p.content.traits.length} traits.`,
          {
            field: 'traitIndex',
          },
        );
      }
      const commentId = await this.reviewRows.addComment(tx, {
        personaId,
        personaVersion: p.latest_version,
        traitIndex,
        authorId: user.id,
        body: text,
      });
      await this.audit(tx, access, user, p, 'COMMENT', p.latest_version, p.latest_version, {
        commentId,
        traitIndex,
      });
      return commentId;
    });
    const comment = (await this.personas.comments(personaId)).find((c) => c.id === id);
    if (!comment) throw notFound('The comment');
    return comment;
  }

  /** Lets OWNERs approve versions they wrote themselves (OWNER only). */
  async setSelfApproval(user: AuthUser, workspaceId: string, allow: boolean): Promise<Workspace> {
    await this.access.requireWorkspace(user, workspaceId, Right.MANAGE_MEMBERS);
    await this.repo.transaction(async (tx) => {
      await this.workspaces.setSelfApproval(workspaceId, allow, tx);
      await this.auditEvents.add(tx, {
        workspaceId,
        studyId: null,
        personaId: null,
        actorId: user.id,
        action: 'SET_SELF_APPROVAL',
        before: null,
        after: null,
        detail: { allowSelfApproval: allow },
      });
    });
    const workspace = await this.workspaces.get(user, workspaceId);
    if (!workspace) throw notFound('The workspace');
    return workspace;
  }

  private async maySelfApprove(tx: Transaction, access: StudyAccess): Promise<boolean> {
    if (access.role !== Role.OWNER) return false;
    return this.workspaces.allowsSelfApproval(access.workspaceId, tx);
  }

  private async latestContent(id: string): Promise<PersonaContent> {
    const content = await this.repo.latestContent(id);
    if (!content) throw notFound('The persona');
    return content;
  }

  private async lock(tx: Transaction, id: string): Promise<LockedPersona> {
    const row = await this.repo.lock(tx, id);
    if (!row) throw notFound('The persona');
    return row;
  }

  private setStatus(
    tx: Transaction,
    id: string,
    status: PersonaStatus,
    approvedVersion?: number,
  ): Promise<void> {
    return this.repo.setStatus(tx, id, status, approvedVersion);
  }

  private audit(
    tx: Transaction,
    access: StudyAccess,
    user: AuthUser,
    p: LockedPersona,
    action: PersonaAction,
    before: number | null,
    after: number | null,
    detail: Record<string, unknown>,
  ) {
    return this.auditEvents.add(tx, {
      workspaceId: access.workspaceId,
      studyId: access.studyId,
      personaId: p.id,
      actorId: user.id,
      action,
      before,
      after,
      detail,
    });
  }
}
