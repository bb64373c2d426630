import { Injectable } from '@nestjs/common';
import { batchLoad } from '@persona-lab/auth';
import { PersonaAssignmentRepository } from './data/persona-assignment.repository';
import type { PersonaDrift as Drift } from './persona-drift';
import { personaDrift } from './persona-drift';
import type { PersonaShareMonth } from './models/persona-tracking.model';

/** A persona's share by month and its drift since approval, from persona_assignment (batched per request). */
@Injectable()
export class PersonaTrackingService {
  constructor(private readonly assignments: PersonaAssignmentRepository) {}

  shareByMonth(ctx: object, personaId: string): Promise<PersonaShareMonth[]> {
    return batchLoad(
      ctx,
      'personas.shareByMonth',
      async (ids: readonly string[]) => {
        const rows = await this.assignments.monthCounts(ids);
        return ids.map((id) =>
          rows
            .filter((r) => r.personaId === id)
            .map((r) => ({
              month: r.month,
              count: r.count,
              total: r.total,
              share: r.total > 0 ? r.count / r.total : 0,
            })),
        );
      },
      personaId,
    );
  }

  /** Null while the persona has no approved version (or it was approved before reviews were recorded). */
  drift(ctx: object, personaId: string): Promise<Drift | null> {
    return batchLoad(
      ctx,
      'personas.drift',
      async (ids: readonly string[]) => {
        const approved = (await this.assignments.approved(ids)).filter(
          (a) => a.approvedAt && a.runId,
        );
        const counts = await this.assignments.newcomersSince(
          approved.map((a) => ({ personaId: a.id, runId: a.runId!, since: a.approvedAt })),
        );
        const byId = new Map(
          approved.map((a) => {
            const c = counts.find((x) => x.personaId === a.id);
            return [
              a.id,
              personaDrift({
                approvedAt: new Date(a.approvedAt),
                shareAtApproval: a.content.segmentShare,
                traits: a.content.traits,
                newcomers: c?.newcomers ?? 0,
                assigned: c?.assigned ?? 0,
                factCounts: new Map((c?.facts ?? []).map((f) => [f.key, f.count])),
              }),
            ];
          }),
        );
        return ids.map((id) => byId.get(id) ?? null);
      },
      personaId,
    );
  }
}
