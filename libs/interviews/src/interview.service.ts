import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput } from '@persona-lab/errors';
import type { ImportTranscriptInput } from './dto/import-transcript.input';
import { ParticipantService } from '@persona-lab/studies';
import type { Interview, TranscriptSegment } from './models/interview.model';
import { TranscriptParseError, parseTranscript, type ParsedSegment } from './parsers';

const INTERVIEW_VIA = 'SELECT i.id, st.workspace_id, st.id AS study_id FROM interview i JOIN study st ON st.id = i.study_id WHERE i.id = $1';
const MAX_SEGMENTS = 20_000;

const toInterview = (r: any): Interview => ({
  id: r.id,
  studyId: r.study_id,
  title: r.title,
  conductedAt: r.conducted_at,
  interviewerSpeakers: r.interviewer_speakers,
  segmentCount: r.segment_count ?? 0,
  participant: r.participant_id ? { id: r.participant_id, label: r.participant_label, attributes: r.participant_attributes } : null,
});

const SELECT_INTERVIEW = `
  SELECT i.*, p.label AS participant_label, p.attributes AS participant_attributes,
         (SELECT count(*)::int FROM transcript_segment s WHERE s.interview_id = i.id) AS segment_count
    FROM interview i LEFT JOIN participant p ON p.id = i.participant_id`;

/** Transcripts: parsed once at import, stored as immutable segments. */
@Injectable()
export class InterviewService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly participants: ParticipantService,
  ) {}

  /** Parses and stores a transcript in one transaction; malformed input stores nothing. */
  async import(user: AuthUser, input: ImportTranscriptInput): Promise<Interview> {
    await this.access.requireStudy(user, input.studyId, Right.RESEARCH);
    let segments: ParsedSegment[];
    try {
      segments = parseTranscript(input.format, input.content);
    } catch (error) {
      if (error instanceof TranscriptParseError) throw badInput(error.message, { field: 'content', line: error.line });
      throw error;
    }
    // A JSON transcript can smuggle \u0000 past the request check; PostgreSQL text cannot hold it.
    const nul = segments.findIndex((s) => s.text.includes('\u0000') || s.speaker?.includes('\u0000'));
    if (nul >= 0) throw badInput(`Turn ${nul + 1} contains a NUL character (\\u0000); remove it and import again.`, { field: 'content' });
    if (segments.length > MAX_SEGMENTS) throw badInput(`A transcript can have at most ${MAX_SEGMENTS} turns; split the file.`, { field: 'content' });
    const interviewers = new Set((input.interviewerSpeakers ?? []).map((s) => s.trim().toLowerCase()));
    return this.db.transaction(async (tx) => {
      const participantId = input.participantLabel?.trim() ? await this.participants.findOrCreate(tx, input.studyId, input.participantLabel) : null;
      const [row] = await tx.query(
        `INSERT INTO interview (study_id, participant_id, title, format, conducted_at, interviewer_speakers)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [input.studyId, participantId, input.title.trim(), input.format, input.conductedAt ?? null, input.interviewerSpeakers ?? []],
      );
      await tx.query(
        `INSERT INTO transcript_segment (interview_id, index, speaker, start_ms, end_ms, text, is_interviewer)
         SELECT $1, i - 1, s, st, en, tx, iv
           FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::boolean[]) WITH ORDINALITY AS x(s, st, en, tx, iv, i)`,
        [
          row.id,
          segments.map((s) => s.speaker),
          segments.map((s) => s.startMs),
          segments.map((s) => s.endMs),
          segments.map((s) => s.text),
          segments.map((s) => (s.speaker ? interviewers.has(s.speaker.trim().toLowerCase()) : false)),
        ],
      );
      const [full] = await tx.query(`${SELECT_INTERVIEW} WHERE i.id = $1`, [row.id]);
      return toInterview(full);
    });
  }

  async get(user: AuthUser, id: string): Promise<Interview> {
    await this.access.requireVia(user, INTERVIEW_VIA, id, Right.READ, 'The interview');
    const [row] = await this.db.query(`${SELECT_INTERVIEW} WHERE i.id = $1`, [id]);
    return toInterview(row);
  }

  async listForStudy(studyId: string): Promise<Interview[]> {
    const rows = await this.db.query(`${SELECT_INTERVIEW} WHERE i.study_id = $1 ORDER BY i.created_at DESC, i.id`, [studyId]);
    return rows.map(toInterview);
  }

  async segments(interviewId: string): Promise<TranscriptSegment[]> {
    return this.db.query(
      `SELECT id, index, speaker, start_ms AS "startMs", end_ms AS "endMs", text, is_interviewer AS "isInterviewer"
         FROM transcript_segment WHERE interview_id = $1 ORDER BY index`,
      [interviewId],
    );
  }
}
