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
import { NotificationWriter, type NotificationKind } from '@persona-lab/notifications';
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
import {
  activeReviewers,
  listNames,
  mayReview,
  mentionedIn,
  nameOf,
  waitingFor,
  type ReviewMember,
} from './review-rules';
import { TraitEvidenceChecker } from './trait-evidence';
import { MAX_MARK_NOTE_CHARS, marksProblem, readMarks, type Mark } from './trait-marks';

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
const MAX_NAMED_REVIEWERS = 20;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The notification a decision sends to the version's authors, and its sentence. */
const DECISION_NOTICE: Record<
  ReviewPersonaInput['decision'],
  { kind: NotificationKind; verb: string }
> = {
  APPROVE: { kind: 'PERSONA_APPROVED', verb: 'approved' },
  REQUEST_CHANGES: { kind: 'CHANGES_REQUESTED', verb: 'asked for changes to' },
  REJECT: { kind: 'PERSONA_REJECTED', verb: 'rejected' },
};

/** Four eyes: what an author hears when they try to decide on their own version. */
const AUTHOR_REFUSAL =
  'You wrote, synthesized or submitted this version, so someone else must approve it.';

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
    private readonly notifications: NotificationWriter,
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

  /**
   * DRAFT → IN_REVIEW, optionally naming reviewers: current members with the review right who
   * are not authors of the version (BAD_USER_INPUT naming who otherwise). Tells the named
   * reviewers, or (none named) every member with the review right except the authors.
   */
  async submit(
    user: AuthUser,
    id: string,
    reviewerIds?: readonly string[] | null,
  ): Promise<Persona> {
    const access = await this.personas.requireAccess(user, id, Right.EDIT_PERSONAS);
    const named = [...new Set(reviewerIds ?? [])];
    if (named.length > MAX_NAMED_REVIEWERS)
      throw badInput(`Name at most ${MAX_NAMED_REVIEWERS} reviewers.`, { field: 'reviewerIds' });
    const members = await this.members(access);
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, id);
      if (p.status !== 'DRAFT') throw conflict(NOT_SUBMITTABLE[p.status]!, { status: p.status });
      // Whoever submits a version vouches for it: they count as its author for the four-eyes rule.
      const authors = authorsWith(p.authors, user.id);
      const problem = reviewerProblem(named, members, authors);
      if (problem) throw badInput(problem, { field: 'reviewerIds' });
      await this.repo.submit(tx, id, p.latest_version, named);
      await this.repo.addAuthor(tx, id, p.latest_version, user.id);
      await this.audit(tx, access, user, p, 'SUBMIT', p.latest_version, p.latest_version, {
        reviewerIds: named,
      });
      const recipients = waitingFor({ authors, reviewers: named }, members);
      await this.notify(
        tx,
        access,
        user,
        p,
        'REVIEW_REQUESTED',
        recipients,
        (who) => `${who} asked you to review “${p.content.name}”`,
      );
    });
    return this.personas.view(id);
  }

  /**
   * A decision on the version in review. Nobody approves a version they are an author of
   * (wrote a field it keeps, started the synthesis run that wrote it, or submitted it),
   * unless the workspace allows self-approval and they are an OWNER. When reviewers were
   * named at submit and one of them is still a member with the review right, only they
   * decide. The version's authors are told.
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
    const { marks, problems, field, stored } = this.marksOf(input);
    const members = await this.members(access);
    await this.repo.transaction(async (tx) => {
      const p = await this.lock(tx, input.personaId);
      if (p.status !== 'IN_REVIEW')
        throw conflict(`Only a persona in review can be reviewed; this one is ${p.status}.`, {
          status: p.status,
        });
      // Four eyes guard approval; an author may still send their own version back or reject it.
      if (
        input.decision === 'APPROVE' &&
        p.authors.includes(user.id) &&
        !(await this.maySelfApprove(tx, access))
      ) {
        throw forbidden(AUTHOR_REFUSAL);
      }
      const assigned = activeReviewers(p, members);
      if (assigned.length && !assigned.some((m) => m.user.id === user.id)) {
        const names = listNames(assigned.map((m) => nameOf(m.user)));
        throw forbidden(
          `${names} ${assigned.length === 1 ? 'was' : 'were'} asked to review this version; only ${assigned.length === 1 ? 'they decide' : 'one of them decides'} on it.`,
        );
      }
      const problem = marksProblem(marks, problems, p.content.traits.length, p.latest_version);
      if (problem) throw badInput(problem, { field });
      const reviewId = await this.reviewRows.addReview(tx, {
        personaId: p.id,
        reviewerId: user.id,
        decision: input.decision,
        comment,
        personaVersion: p.latest_version,
        traitChecks: stored,
      });
      await this.setStatus(
        tx,
        p.id,
        DECIDED[input.decision],
        input.decision === 'APPROVE' ? p.latest_version : undefined,
      );
      if (input.decision === 'REQUEST_CHANGES') await this.repo.setChangesRequested(tx, p.id);
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
      const notice = DECISION_NOTICE[input.decision];
      const authors = members.filter((m) => p.authors.includes(m.user.id));
      await this.notify(
        tx,
        access,
        user,
        p,
        notice.kind,
        authors,
        (who) => `${who} ${notice.verb} “${p.content.name}”`,
      );
    });
    return this.personas.view(input.personaId);
  }

  /** The trait marks of a decision (from `traitMarks` or `traitChecks`, not both) and what to store. */
  private marksOf(input: ReviewPersonaInput): {
    marks: Mark[];
    problems: string[];
    field: string;
    stored: unknown;
  } {
    const traitChecks = input.traitChecks ?? null;
    if (input.traitMarks != null) {
      if (traitChecks !== null)
        throw badInput('Send the trait checks once: traitMarks or traitChecks, not both.', {
          field: 'traitMarks',
        });
      const problems: string[] = [];
      const marks = input.traitMarks.map((m, i) => {
        if (!Number.isInteger(m.traitIndex) || m.traitIndex < 0)
          problems.push(`entry ${i + 1} has no trait index (a whole number from 0)`);
        const note = m.note?.trim() || null;
        if (note && note.length > MAX_MARK_NOTE_CHARS)
          problems.push(`the note of entry ${i + 1} is over 1,000 characters`);
        return { traitIndex: m.traitIndex, ok: m.ok, note };
      });
      return { marks, problems, field: 'traitMarks', stored: marks.length ? marks : null };
    }
    if (
      traitChecks !== null &&
      (typeof traitChecks !== 'object' ||
        JSON.stringify(traitChecks).length > MAX_TRAIT_CHECKS_CHARS)
    ) {
      throw badInput('traitChecks must be a JSON object or list of at most 20,000 characters.', {
        field: 'traitChecks',
      });
    }
    return { ...readMarks(traitChecks), field: 'traitChecks', stored: traitChecks };
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
    const members = await this.members(access);
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
      const mentioned = mentionedIn(text, members);
      await this.notify(
        tx,
        access,
        user,
        p,
        'MENTIONED',
        mentioned,
        (who) => `${who} mentioned you in a comment on “${p.content.name}”`,
      );
      // The version's authors hear of every other comment on it (a mention already told them).
      const authors = members.filter(
        (m) => p.authors.includes(m.user.id) && !mentioned.includes(m),
      );
      await this.notify(
        tx,
        access,
        user,
        p,
        'COMMENTED',
        authors,
        (who) => `${who} commented on “${p.content.name}”`,
      );
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

  /** The workspace's members with their roles (read before the transaction). */
  private async members(access: StudyAccess): Promise<ReviewMember[]> {
    return this.workspaces.members(access.workspaceId);
  }

  /** Tells these members (the actor is skipped), in the transaction that writes the event. */
  private async notify(
    tx: Transaction,
    access: StudyAccess,
    user: AuthUser,
    p: LockedPersona,
    kind: NotificationKind,
    recipients: readonly ReviewMember[],
    title: (actorName: string) => string,
  ): Promise<void> {
    if (!recipients.length) return;
    await this.notifications.notify(
      {
        workspaceId: access.workspaceId,
        userIds: recipients.map((m) => m.user.id),
        kind,
        actorId: user.id,
        title: title(nameOf(user)),
        link: `/personas/${p.id}`,
        studyId: access.studyId,
        subjectId: p.id,
      },
      tx,
    );
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

/**
 * Why these reviewers cannot be named for a version with these authors, naming who, or null:
 * each must be a current member with the review right and not an author.
 */
export function reviewerProblem(
  named: readonly string[],
  members: readonly ReviewMember[],
  authors: readonly string[],
): string | null {
  const byId = new Map(members.map((m) => [m.user.id, m]));
  const strangers = named.filter((id) => !byId.has(id));
  if (strangers.length) {
    // Ids are echoed only when they look like ids (never arbitrary text), at most three.
    const shown = strangers.filter((id) => UUID.test(id)).slice(0, 3);
    const who =
      shown.length === strangers.length ? listNames(shown) : 'Some of the reviewers named';
    return `${who} ${strangers.length === 1 ? 'is not a member' : 'are not members'} of this workspace; name members who may review.`;
  }
  const cannot = named.map((id) => byId.get(id)!).filter((m) => !mayReview(m.role));
  if (cannot.length)
    return `${listNames(cannot.map((m) => `${nameOf(m.user)} (${m.role})`))} cannot review personas; name an OWNER or REVIEWER.`;
  const own = named.map((id) => byId.get(id)!).filter((m) => authors.includes(m.user.id));
  if (own.length)
    return `${listNames(own.map((m) => nameOf(m.user)))} wrote, synthesized or submitted this version, so they cannot review it; name someone else.`;
  return null;
}
