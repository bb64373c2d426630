import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ResponseEntity } from './response.entity';

/** Which answers `completeTextAnswers` reads: these questions, in responses to these versions of one survey. */
export interface TextAnswerGroup {
  surveyId: string;
  versions: readonly number[];
  questionIds: readonly string[];
}

/** One open-text answer (a JSON string) of a complete response. */
export interface TextAnswer {
  /** Index of the group in the request. */
  group: number;
  responseId: string;
  questionId: string;
  text: string;
}

/** An answer named by its response and question. */
export interface AnswerRef {
  responseId: string;
  questionId: string;
}

/** What coding needs to show and check an answer as a source text. */
export interface AnswerSourceRow extends AnswerRef {
  surveyId: string;
  surveyVersion: number;
  /** The stored answer (a JSON value), or null when the response has no answer to the question. */
  value: unknown;
  participantId: string | null;
  studyId: string;
  surveyTitle: string;
}

/** A complete response of a study, with its answers. */
export interface StudyResponse {
  id: string;
  surveyId: string;
  surveyVersion: number;
  answers: Record<string, unknown>;
  participantId: string | null;
}

/** A response as a persona's member list shows it. */
export interface MemberResponse {
  id: string;
  participantId: string | null;
  surveyId: string;
  surveyTitle: string;
  submittedAt: Date;
}

/** The survey version a response answered. */
export interface ResponseVersion {
  id: string;
  surveyId: string;
  surveyVersion: number;
}

/**
 * Read-only access to responses for the libs above surveys (coding, synthesis, personas).
 * Reads only surveys' own tables (response, survey); callers check access first. Every method is
 * one query, whatever the number of ids it is given.
 */
@Injectable()
export class ResponseReader {
  constructor(
    @InjectRepository(ResponseEntity) private readonly responses: Repository<ResponseEntity>,
  ) {}

  /**
   * The string answers to each group's questions in complete responses to the group's versions:
   * groups in the order given, then by response (submitted_at, id), then in the order the
   * answers are stored. Blank strings are included. Serves coding: `coding-units.ts` (one group
   * per frozen version, its open-text questions) and `themes/theme-units.ts` (one group per
   * chosen question, the versions in which it is open text).
   */
  async completeTextAnswers(groups: readonly TextAnswerGroup[]): Promise<TextAnswer[]> {
    const asked = groups.filter((g) => g.versions.length && g.questionIds.length);
    if (!asked.length) return [];
    const rows: TextAnswer[] = await this.responses.query(
      `SELECT (x.ord - 1)::int AS "group", r.id AS "responseId", e.key AS "questionId", e.value #>> '{}' AS text
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (survey_id uuid, versions int[], question_ids text[]))
              WITH ORDINALITY AS x(survey_id, versions, question_ids, ord)
         JOIN response r ON r.survey_id = x.survey_id AND r.survey_version = ANY(x.versions) AND r.complete
        CROSS JOIN LATERAL jsonb_each(r.answers) WITH ORDINALITY AS e(key, value, n)
        WHERE e.key = ANY(x.question_ids) AND jsonb_typeof(e.value) = 'string'
        ORDER BY x.ord, r.submitted_at, r.id, e.n`,
      [
        JSON.stringify(
          asked.map((g) => ({
            survey_id: g.surveyId,
            versions: g.versions,
            question_ids: g.questionIds,
          })),
        ),
      ],
    );
    // Report indexes into the caller's list, not into the non-empty groups sent.
    const index = asked.map((g) => groups.indexOf(g));
    return rows.map((r) => ({ ...r, group: index[r.group] }));
  }

  /**
   * Each answer with its response's survey, version, participant and study (unknown responses
   * are left out; a question the response did not answer has value null). Serves coding's
   * `source-text.service.ts` (an answer as a source text of a highlight).
   */
  async answerSources(refs: readonly AnswerRef[]): Promise<AnswerSourceRow[]> {
    if (!refs.length) return [];
    return this.responses.query(
      `SELECT x.response_id AS "responseId", x.question_id AS "questionId", r.survey_id AS "surveyId",
              r.survey_version AS "surveyVersion", r.answers -> x.question_id AS value,
              r.participant_id AS "participantId", s.study_id AS "studyId", s.title AS "surveyTitle"
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS x(response_id, question_id, n)
         JOIN response r ON r.id = x.response_id JOIN survey s ON s.id = r.survey_id
        ORDER BY x.n`,
      [refs.map((r) => r.responseId), refs.map((r) => r.questionId)],
    );
  }

  /**
   * The survey of each response (unknown ids are left out). Serves coding's
   * `highlight.service.ts` (agreement: which survey question a highlight's answer belongs to).
   */
  async surveysOf(responseIds: readonly string[]): Promise<Map<string, string>> {
    if (!responseIds.length) return new Map();
    const rows: { id: string; survey_id: string }[] = await this.responses.query(
      'SELECT id, survey_id FROM response WHERE id = ANY($1::uuid[])',
      [[...new Set(responseIds)]],
    );
    return new Map(rows.map((r) => [r.id, r.survey_id]));
  }

  /**
   * Every response (partial or complete) that answers each survey question, by response id
   * (then in the order the refs were given). Serves coding's `highlight.service.ts` (agreement:
   * the units two coders could both have coded).
   */
  async answering(refs: readonly { surveyId: string; questionId: string }[]): Promise<AnswerRef[]> {
    if (!refs.length) return [];
    return this.responses.query(
      `SELECT r.id AS "responseId", x.q AS "questionId"
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS x(s, q, n)
         JOIN response r ON r.survey_id = x.s AND r.answers ? x.q
        ORDER BY r.id, x.n`,
      [refs.map((r) => r.surveyId), refs.map((r) => r.questionId)],
    );
  }

  /**
   * When each of the study's complete responses was submitted, with its participant: serves
   * synthesis's persona tracking (share by month).
   */
  submittedOfStudy(
    studyId: string,
  ): Promise<{ id: string; participantId: string | null; at: Date }[]> {
    return this.responses.query(
      `SELECT r.id, r.participant_id AS "participantId", r.submitted_at AS at
         FROM response r JOIN survey s ON s.id = r.survey_id WHERE s.study_id = $1 AND r.complete`,
      [studyId],
    );
  }

  /**
   * The study's complete responses with their answers, oldest first (submitted_at, id). Serves
   * synthesis's `load-participants.ts` (participant labels come from studies' ParticipantReader).
   */
  async completeOfStudy(
    studyId: string,
    options: { excludeFlagged?: boolean } = {},
  ): Promise<StudyResponse[]> {
    // Quality flags (response_quality_flag): a flagged response is left out when asked.
    const clean = options.excludeFlagged
      ? ' AND NOT EXISTS (SELECT 1 FROM response_quality_flag f WHERE f.response_id = r.id)'
      : '';
    return this.responses.query(
      `SELECT r.id, r.survey_id AS "surveyId", r.survey_version AS "surveyVersion", r.answers, r.participant_id AS "participantId"
         FROM response r JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND r.complete${clean} ORDER BY r.submitted_at, r.id`,
      [studyId],
    );
  }

  /**
   * The study's complete responses that carry quality flags: how many, and how many per reason
   * (a response with two reasons counts under both). Serves synthesis's record of what it left out.
   */
  async flaggedOfStudy(
    studyId: string,
  ): Promise<{ flaggedCount: number; reasons: { reason: string; count: number }[] }> {
    const rows: { reason: string | null; count: number }[] = await this.responses.query(
      `SELECT f.reason, count(*)::int AS count
         FROM response_quality_flag f JOIN response r ON r.id = f.response_id JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND r.complete GROUP BY f.reason`,
      [studyId],
    );
    const [total] = await this.responses.query(
      `SELECT count(DISTINCT f.response_id)::int AS n
         FROM response_quality_flag f JOIN response r ON r.id = f.response_id JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND r.complete`,
      [studyId],
    );
    return {
      flaggedCount: (total as { n: number }).n,
      reasons: rows.filter((r) => r.reason !== null).map((r) => ({ reason: r.reason!, count: r.count })),
    };
  }

  /**
   * The study's responses of these participants or with these ids (partial ones too), oldest
   * first (submitted_at, id), with their survey's title; ids of other studies are left out.
   * Serves personas' `persona-members.service.ts` (a page of a persona's members).
   */
  async ofMembers(
    studyId: string,
    participantIds: readonly string[],
    responseIds: readonly string[],
  ): Promise<MemberResponse[]> {
    if (!participantIds.length && !responseIds.length) return [];
    return this.responses.query(
      `SELECT r.id, r.participant_id AS "participantId", r.survey_id AS "surveyId", s.title AS "surveyTitle", r.submitted_at AS "submittedAt"
         FROM response r JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND (r.participant_id = ANY($2::uuid[]) OR r.id = ANY($3::uuid[]))
        ORDER BY r.submitted_at, r.id`,
      [studyId, participantIds, responseIds],
    );
  }

  /**
   * The survey and version each of these responses answered; ids of other studies are left out.
   * Serves personas' `persona.service.ts` (question titles of quoted answers, as each response's
   * version words them).
   */
  async versionsOf(studyId: string, responseIds: readonly string[]): Promise<ResponseVersion[]> {
    if (!responseIds.length) return [];
    return this.responses.query(
      `SELECT r.id, r.survey_id AS "surveyId", r.survey_version AS "surveyVersion"
         FROM response r JOIN survey s ON s.id = r.survey_id
        WHERE s.study_id = $1 AND r.id = ANY($2::uuid[])`,
      [studyId, [...new Set(responseIds)]],
    );
  }
}
