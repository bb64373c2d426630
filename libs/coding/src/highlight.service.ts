import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessService, Right, type AuthUser } from '@persona-lab/auth';
import { badInput, conflict, notFound } from '@persona-lab/errors';
import { codingAgreement } from './agreement';
import { CODE_VIA } from './codebook.service';
import type { ApplyCodeInput } from './dto/coding.input';
import type { Agreement, Highlight, HighlightStatus } from './models/coding.model';
import { SourceTextService, checkSpan } from './source-text.service';

const HIGHLIGHT_VIA = 'SELECT h.id, st.workspace_id, st.id AS study_id FROM highlight h JOIN study st ON st.id = h.study_id WHERE h.id = $1';

export const SELECT_HIGHLIGHT = `SELECT h.id, h.code_id AS "codeId", h.start_offset AS start, h.end_offset AS "end", h.text, h.status, h.coder, h.confidence,
  json_build_object('type', h.source_type, 'segmentId', h.segment_id, 'responseId', h.response_id, 'questionId', h.question_id) AS source
  FROM highlight h`;

/** Highlights: people apply codes to spans; suggestions wait for a person to accept or reject them. */
@Injectable()
export class HighlightService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly sources: SourceTextService,
  ) {}

  /** A highlight a person applies is ACCEPTED; offsets are checked against the source text. */
  async apply(user: AuthUser, input: ApplyCodeInput): Promise<Highlight> {
    const { studyId } = await this.access.requireVia(user, CODE_VIA, input.codeId, Right.RESEARCH, 'The code');
    // Text of another study is answered exactly like text that does not exist.
    const source = await this.sources.resolve(input.source, (sourceStudy) => {
      if (sourceStudy !== studyId) throw notFound(input.source.type === 'TRANSCRIPT_SEGMENT' ? 'The transcript segment' : 'The survey response');
    });
    const text = checkSpan(source.text, input.start, input.end);
    const rows = await this.db.query(
      `INSERT INTO highlight (study_id, code_id, source_type, segment_id, response_id, question_id, start_offset, end_offset, text, status, coder)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'ACCEPTED', $10) ON CONFLICT DO NOTHING RETURNING id`,
      [
        studyId,
        input.codeId,
        input.source.type,
        input.source.type === 'TRANSCRIPT_SEGMENT' ? input.source.segmentId : null,
        input.source.type === 'SURVEY_ANSWER' ? input.source.responseId : null,
        input.source.type === 'SURVEY_ANSWER' ? input.source.questionId : null,
        input.start,
        input.end,
        text,
        user.id,
      ],
    );
    if (!rows.length) throw conflict('You have already applied this code to exactly this span.');
    return this.byId(rows[0].id);
  }

  async byId(id: string): Promise<Highlight> {
    const [h] = await this.db.query(`${SELECT_HIGHLIGHT} WHERE h.id = $1`, [id]);
    if (!h) throw notFound('The highlight');
    return h;
  }

  async remove(user: AuthUser, id: string): Promise<boolean> {
    await this.access.requireVia(user, HIGHLIGHT_VIA, id, Right.RESEARCH, 'The highlight');
    await this.db.query('DELETE FROM highlight WHERE id = $1', [id]);
    return true;
  }

  /** Accepting or rejecting a suggestion; a person's own highlights are already accepted. */
  async review(user: AuthUser, id: string, accept: boolean): Promise<Highlight> {
    await this.access.requireVia(user, HIGHLIGHT_VIA, id, Right.RESEARCH, 'The highlight');
    const rows = await this.db.query(
      `WITH u AS (UPDATE highlight SET status = $2 WHERE id = $1 AND status = 'SUGGESTED' RETURNING id) SELECT id FROM u`,
      [id, accept ? 'ACCEPTED' : 'REJECTED'],
    );
    if (!rows.length) throw conflict('This highlight is not a pending suggestion any more (it was already reviewed).');
    return this.byId(id);
  }

  async list(user: AuthUser, studyId: string, status?: HighlightStatus | null, codeId?: string | null): Promise<Highlight[]> {
    await this.access.requireStudy(user, studyId, Right.READ);
    const params: unknown[] = [studyId];
    let where = 'h.study_id = $1';
    if (status) {
      params.push(status);
      where += ` AND h.status = $${params.length}`;
    }
    if (codeId) {
      params.push(codeId);
      where += ` AND h.code_id::text = $${params.length}`;
    }
    return this.db.query(`${SELECT_HIGHLIGHT} WHERE ${where} ORDER BY h.created_at, h.id LIMIT 5000`, params);
  }

  /** Agreement between two coders; see `codingAgreement` for the definition of units. */
  async agreement(user: AuthUser, studyId: string, coderA: string, coderB: string): Promise<Agreement> {
    await this.access.requireStudy(user, studyId, Right.READ);
    if (coderA === coderB) throw badInput('Compare two different coders.');
    // A model "made a call" on every suggestion it gave, whatever a person later decided.
    const rows: { coder: string; source: string; unit: string; code_id: string }[] = await this.db.query(
      `SELECT h.coder, h.code_id,
              CASE WHEN h.source_type = 'TRANSCRIPT_SEGMENT' THEN 'iv:' || s.interview_id ELSE 'sq:' || r.survey_id || ':' || h.question_id END AS source,
              CASE WHEN h.source_type = 'TRANSCRIPT_SEGMENT' THEN 'seg:' || h.segment_id ELSE 'ans:' || h.response_id || ':' || h.question_id END AS unit
         FROM highlight h
         LEFT JOIN transcript_segment s ON s.id = h.segment_id
         LEFT JOIN response r ON r.id = h.response_id
        WHERE h.study_id = $1 AND h.coder = ANY($2)`,
      [studyId, [coderA, coderB]],
    );
    const sourcesOf = (coder: string) => new Set(rows.filter((r) => r.coder === coder).map((r) => r.source));
    const a = sourcesOf(coderA);
    const shared = [...sourcesOf(coderB)].filter((x) => a.has(x));
    const interviews = shared.filter((x) => x.startsWith('iv:')).map((x) => x.slice(3));
    const questions = shared.filter((x) => x.startsWith('sq:')).map((x) => x.slice(3).split(':'));
    const units: string[] = [
      ...(await this.db.query('SELECT id FROM transcript_segment WHERE interview_id = ANY($1) ORDER BY id', [interviews])).map((r: { id: string }) => `seg:${r.id}`),
      ...(questions.length
        ? await this.db.query(
            `SELECT r.id, x.q FROM unnest($1::uuid[], $2::text[]) AS x(s, q) JOIN response r ON r.survey_id = x.s AND r.answers ? x.q ORDER BY r.id`,
            [questions.map((q) => q[0]), questions.map((q) => q[1])],
          )
        : []
      ).map((r: { id: string; q: string }) => `ans:${r.id}:${r.q}`),
    ];
    const codes: { id: string; name: string }[] = await this.db.query('SELECT id, name FROM code WHERE study_id = $1 ORDER BY lower(name)', [studyId]);
    const decided = (coder: string) => new Set(rows.filter((r) => r.coder === coder).map((r) => `${r.unit}|${r.code_id}`));
    const setA = decided(coderA);
    const setB = decided(coderB);
    return {
      coderA,
      coderB,
      ...codingAgreement(units, codes.map((c) => c.id), setA, setB),
      perCode: codes.map((c) => ({ codeId: c.id, codeName: c.name, ...codingAgreement(units, [c.id], setA, setB) })),
    };
  }
}
