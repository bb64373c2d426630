import type { DataSource } from 'typeorm';
import { isPrivateQuestion, type SurveyDefinition } from '@persona-lab/survey-logic';

/** A codable piece of a study's text: a participant's transcript turn or an open-text answer. */
export interface CodingUnit {
  id: string;
  text: string;
  source: { type: 'TRANSCRIPT_SEGMENT'; segmentId: string } | { type: 'SURVEY_ANSWER'; responseId: string; questionId: string };
}

export const unitKey = (s: { type: string; segmentId?: string | null; responseId?: string | null; questionId?: string | null }) =>
  s.type === 'TRANSCRIPT_SEGMENT' ? `seg:${s.segmentId}` : `ans:${s.responseId}:${s.questionId}`;

/** Participant turns (never the interviewer's) and open-text answers of complete responses. */
export async function loadCodingUnits(db: DataSource, studyId: string): Promise<CodingUnit[]> {
  const segments: { id: string; text: string }[] = await db.query(
    `SELECT s.id, s.text FROM transcript_segment s JOIN interview i ON i.id = s.interview_id
      WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY i.created_at, s.index`,
    [studyId],
  );
  const versions: { survey_id: string; version: number; definition: SurveyDefinition }[] = await db.query(
    'SELECT v.survey_id, v.version, v.definition FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.study_id = $1',
    [studyId],
  );
  const textQuestions = new Map<string, string[]>();
  for (const v of versions) {
    const ids = v.definition.questions.filter((q) => (q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT') && !isPrivateQuestion(q)).map((q) => q.id);
    textQuestions.set(`${v.survey_id}:${v.version}`, ids);
  }
  const answers: { response_id: string; question_id: string; text: string }[] = [];
  for (const [key, ids] of textQuestions) {
    if (!ids.length) continue;
    const [surveyId, version] = key.split(':');
    answers.push(
      ...(await db.query(
        `SELECT r.id AS response_id, e.key AS question_id, e.value #>> '{}' AS text
           FROM response r CROSS JOIN LATERAL jsonb_each(r.answers) e
          WHERE r.survey_id = $1 AND r.survey_version = $2 AND r.complete AND e.key = ANY($3) AND jsonb_typeof(e.value) = 'string'
          ORDER BY r.submitted_at, r.id`,
        [surveyId, Number(version), ids],
      )),
    );
  }
  return [
    ...segments.map((s): CodingUnit => ({ id: `seg:${s.id}`, text: s.text, source: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id } })),
    ...answers
      .filter((a) => a.text.trim())
      .map((a): CodingUnit => ({
        id: `ans:${a.response_id}:${a.question_id}`,
        text: a.text,
        source: { type: 'SURVEY_ANSWER', responseId: a.response_id, questionId: a.question_id },
      })),
  ];
}
