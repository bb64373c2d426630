import { Injectable } from '@nestjs/common';
import { WorkspaceService, batchLoad, type AuthUser, type User } from '@persona-lab/auth';
import { StudyService } from '@persona-lab/studies';
import { PersonaRepository } from './data/persona.repository';
import type { Persona } from './models/persona.model';
import { PersonaService } from './persona.service';
import { activeReviewers, mayReview, waitingFor } from './review-rules';

/** Who a persona in review waits for: the caller's queue and a persona's named reviewers. */
@Injectable()
export class ReviewQueueService {
  constructor(
    private readonly repo: PersonaRepository,
    private readonly personas: PersonaService,
    private readonly workspaces: WorkspaceService,
    private readonly studies: StudyService,
  ) {}

  /**
   * The personas IN_REVIEW in the caller's workspaces (where they may review) that wait for
   * them: named as a reviewer, or none named (or none left) — never versions they authored.
   */
  async forUser(user: AuthUser, ctx: object): Promise<Persona[]> {
    const workspaces = (await this.workspaces.list(user)).filter(
      (w) => w.myRole && mayReview(w.myRole),
    );
    if (!workspaces.length) return [];
    const [studies, members] = await Promise.all([
      Promise.all(workspaces.map((w) => this.studies.listForWorkspaceBatched(ctx, w.id))),
      Promise.all(workspaces.map((w) => this.workspaces.membersBatched(ctx, w.id))),
    ]);
    const membersOf = new Map(workspaces.map((w, i) => [w.id, members[i]]));
    const workspaceOf = new Map(studies.flat().map((s) => [s.id, s.workspaceId]));
    const rows = await this.repo.inReview([...workspaceOf.keys()]);
    const waiting = rows.filter((r) =>
      waitingFor(r, membersOf.get(workspaceOf.get(r.study_id)!) ?? []).some(
        (m) => m.user.id === user.id,
      ),
    );
    return this.personas.viewMany(waiting.map((r) => r.id));
  }

  /** The named reviewers of the version in review who still count (see `activeReviewers`). */
  async reviewersBatched(ctx: object, persona: Persona): Promise<User[]> {
    if (persona.latestStatus !== 'IN_REVIEW') return [];
    const named = await batchLoad(
      ctx,
      'personas.namedReviewers',
      async (ids: readonly string[]) => {
        const rows = new Map(
          (await this.repo.reviewersInReview(ids)).map((r) => [r.id, r.reviewers]),
        );
        return ids.map((id) => rows.get(id) ?? []);
      },
      persona.id,
    );
    if (!named.length) return [];
    const study = await this.studies.byIdBatched(ctx, persona.studyId);
    const members = await this.workspaces.membersBatched(ctx, study.workspaceId);
    const active = activeReviewers({ authors: [], reviewers: named }, members);
    // In the order they were named.
    return named.flatMap((id) => active.find((m) => m.user.id === id)?.user ?? []);
  }
}
