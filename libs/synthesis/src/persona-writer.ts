import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { avatarSvg } from './engine';
import { sameContent, type PersonaContent } from './persona-content';

export interface DraftPersona {
  content: Omit<PersonaContent, 'avatarSvg'>;
  memberIds: string[];
  /** Engine member id → how well the member fits the segment, 0..1 (stored as `persona.member_fit`; {} when absent). */
  memberFits?: Record<string, number>;
}

interface ExistingPersona {
  id: string;
  status: string;
  latest_version: number;
  origin: 'SYNTHESIS' | 'EDIT';
  member_ids: string[];
  content: PersonaContent;
}

export interface WriteContext {
  studyId: string;
  workspaceId: string;
  runId: string;
  actorId: string | null;
}

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
export function matchSegments(drafts: { memberIds: string[] }[], existing: { member_ids: string[] }[]): Map<number, number> {
  const pairs: [number, number, number][] = [];
  drafts.forEach((d, i) => existing.forEach((e, j) => pairs.push([jaccard(d.memberIds, e.member_ids), i, j])));
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

/**
 * Writes a run's personas inside the caller's transaction. A matched persona
 * whose content is unchanged keeps its version; a changed one gets a new
 * DRAFT version (an approved version is never edited: the change waits
 * beside it); unmatched segments become new drafts; personas whose segment
 * vanished are flagged, never deleted.
 */
export async function writeRunPersonas(tx: EntityManager, ctx: WriteContext, drafts: DraftPersona[]): Promise<WriteSummary> {
  const existing: ExistingPersona[] = await tx.query(
    `SELECT p.id, p.status, p.latest_version, p.member_ids, v.content, v.origin
       FROM persona p JOIN persona_version v ON v.persona_id = p.id AND v.version = p.latest_version
      WHERE p.study_id = $1 AND p.status <> 'ARCHIVED' ORDER BY p.created_at, p.id FOR UPDATE OF p`,
    [ctx.studyId],
  );
  const match = matchSegments(drafts, existing);
  const summary: WriteSummary = { created: 0, updated: 0, unchanged: 0, vanished: 0 };
  const audit = (personaId: string, action: string, before: number | null, after: number | null, detail: object) =>
    tx.query(
      `INSERT INTO audit_event (workspace_id, study_id, persona_id, actor_id, action, before_version, after_version, detail)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [ctx.workspaceId, ctx.studyId, personaId, ctx.actorId, action, before, after, { runId: ctx.runId, ...detail }],
    );

  for (const [i, draft] of drafts.entries()) {
    const j = match.get(i);
    if (j === undefined) {
      const id = randomUUID();
      const content: PersonaContent = { ...draft.content, avatarSvg: avatarSvg(id) };
      await tx.query(
        `INSERT INTO persona (id, study_id, status, latest_version, member_ids, member_fit, synthesis_run_id) VALUES ($1, $2, 'DRAFT', 1, $3, $5, $4)`,
        [id, ctx.studyId, JSON.stringify(draft.memberIds), ctx.runId, JSON.stringify(draft.memberFits ?? {})],
      );
      await tx.query(
        `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id) VALUES ($1, 1, $2, 'SYNTHESIS', $3)`,
        [id, content, ctx.runId],
      );
      await audit(id, 'RESYNTHESIS_CREATE', null, 1, {});
      summary.created++;
      continue;
    }
    const old = existing[j];
    // A persona keeps its name and face across runs, and a researcher's own words survive a re-run;
    // only what the data says (traits, evidence, shares) changes.
    const edited = old.origin === 'EDIT' ? { tagline: old.content.tagline, summary: old.content.summary } : {};
    const content: PersonaContent = { ...draft.content, ...edited, name: old.content.name, avatarSvg: old.content.avatarSvg };
    if (sameContent(old.content, content)) {
      await tx.query('UPDATE persona SET member_ids = $2, member_fit = $3, segment_vanished = false WHERE id = $1', [
        old.id,
        JSON.stringify(draft.memberIds),
        JSON.stringify(draft.memberFits ?? {}),
      ]);
      summary.unchanged++;
      continue;
    }
    const version = old.latest_version + 1;
    await tx.query(
      `INSERT INTO persona_version (persona_id, version, content, origin, synthesis_run_id) VALUES ($1, $2, $3, 'SYNTHESIS', $4)`,
      [old.id, version, content, ctx.runId],
    );
    await tx.query(
      `UPDATE persona SET status = 'DRAFT', latest_version = $2, member_ids = $3, member_fit = $5, segment_vanished = false,
              synthesis_run_id = $4, updated_at = now() WHERE id = $1`,
      [old.id, version, JSON.stringify(draft.memberIds), ctx.runId, JSON.stringify(draft.memberFits ?? {})],
    );
    await audit(old.id, 'RESYNTHESIS', old.latest_version, version, { previousStatus: old.status });
    summary.updated++;
  }
  const matched = new Set(match.values());
  for (const [j, old] of existing.entries()) {
    if (matched.has(j)) continue;
    await tx.query('UPDATE persona SET segment_vanished = true, updated_at = now() WHERE id = $1 AND NOT segment_vanished', [old.id]);
    await audit(old.id, 'SEGMENT_VANISHED', old.latest_version, old.latest_version, {});
    summary.vanished++;
  }
  return summary;
}
