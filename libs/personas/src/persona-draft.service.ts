import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { nullIfNotFound, type Transaction } from '@persona-lab/auth';
import { NotificationWriter } from '@persona-lab/notifications';
import { StudyService } from '@persona-lab/studies';
import { AuditEventRepository } from './data/audit-event.repository';
import { PersonaRepository } from './data/persona.repository';
import { avatarSvg } from './persona-avatar';
import { sameContent, type PersonaContent } from './persona-content';

/** One segment of a synthesis run, as synthesis hands it over. */
export interface DraftPersona {
  content: Omit<PersonaContent, 'avatarSvg'>;
  memberIds: string[];
  /** Engine member id → how well the member fits the segment, 0..1 (stored as `persona.member_fit`; {} when absent). */
  memberFits?: Record<string, number>;
}

/** Which run writes, for which study, on whose behalf (null: nobody, e.g. the demo seed). */
export interface WriteContext {
  studyId: string;
  workspaceId: string;
  runId: string;
  actorId: string | null;
}

/** What a run did to the study's personas. */
export interface WriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  vanished: number;
}

const MATCH_THRESHOLD = 0.3;

export function jaccard(a: readonly string[], b: readonly string[]): number {
  const set = new Set(a);
  let inter = 0;
  for (const x of b) if (set.has(x)) inter++;
  const union = set.size + b.length - inter;
  return union ? inter / union : 0;
}

/** Greedy one-to-one matching of new segments to existing personas by member overlap, best pairs first. */
export function matchSegments(
  drafts: { memberIds: string[] }[],
  existing: { member_ids: string[] }[],
): Map<number, number> {
  const pairs: [number, number, number][] = [];
  drafts.forEach((d, i) =>
    existing.forEach((e, j) => pairs.push([jaccard(d.memberIds, e.member_ids), i, j])),
  );
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const match = new Map<number, number>();
  const used = new Set<number>();
  for (const [score, i, j] of pairs) {
    if (score < MATCH_THRESHOLD || match.has(i) || used.has(j)) continue;
    match.set(i, j);
    used.add(j);
  }
  return match;
}

/** A version's authors plus one more (none when `userId` is null), without duplicates. */
export function authorsWith(authors: readonly string[], userId: string | null): string[] {
  return [...new Set(userId ? [...authors, userId] : authors)];
}

/** "2 new personas, 1 updated" — what a run did, for its notification. */
export function describeRun(s: WriteSummary): string {
  const parts = [
    s.created && `${s.created} new persona${s.created === 1 ? '' : 's'}`,
    s.updated && `${s.updated} updated`,
    s.vanished && `${s.vanished} no longer found`,
  ].filter(Boolean);
  return parts.length ? `${parts.join(', ')}.` : 'no persona changed.';
}

/** Synthesis hands its drafts here: the writer of a run's personas. */
@Injectable()
export class PersonaDraftService {
  constructor(
    private readonly personas: PersonaRepository,
    private readonly auditEvents: AuditEventRepository,
    private readonly notifications: NotificationWriter,
    private readonly studies: StudyService,
  ) {}

  /**
   * Writes a run's personas in one transaction: the caller's `tx` when given (synthesis
   * writes them with the run's own row), else a transaction of its own. A matched persona
   * whose content is unchanged keeps its version; a changed one gets a new DRAFT version (an
   * approved version is never edited: the change waits beside it); unmatched segments become
   * new drafts; personas whose segment vanished are flagged, never deleted. Whoever started
   * the run is told it finished (SYNTHESIS_FINISHED), in the same transaction.
   */
  async writeRun(
    ctx: WriteContext,
    drafts: DraftPersona[],
    tx?: Transaction,
  ): Promise<WriteSummary> {
    const study = ctx.actorId ? await this.studies.byId(ctx.studyId) : null;
    const run = async (manager: Transaction) => {
      const summary = await this.write(manager, ctx, drafts);
      if (ctx.actorId && study)
        await this.notifications.notify(
          {
            workspaceId: ctx.workspaceId,
            userIds: [ctx.actorId],
            kind: 'SYNTHESIS_FINISHED',
            actorId: null,
            title: `Synthesis finished for “${study.name}”: ${describeRun(summary)}`,
            link: `/studies/${ctx.studyId}/personas`,
            studyId: ctx.studyId,
            subjectId: ctx.runId,
          },
          manager,
        );
      return summary;
    };
    return tx ? run(tx) : this.personas.transaction(run);
  }

  /**
   * A run of `studyId` failed: whoever started it is told (SYNTHESIS_FINISHED, with the reason),
   * in the caller's transaction (the one that marks the run FAILED).
   */
  async runFailed(
    run: { studyId: string; runId: string; actorId: string | null },
    reason: string,
    tx: Transaction,
  ): Promise<void> {
    if (!run.actorId) return;
    // A study deleted meanwhile: nobody to tell about it, and the run must still end FAILED.
    const study = await nullIfNotFound(() => this.studies.byId(run.studyId));
    if (!study) return;
    await this.notifications.notify(
      {
        workspaceId: study.workspaceId,
        userIds: [run.actorId],
        kind: 'SYNTHESIS_FINISHED',
        actorId: null,
        title: `Synthesis failed for “${study.name}”: ${reason}`,
        link: `/studies/${run.studyId}/personas`,
        studyId: run.studyId,
        subjectId: run.runId,
      },
      tx,
    );
  }

  private async write(
    tx: Transaction,
    ctx: WriteContext,
    drafts: DraftPersona[],
  ): Promise<WriteSummary> {
    const existing = await this.personas.lockForRun(tx, ctx.studyId);
    const match = matchSegments(drafts, existing);
    const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, vanished: 0 };
    const audit = (
      personaId: string,
      action: string,
      before: number | null,
      after: number | null,
      detail: Record<string, unknown>,
    ) =>
      this.auditEvents.add(tx, {
        workspaceId: ctx.workspaceId,
        studyId: ctx.studyId,
        personaId,
        actorId: ctx.actorId,
        action,
        before,
        after,
        detail: { runId: ctx.runId, ...detail },
      });

    for (const [i, draft] of drafts.entries()) {
      const members = { memberIds: draft.memberIds, memberFits: draft.memberFits ?? {} };
      const j = match.get(i);
      if (j === undefined) {
        const id = randomUUID();
        // The face follows the segment's content (the engine's seed), so the same data gives the same face.
        const content: PersonaContent = {
          ...draft.content,
          avatarSvg: avatarSvg(draft.content.avatarSeed ?? id),
        };
        await this.personas.createFromRun(tx, {
          id,
          studyId: ctx.studyId,
          runId: ctx.runId,
          content,
          authors: ctx.actorId ? [ctx.actorId] : [],
          ...members,
        });
        await audit(id, 'RESYNTHESIS_CREATE', null, 1, {});
        summary.created++;
        continue;
      }
      const old = existing[j];
      // A persona keeps its name and face across runs, and a researcher's own words survive a re-run;
      // only what the data says (traits, evidence, shares) changes.
      const edited =
        old.origin === 'EDIT' ? { tagline: old.content.tagline, summary: old.content.summary } : {};
      const content: PersonaContent = {
        ...draft.content,
        ...edited,
        name: old.content.name,
        avatarSvg: old.content.avatarSvg,
      };
      if (sameContent(old.content, content)) {
        await this.personas.setMembers(tx, old.id, members);
        summary.unchanged++;
        continue;
      }
      const version = old.latest_version + 1;
      await this.personas.addRunVersion(tx, {
        id: old.id,
        version,
        runId: ctx.runId,
        content,
        // The new version keeps the name (and edited words) of the old one, so the old one's
        // authors stay its authors for the four-eyes rule; whoever started the run joins them.
        authors: authorsWith(old.authors, ctx.actorId),
        ...members,
      });
      await audit(old.id, 'RESYNTHESIS', old.latest_version, version, {
        previousStatus: old.status,
      });
      summary.updated++;
    }
    const matched = new Set(match.values());
    for (const [j, old] of existing.entries()) {
      if (matched.has(j)) continue;
      await this.personas.markVanished(tx, old.id);
      await audit(old.id, 'SEGMENT_VANISHED', old.latest_version, old.latest_version, {});
      summary.vanished++;
    }
    return summary;
  }
}
