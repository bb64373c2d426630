import { Injectable } from '@nestjs/common';
import { Right, batchLoad, type AuthUser, type Transaction } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import { customerLabel } from '@persona-lab/privacy/customer-key';
import { ParticipantReader, ParticipantService, StudyAccessService } from '@persona-lab/studies';
import { InterviewRepository, type InterviewRow } from './data/interview.repository';
import type { ImportTranscriptInput } from './dto/import-transcript.input';
import type { InterviewCustomerLinker } from './interview-customer.linker';
import type { Interview, TranscriptSegment } from './models/interview.model';
import { TranscriptParseError, parseTranscript, type ParsedSegment } from './parsers';

const MAX_SEGMENTS = 20_000;
const MAX_CUSTOMER_ID = 200;

/** A customer identifier as given, trimmed; null for none; BAD_USER_INPUT when it cannot be one. */
function readCustomerId(raw: string | null | undefined): string | null {
  const id = raw?.trim();
  if (!id) return null;
  if (id.length > MAX_CUSTOMER_ID || id.includes('\u0000'))
    throw badInput(`Give a customer id of at most ${MAX_CUSTOMER_ID} characters, as your product names the customer.`, {
      field: 'customerId',
    });
  return id;
}

/** Transcripts: parsed once at import, stored as immutable segments. */
@Injectable()
export class InterviewService {
  constructor(
    private readonly interviews: InterviewRepository,
    private readonly access: StudyAccessService,
    private readonly participants: ParticipantService,
    private readonly participantReader: ParticipantReader,
  ) {}

  /**
   * Parses and stores a transcript in one transaction; malformed input stores nothing. A
   * `customerId` (which needs `customers`, the app's linker) is stored as its hash only and makes
   * the interviewee that customer's participant: the one a survey or ticket already linked, else the
   * labelled interviewee (the key is registered for it), else a new "Customer 3f9a1c".
   */
  async import(
    user: AuthUser,
    input: ImportTranscriptInput,
    customers?: InterviewCustomerLinker,
  ): Promise<Interview> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    const customerId = readCustomerId(input.customerId);
    if (customerId && !customers) throw new Error('Linking an interview to a customer needs the customer linker.');
    let segments: ParsedSegment[];
    try {
      segments = parseTranscript(input.format, input.content);
    } catch (error) {
      if (error instanceof TranscriptParseError)
        throw badInput(error.message, { field: 'content', line: error.line });
      throw error;
    }
    // A JSON transcript can smuggle \u0000 past the request check; PostgreSQL text cannot hold it.
    const nul = segments.findIndex(
      (s) => s.text.includes('\u0000') || s.speaker?.includes('\u0000'),
    );
    if (nul >= 0)
      throw badInput(
        `Turn ${nul + 1} contains a NUL character (\\u0000); remove it and import again.`,
        { field: 'content' },
      );
    if (segments.length > MAX_SEGMENTS)
      throw badInput(`A transcript can have at most ${MAX_SEGMENTS} turns; split the file.`, {
        field: 'content',
      });
    const interviewers = new Set(
      (input.interviewerSpeakers ?? []).map((s) => s.trim().toLowerCase()),
    );
    const row = await this.interviews.transaction(async (tx) => {
      const keyHash = customerId ? customers!.hash(input.studyId, customerId) : null;
      const linked = keyHash ? await customers!.linked(input.studyId, keyHash, tx) : null;
      let participantId = linked;
      if (!linked && input.participantLabel?.trim())
        participantId = await this.participants.findOrCreate(tx, input.studyId, input.participantLabel);
      if (keyHash && !linked)
        participantId = await customers!.register(input.studyId, keyHash, participantId, tx);
      const id = await this.interviews.insert(
        {
          studyId: input.studyId,
          participantId,
          title: input.title.trim(),
          format: input.format,
          conductedAt: input.conductedAt ?? null,
          interviewerSpeakers: input.interviewerSpeakers ?? [],
          customerKeyHash: keyHash,
        },
        segments.map((s) => ({
          speaker: s.speaker,
          startMs: s.startMs,
          endMs: s.endMs,
          text: s.text,
          isInterviewer: s.speaker ? interviewers.has(s.speaker.trim().toLowerCase()) : false,
        })),
        tx,
      );
      return this.interviews.byId(id, tx);
    });
    const [interview] = await this.withParticipants(row ? [row] : []);
    return interview;
  }

  /**
   * Gives an interview a customer identifier, changes it, or (null or blank) removes it, in one
   * transaction. The interview moves to the customer's participant (the one already linked to
   * the hash; else, when it had no customer before, its interviewee, for whom the hash is
   * registered; else a new "Customer 3f9a1c"). Removing the id detaches the interview from the
   * participant it joined through that id. Only the hash is stored.
   */
  async setCustomer(
    user: AuthUser,
    interviewId: string,
    rawCustomerId: string | null | undefined,
    customers: InterviewCustomerLinker,
  ): Promise<Interview> {
    await this.access.requireVia(
      user,
      (x) => this.interviews.studyOf(x),
      interviewId,
      Right.RESEARCH,
      'The interview',
    );
    const customerId = readCustomerId(rawCustomerId);
    const row = await this.interviews.transaction(async (tx) => {
      const current = await this.interviews.lockById(interviewId, tx);
      if (!current) return undefined;
      const { studyId } = current;
      const keyHash = customerId ? customers.hash(studyId, customerId) : null;
      if (keyHash !== current.customerKeyHash) {
        const participantId = await this.participantForCustomer(studyId, current, keyHash, customers, tx);
        await this.interviews.setCustomer(interviewId, keyHash, participantId, tx);
      }
      return this.interviews.byId(interviewId, tx);
    });
    const [interview] = await this.withParticipants(row ? [row] : []);
    return interview;
  }

  /** Where `setCustomer` puts the interview (see there). */
  private async participantForCustomer(
    studyId: string,
    current: InterviewRow,
    keyHash: string | null,
    customers: InterviewCustomerLinker,
    tx: Transaction,
  ): Promise<string | null> {
    const previous = current.customerKeyHash
      ? await customers.linked(studyId, current.customerKeyHash, tx)
      : null;
    // The interviewee it joined through its former id is that customer's, not the new one's.
    const own = previous && previous === current.participantId ? null : current.participantId;
    if (!keyHash) return own;
    return (
      (await customers.linked(studyId, keyHash, tx)) ??
      customers.register(studyId, keyHash, own, tx)
    );
  }

  async get(user: AuthUser, id: string): Promise<Interview> {
    await this.access.requireVia(
      user,
      (x) => this.interviews.studyOf(x),
      id,
      Right.READ,
      'The interview',
    );
    const row = await this.interviews.byId(id);
    const [interview] = await this.withParticipants(row ? [row] : []);
    return interview;
  }

  /** The study's interviews, newest first; the caller has already checked access to the study. */
  async listForStudy(studyId: string): Promise<Interview[]> {
    return this.withParticipants(await this.interviews.listForStudy(studyId));
  }

  async segments(interviewId: string): Promise<TranscriptSegment[]> {
    return this.interviews.segments(interviewId);
  }

  /** `listForStudy` for a field resolved once per study: one query per step per tick of the GraphQL request `ctx`. */
  listForStudyBatched(ctx: object, studyId: string): Promise<Interview[]> {
    return batchLoad(
      ctx,
      'interviews.ofStudy',
      async (ids: readonly string[]) => {
        const interviews = await this.withParticipants(await this.interviews.listForStudies(ids));
        return ids.map((id) => interviews.filter((i) => i.studyId === id));
      },
      studyId,
    );
  }

  /** `segments` for a field resolved once per interview: one query per tick of the GraphQL request `ctx`. */
  segmentsBatched(ctx: object, interviewId: string): Promise<TranscriptSegment[]> {
    return batchLoad(
      ctx,
      'interviews.segments',
      async (ids: readonly string[]) => {
        const byInterview = new Map<string, TranscriptSegment[]>(ids.map((id) => [id, []]));
        for (const { interviewId: id, ...segment } of await this.interviews.segmentsOfMany(ids))
          byInterview.get(id)?.push(segment);
        return ids.map((id) => byInterview.get(id)!);
      },
      interviewId,
    );
  }

  /** The interviews as the model shows them, with their interviewees (one query for all). */
  private async withParticipants(rows: InterviewRow[]): Promise<Interview[]> {
    const ids = [...new Set(rows.map((r) => r.participantId).filter((x): x is string => !!x))];
    const byId = new Map((await this.participantReader.byIds(ids)).map((p) => [p.id, p]));
    return rows.map((r) => ({
      id: r.id,
      studyId: r.studyId,
      title: r.title,
      conductedAt: r.conductedAt,
      interviewerSpeakers: r.interviewerSpeakers,
      segmentCount: r.segmentCount ?? 0,
      customerLabel: r.customerKeyHash ? customerLabel(r.customerKeyHash) : null,
      participant: r.participantId ? (byId.get(r.participantId) ?? null) : null,
    }));
  }
}
