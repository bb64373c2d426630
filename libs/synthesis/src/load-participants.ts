import type { DataSource } from 'typeorm';
import { answerText, isPrivateQuestion, type Question, type SurveyDefinition } from '@persona-lab/survey-logic';
import type { AnswerInput, CodeInput, ParticipantInput, TextInput, TextSource } from './engine';

const CHOICE = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'DROPDOWN', 'RANKING']);
const NUMBER = new Set(['RATING', 'LIKERT', 'NPS', 'NUMBER']);
const TEXT = new Set(['SHORT_TEXT', 'LONG_TEXT']);
const SCALE = new Set(['RATING', 'LIKERT', 'NPS']);
/** Rows handled between two turns of the event loop, so the API keeps answering while a big study loads. */
const ROWS_PER_TURN = 500;
const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface LoadedStudy {
  participants: ParticipantInput[];
  /** Engine participant id → participant table id (null for unlinked respondents). */
  participantRow: Map<string, string | null>;
}

/**
 * Everything synthesis may use, and nothing it may not: complete responses
 * (answers to questions whose personaField is not NONE, never EMAIL answers,
 * never sensitive questions unless the researcher opted one in for description),
 * interviewee turns (never the interviewer's) and the highlights on them that
 * nobody rejected (suggested ones — e.g. a discovered theme's member sentences —
 * go in marked as not accepted, so the engine weighs them less).
 * A response and an interview linked to the same participant become one row.
 */
export async function loadStudyParticipants(db: DataSource, studyId: string): Promise<LoadedStudy> {
  const versions: { survey_id: string; version: number; definition: SurveyDefinition }[] = await db.query(
    'SELECT v.survey_id, v.version, v.definition FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.study_id = $1',
    [studyId],
  );
  const defs = new Map(versions.map((v) => [`${v.survey_id}:${v.version}`, v.definition]));
  const byKey = new Map<string, ParticipantInput>();
  const participantRow = new Map<string, string | null>();
  const sources = new Map<string, TextSource>();
  const get = (key: string, label: string, row: string | null) => {
    let p = byKey.get(key);
    if (!p) {
      p = { id: key, label, answers: [], texts: [], codes: [] };
      byKey.set(key, p);
      participantRow.set(key, row);
    }
    return p;
  };

  const responses: { id: string; survey_id: string; survey_version: number; answers: Record<string, unknown>; participant_id: string | null; label: string | null }[] =
    await db.query(
      `SELECT r.id, r.survey_id, r.survey_version, r.answers, r.participant_id, p.label
         FROM response r JOIN survey s ON s.id = r.survey_id LEFT JOIN participant p ON p.id = r.participant_id
        WHERE s.study_id = $1 AND r.complete ORDER BY r.submitted_at, r.id`,
      [studyId],
    );
  for (let i = 0; i < responses.length; i++) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await yieldTurn();
    const r = responses[i];
    const def = defs.get(`${r.survey_id}:${r.survey_version}`);
    if (!def) continue;
    const p = r.participant_id ? get(`p:${r.participant_id}`, r.label ?? 'Participant', r.participant_id) : get(`r:${r.id}`, `Respondent ${r.id.slice(0, 6)}`, null);
    for (const q of def.questions) {
      const value = r.answers[q.id];
      if (value === undefined || q.personaField === 'NONE' || isPrivateQuestion(q)) continue;
      // A sensitive answer never leaves the database for synthesis unless opted in for description.
      if (q.sensitive && !q.sensitiveOptIn) continue;
      const answer = toAnswer(q, value, r.id);
      if (!answer) continue;
      p.answers.push(answer);
      if (answer.sensitive) continue; // described only: never a quotable source or open text
      sources.set(`ans:${r.id}:${q.id}`, answer.source);
      if (answer.kind === 'text') p.texts.push({ ...answer.source, kind: 'answer', personaField: q.personaField } satisfies TextInput);
    }
  }

  const segments: { id: string; text: string; interview_id: string; participant_id: string | null; label: string | null; title: string }[] = await db.query(
    `SELECT s.id, s.text, i.id AS interview_id, i.participant_id, p.label, i.title
       FROM transcript_segment s JOIN interview i ON i.id = s.interview_id LEFT JOIN participant p ON p.id = i.participant_id
      WHERE i.study_id = $1 AND NOT s.is_interviewer ORDER BY i.created_at, s.index`,
    [studyId],
  );
  for (let i = 0; i < segments.length; i++) {
    if (i > 0 && i % ROWS_PER_TURN === 0) await yieldTurn();
    const s = segments[i];
    const p = s.participant_id ? get(`p:${s.participant_id}`, s.label ?? s.title, s.participant_id) : get(`i:${s.interview_id}`, s.title, null);
    const source: TextInput = { ref: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id }, text: s.text, kind: 'turn' };
    p.texts.push(source);
    sources.set(`seg:${s.id}`, source);
  }

  const highlights: { code_id: string; name: string; category: string; source_type: string; segment_id: string | null; response_id: string | null; question_id: string | null; start_offset: number; end_offset: number; status: string }[] =
    await db.query(
      `SELECT h.code_id, c.name, c.category, h.source_type, h.segment_id, h.response_id, h.question_id, h.start_offset, h.end_offset, h.status
         FROM highlight h JOIN code c ON c.id = h.code_id WHERE h.study_id = $1 AND h.status IN ('ACCEPTED', 'SUGGESTED')`,
      [studyId],
    );
  const owner = new Map<string, ParticipantInput>();
  for (const p of byKey.values()) for (const t of p.texts.concat(p.answers.map((a) => a.source))) owner.set(refKey(t.ref), p);
  for (const h of highlights) {
    const key = h.source_type === 'TRANSCRIPT_SEGMENT' ? `seg:${h.segment_id}` : `ans:${h.response_id}:${h.question_id}`;
    const source = sources.get(key);
    const p = source && owner.get(key);
    // Highlights on interviewer turns, NONE questions or private answers have no source here, so they are never used.
    if (!source || !p || h.end_offset > source.text.length) continue;
    const code: CodeInput = { codeId: h.code_id, codeName: h.name, category: h.category, source, start: h.start_offset, end: h.end_offset, accepted: h.status === 'ACCEPTED' };
    p.codes.push(code);
  }
  return { participants: [...byKey.values()], participantRow };
}

const refKey = (ref: TextSource['ref']) => (ref.type === 'TRANSCRIPT_SEGMENT' ? `seg:${ref.segmentId}` : `ans:${ref.responseId}:${ref.questionId}`);

function toAnswer(q: Question, value: unknown, responseId: string): AnswerInput | null {
  const text = answerText(q, value);
  if (!text) return null;
  const base = {
    questionId: q.id,
    questionTitle: q.title,
    personaField: q.personaField,
    source: { ref: { type: 'SURVEY_ANSWER' as const, responseId, questionId: q.id }, text },
    ...(q.sensitive ? { sensitive: true, describeOnly: true } : {}),
  };
  if (CHOICE.has(q.type)) {
    const ids = Array.isArray(value) ? value : [value];
    return {
      ...base,
      kind: 'choice',
      multiple: q.type === 'MULTIPLE_CHOICE',
      choiceLabels: ids.map((id) => q.options?.find((o) => o.id === id)?.label ?? String(id)),
    };
  }
  if (NUMBER.has(q.type) && typeof value === 'number') {
    const scale = SCALE.has(q.type) ? (q.type === 'NPS' ? { min: 0, max: 10 } : { min: q.min ?? 1, max: q.max ?? 5 }) : undefined;
    return { ...base, kind: 'number', number: value, ...(scale ? { scale } : {}) };
  }
  if (TEXT.has(q.type)) return { ...base, kind: 'text' };
  return null;
}
