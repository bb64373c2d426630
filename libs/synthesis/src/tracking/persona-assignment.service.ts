import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Right, type AuthUser } from '@persona-lab/auth';
import { JobQueue } from '@persona-lab/db';
import {
  PersonaAssignmentRepository,
  type AssignmentRow,
  type RunPersonaMembers,
} from '@persona-lab/personas';
import { StudyAccessService } from '@persona-lab/studies';
import { SynthesisRunRepository } from '../data/synthesis-run.repository';
import { assignToSegments, type SegmentModel } from '../engine';
import { StudyParticipantsLoader } from '../load-participants';
import { ParticipantDates } from './participant-dates';

/** The assignment of a study's newcomers, one pg-boss job per study (singleton while pending). */
export const ASSIGN_JOB = 'persona-assign';
/** Every 15 minutes, every study with a tracked run gets an assignment job (new data since is placed). */
export const ASSIGN_SWEEP_JOB = 'persona-assign-sweep';
export const ASSIGN_SWEEP_CRON = '*/15 * * * *';
/** Participants placed between two turns of the event loop. */
const PER_TURN = 500;

/** What one assignment pass did. */
export interface AssignmentSummary {
  runId: string | null;
  /** Rows written by this pass (members and newcomers seen for the first time). */
  recorded: number;
  /** Newcomers this pass placed in a persona, and left unassigned. */
  assigned: number;
  unassigned: number;
  /** Newcomers recorded against the run in all, after this pass. */
  newcomers: number;
}

/** For each segment of the model, the persona holding most of its anchor members (null when none). */
export function personaOfSegments(
  model: SegmentModel,
  personas: RunPersonaMembers[],
): (string | null)[] {
  const sets = personas.map((p) => ({ id: p.id, members: new Set(p.memberIds) }));
  return model.anchors.map((anchors) => {
    let best: { id: string; n: number } | null = null;
    for (const p of sets) {
      const n = anchors.filter((a) => p.members.has(a)).length;
      if (n > 0 && (!best || n > best.n)) best = { id: p.id, n };
    }
    return best?.id ?? null;
  });
}

/**
 * Personas over time: every participant of a study is recorded once against the study's latest
 * run that kept a segment model — the run's members with their persona, everyone else (new
 * responses, interviews, feedback conversations: whatever `StudyParticipantsLoader` gives) placed
 * by `assignToSegments` or left unassigned with the reason. A pass writes all its rows in one
 * statement that skips participants already recorded, so a retry, a concurrent pass or a pass
 * after a killed one never duplicates and never loses a row that was written.
 */
@Injectable()
export class PersonaAssignmentService implements OnModuleInit {
  private readonly logger = new Logger('PersonaAssignment');

  constructor(
    private readonly runs: SynthesisRunRepository,
    private readonly assignments: PersonaAssignmentRepository,
    private readonly loader: StudyParticipantsLoader,
    private readonly dates: ParticipantDates,
    private readonly access: StudyAccessService,
    private readonly queue: JobQueue,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<{ studyId: string }>(ASSIGN_JOB, async ({ studyId }) => {
      await this.assignStudy(studyId);
    });
    await this.queue.schedule(ASSIGN_SWEEP_JOB, ASSIGN_SWEEP_CRON, async () => {
      for (const studyId of await this.runs.studiesWithModel()) await this.enqueue(studyId);
    });
  }

  /** Queues a pass for the study (a no-op while one is pending). */
  async enqueue(studyId: string): Promise<void> {
    await this.queue.send(ASSIGN_JOB, { studyId }, { singletonKey: studyId });
  }

  /** A pass now, for a researcher (OWNER, RESEARCHER). */
  async assignNow(user: AuthUser, studyId: string): Promise<AssignmentSummary> {
    await this.access.requireStudy(user, studyId, Right.RESEARCH);
    return this.assignStudy(studyId);
  }

  async assignStudy(studyId: string): Promise<AssignmentSummary> {
    const empty = { recorded: 0, assigned: 0, unassigned: 0, newcomers: 0 };
    const run = await this.runs.latestModel(studyId);
    if (!run) return { runId: null, ...empty };
    const model = run.model as SegmentModel;
    const personas = await this.assignments.runPersonas(studyId, run.id);
    if (personas.length === 0 || model.version !== 1) return { runId: run.id, ...empty };
    const segmentPersona = personaOfSegments(model, personas);
    const memberOf = new Map<string, string>();
    for (const p of personas) for (const id of p.memberIds) memberOf.set(id, p.id);

    const [loaded, dates, recorded] = await Promise.all([
      this.loader.load(studyId),
      this.dates.of(studyId),
      this.assignments.recordedKeys(run.id),
    ]);
    const now = new Date();
    const rows: AssignmentRow[] = [];
    let assigned = 0;
    let unassigned = 0;
    let i = 0;
    for (const p of loaded.participants) {
      if (recorded.has(p.id)) continue;
      if (++i % PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
      const base = {
        participantKey: p.id,
        participantId: loaded.participantRow.get(p.id) ?? null,
        dataAt: dates.get(p.id) ?? now,
      };
      const persona = memberOf.get(p.id);
      if (persona) {
        rows.push({ ...base, origin: 'MEMBER', personaId: persona, reason: 'MEMBER', fit: 1, factKeys: [] });
        continue;
      }
      const a = assignToSegments(model, p);
      const personaId = a.segmentIndex === null ? null : (segmentPersona[a.segmentIndex] ?? null);
      if (personaId) assigned++;
      else unassigned++;
      rows.push({
        ...base,
        origin: 'NEWCOMER',
        personaId,
        reason: a.reason,
        fit: a.fit,
        factKeys: a.factKeys,
      });
    }
    const written = await this.assignments.record(studyId, run.id, rows);
    const newcomers =
      [...recorded].filter((k) => !memberOf.has(k)).length +
      rows.filter((r) => r.origin === 'NEWCOMER').length;
    if (written > 0)
      this.logger.log(`study ${studyId}: ${written} recorded (${assigned} placed, ${unassigned} unassigned)`);
    return { runId: run.id, recorded: written, assigned, unassigned, newcomers };
  }
}
