import { badInput } from '@persona-lab/errors';
import { findPrivate, type PrivateSpan } from '@persona-lab/privacy';
import { isPrivateQuestion, type PersonaField, type Question } from '@persona-lab/survey-logic';
import type { SurveyReader } from '@persona-lab/surveys';
import { messageUnit, type CodingUnit, type TextSources } from '../coding-units';
import { FEEDBACK_SCOPE, TRANSCRIPTS_SCOPE } from '../data/theme.repository';
import type { CodeCategory } from '../models/coding.model';

/** The scope of transcript themes (`theme.source_scope`). */
export const TRANSCRIPTS = TRANSCRIPTS_SCOPE;
/** The scope of feedback themes: customers' messages (`theme.source_scope`). */
export const FEEDBACK = FEEDBACK_SCOPE;

/** The readers theme discovery reads a study's text and questions through. */
export interface ThemeSources extends TextSources {
  surveys: TextSources['surveys'] & Pick<SurveyReader, 'surveysOfStudy'>;
}

/** A unit with the private spans (emails, phone numbers) of its source text. */
export interface ThemeSourceUnit extends CodingUnit {
  /** The source text with every private span blanked by spaces of the same length: offsets still line up. */
  masked: string;
  privateSpans: PrivateSpan[];
}

/** One question's answers, or the study's participant turns: themes are discovered per group. */
export interface ThemeGroup {
  /** The question id (the first box's, for numbered boxes), `TRANSCRIPTS` or `FEEDBACK`. */
  scope: string;
  surveyId: string | null;
  questionId: string | null;
  /** The question's title (numbered boxes: the question they share), "Interview transcripts" or "Customer feedback". */
  title: string;
  /** Category of the codes proposed for this group's themes. */
  category: CodeCategory;
  units: ThemeSourceUnit[];
}

/** An open-text question that theme discovery may read. */
export interface OpenQuestion {
  surveyId: string;
  surveyTitle: string;
  question: Question;
  /** Versions in which the question is open text (answers of other versions are not read). */
  versions: number[];
}

const CATEGORY_OF: Record<PersonaField, CodeCategory> = {
  PAIN_POINT: 'PAIN_POINT',
  GOAL: 'GOAL',
  MOTIVATION: 'MOTIVATION',
  BEHAVIOR: 'BEHAVIOR',
  // Psychographic questions ask about attitudes, values and opinions.
  PSYCHOGRAPHIC: 'ATTITUDE',
  DEMOGRAPHIC: 'DEMOGRAPHIC',
  NONE: 'OTHER',
};

/**
 * The category of codes proposed from a question's themes follows its persona field. Transcript
 * themes get OTHER: a participant's turns mix pain points, goals and habits, and a wrong category
 * would feed the wrong persona trait, while OTHER only asks the researcher to choose one.
 */
export function categoryFor(personaField: PersonaField | null | undefined): CodeCategory {
  return personaField ? (CATEGORY_OF[personaField] ?? 'OTHER') : 'OTHER';
}

/** The stable key of a theme: its group and the engine's own label (not a renamed or model label). */
export function themeKey(
  group: Pick<ThemeGroup, 'scope' | 'surveyId'>,
  engineLabel: string,
): string {
  const scope =
    group.scope === TRANSCRIPTS || group.scope === FEEDBACK
      ? group.scope
      : `q:${group.surveyId}:${group.scope}`;
  return `${scope}|${engineLabel.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

const isOpenText = (q: Pick<Question, 'type'>) => q.type === 'SHORT_TEXT' || q.type === 'LONG_TEXT';
// The flag is optional in stored definitions: missing means not sensitive.
const isSensitive = (q: Question) => (q as { sensitive?: boolean }).sensitive === true;

/** Replaces private spans with spaces of the same length, so no email or phone number reaches the engine. */
export function maskPrivate(text: string): { masked: string; privateSpans: PrivateSpan[] } {
  const privateSpans = findPrivate(text);
  let masked = text;
  for (const s of privateSpans)
    masked = masked.slice(0, s.start) + ' '.repeat(s.end - s.start) + masked.slice(s.end);
  return { masked, privateSpans };
}

/**
 * The study's open-text questions (SHORT_TEXT, LONG_TEXT; never EMAIL; never sensitive ones), as
 * each survey currently defines them. A question flagged sensitive in any version stays out.
 */
export async function openQuestions(
  sources: ThemeSources,
  studyId: string,
): Promise<OpenQuestion[]> {
  const [surveys, versions] = await Promise.all([
    sources.surveys.surveysOfStudy(studyId),
    sources.surveys.versionsOfStudy(studyId),
  ]);
  const out: OpenQuestion[] = [];
  for (const s of surveys) {
    const mine = versions.filter((v) => v.surveyId === s.id);
    for (const q of s.definition.questions) {
      if (!isOpenText(q) || isPrivateQuestion(q) || isSensitive(q)) continue;
      const inVersions = mine.map((v) => ({
        v: v.version,
        q: v.definition.questions.find((x) => x.id === q.id),
      }));
      if (inVersions.some((x) => x.q && isSensitive(x.q))) continue;
      out.push({
        surveyId: s.id,
        surveyTitle: s.title,
        question: q,
        versions: inVersions.filter((x) => x.q && isOpenText(x.q)).map((x) => x.v),
      });
    }
  }
  return out;
}

/**
 * Checks the questions a researcher chose (null: every open-text question with a needs or attitude
 * persona field, or every open one when none has) and answers the open
 * questions to read, or a BAD_USER_INPUT sentence naming the first wrong one.
 */
export async function chooseQuestions(
  sources: ThemeSources,
  studyId: string,
  questionIds: string[] | null | undefined,
): Promise<OpenQuestion[]> {
  const open = await openQuestions(sources, studyId);
  if (questionIds == null) {
    // By default, the questions that tell a persona something: not bookkeeping or attention checks
    // (NONE), not who people are (DEMOGRAPHIC: countries, job titles) — unless nothing else is open.
    const needs = open.filter(
      (o) => o.question.personaField !== 'NONE' && o.question.personaField !== 'DEMOGRAPHIC',
    );
    return needs.length ? needs : open;
  }
  if (!questionIds.length)
    throw badInput(
      'Choose at least one question, or leave questionIds out to use every open-text question.',
      { field: 'questionIds' },
    );
  const surveys = await sources.surveys.surveysOfStudy(studyId);
  const all = surveys.flatMap((s) => s.definition.questions);
  for (const id of questionIds) {
    const q = all.find((x) => x.id === id);
    if (!q)
      throw badInput(`The question "${id}" is not in any survey of this study.`, {
        field: 'questionIds',
        questionId: id,
      });
    if (isPrivateQuestion(q))
      throw badInput(
        `"${q.title}" asks for an email address; its answers are private and never analysed.`,
        { field: 'questionIds', questionId: id },
      );
    if (!isOpenText(q))
      throw badInput(
        `"${q.title}" is not an open-text question (it is ${q.type}); themes are found in short or long text answers.`,
        { field: 'questionIds', questionId: id },
      );
    if (!open.some((o) => o.question.id === id)) {
      throw badInput(
        `"${q.title}" is marked sensitive; its answers are never used to find themes.`,
        { field: 'questionIds', questionId: id },
      );
    }
  }
  return open.filter((o) => questionIds.includes(o.question.id));
}

const toUnit = (u: CodingUnit): ThemeSourceUnit => ({ ...u, ...maskPrivate(u.text) });

/**
 * A numbered answer box of a question, as survey tools export one column per box: "Workflow Need
 * #2:What needs in your workflow does Jupyter Notebook address?" (Qualtrics, SurveyMonkey, Google
 * Forms). The box label and number, then the question.
 */
const SLOT = /^\s*([^#:\n]{1,60}?)\s*#\s*\d{1,2}\s*:\s*(\S[\s\S]*)$/;

/** The question a numbered box's title asks ("What needs … address?"), or null for another title. */
export function slotQuestion(title: string): string | null {
  return SLOT.exec(title)?.[2].trim() ?? null;
}

/**
 * The questions grouped as theme discovery reads them: the numbered boxes of one question (same
 * survey, box label, question and persona field) together, since people put the same need in
 * whichever box comes first; every other question alone. In the order of each group's first question.
 */
export function answerSlots(questions: readonly OpenQuestion[]): OpenQuestion[][] {
  const groups = new Map<string, OpenQuestion[]>();
  for (const o of questions) {
    const m = SLOT.exec(o.question.title);
    const key = m
      ? [
          o.surveyId,
          m[1].trim().toLowerCase(),
          m[2].trim().toLowerCase(),
          o.question.personaField,
        ].join('\u0000')
      : `\u0001${o.surveyId}:${o.question.id}`;
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()];
}

/**
 * The groups to discover themes in: one per chosen question (the numbered boxes of one question
 * together, see {@link answerSlots}), plus (with `includeTranscripts`) the
 * participant turns of every transcript and the customers' feedback messages (never agents').
 */
export async function loadThemeGroups(
  sources: ThemeSources,
  studyId: string,
  questions: OpenQuestion[],
  includeTranscripts: boolean,
): Promise<ThemeGroup[]> {
  const groups: ThemeGroup[] = [];
  // One query reads every question's answers; numbered boxes of one question form one group.
  const answers = await sources.responses.completeTextAnswers(
    questions.map((o) => ({
      surveyId: o.surveyId,
      versions: o.versions,
      questionIds: [o.question.id],
    })),
  );
  const byQuestion = questions.map((): { id: string; text: string }[] => []);
  for (const a of answers) byQuestion[a.group].push({ id: a.responseId, text: a.text });
  for (const slots of answerSlots(questions)) {
    const [first] = slots;
    groups.push({
      scope: first.question.id,
      surveyId: first.surveyId,
      questionId: first.question.id,
      title: slots.length > 1 ? slotQuestion(first.question.title)! : first.question.title,
      category: categoryFor(first.question.personaField),
      units: slots.flatMap((o) =>
        byQuestion[questions.indexOf(o)]
          .filter((r) => r.text.trim())
          .map((r) =>
            toUnit({
              id: `ans:${r.id}:${o.question.id}`,
              text: r.text,
              source: { type: 'SURVEY_ANSWER', responseId: r.id, questionId: o.question.id },
            }),
          ),
      ),
    });
  }
  if (includeTranscripts) {
    // Participant turns only: the interviewer's questions are not what participants think.
    const segments = await sources.transcripts.participantTurns(studyId);
    groups.push({
      scope: TRANSCRIPTS,
      surveyId: null,
      questionId: null,
      title: 'Interview transcripts',
      category: categoryFor(null),
      units: segments
        .filter((s) => s.text.trim())
        .map((s) =>
          toUnit({
            id: `seg:${s.id}`,
            text: s.text,
            source: { type: 'TRANSCRIPT_SEGMENT', segmentId: s.id },
          }),
        ),
    });
    // Customers' messages, like interviewee turns: agent replies are not what customers think.
    const messages = (await sources.feedback?.customerMessages(studyId)) ?? [];
    if (messages.length)
      groups.push({
        scope: FEEDBACK,
        surveyId: null,
        questionId: null,
        title: 'Customer feedback',
        category: categoryFor(null),
        units: messages
          .filter((m) => m.role === 'CUSTOMER' && m.text.trim())
          .map((m) => toUnit(messageUnit(m))),
      });
  }
  return groups;
}
