/**
 * Analysis settings of questions (persona field, sensitive, sensitive opt-in): filled in for
 * the builder when a client omits them, and changed in place by updateQuestionAnalysis. Pure.
 */
import type { PersonaField, QuestionInput, SurveyDefinition } from '@persona-lab/survey-logic';
import { sensitiveOf, understandQuestions, type QuestionEvidence } from './understanding';

type AnalysisFields = Pick<QuestionInput, 'id' | 'type' | 'title' | 'options' | 'personaField' | 'sensitive' | 'sensitiveOptIn'>;

const evidenceOf = (q: AnalysisFields): QuestionEvidence => ({
  title: q.title,
  type: q.type,
  options: q.options?.map((o) => o.label),
});

/**
 * The questions with `personaField`, `sensitive` and `sensitiveOptIn` filled in where omitted
 * (null/undefined); an explicit value always wins. A question already stored with the same id,
 * title and type keeps its stored settings (the researcher may have changed them); any other
 * is inferred by `understandQuestions` from its title, type and options. `sensitiveOptIn`
 * omitted is the stored value, else false.
 */
export async function fillAnalysis<Q extends AnalysisFields>(
  questions: readonly Q[],
  stored: readonly AnalysisFields[] = [],
): Promise<Q[]> {
  const before = new Map(stored.map((q) => [q.id, q]));
  const same = (q: Q) => {
    const old = before.get(q.id);
    return old && old.title === q.title && old.type === q.type ? old : undefined;
  };
  const needField = questions.filter((q) => q.personaField == null && !same(q));
  const fields = await understandQuestions(needField.map(evidenceOf));
  const inferred = new Map(needField.map((q, k) => [q, fields[k]]));
  return questions.map((q) => {
    const old = same(q);
    const personaField: PersonaField = q.personaField ?? old?.personaField ?? inferred.get(q)?.personaField ?? 'NONE';
    const sensitive = q.sensitive ?? old?.sensitive ?? inferred.get(q)?.sensitive ?? sensitiveOf(evidenceOf(q));
    const sensitiveOptIn = q.sensitiveOptIn ?? before.get(q.id)?.sensitiveOptIn ?? false;
    return { ...q, personaField, sensitive, sensitiveOptIn };
  });
}

/** One change of updateQuestionAnalysis; omitted fields stay. */
export interface AnalysisChange {
  questionId: string;
  personaField?: PersonaField | null;
  sensitive?: boolean | null;
  sensitiveOptIn?: boolean | null;
  /** An attention check's expected answers; an empty list makes it no attention check; omitted, unchanged. */
  attentionCheckExpected?: readonly string[] | null;
}

/** The definition with the changes applied to the questions it has (others are left alone). */
export function applyAnalysis(definition: SurveyDefinition, changes: readonly AnalysisChange[]): SurveyDefinition {
  const byId = new Map(changes.map((c) => [c.questionId, c]));
  return {
    ...definition,
    questions: definition.questions.map((q) => {
      const c = byId.get(q.id);
      if (!c) return q;
      return {
        ...q,
        personaField: c.personaField ?? q.personaField,
        sensitive: c.sensitive ?? q.sensitive ?? false,
        sensitiveOptIn: c.sensitiveOptIn ?? q.sensitiveOptIn ?? false,
        attentionCheck:
          c.attentionCheckExpected == null
            ? (q.attentionCheck ?? null)
            : expectedList(c.attentionCheckExpected),
      };
    }),
  };
}

/** The first question that opts in to showing a question that is not sensitive, or undefined. */
export function badOptIn(definition: SurveyDefinition): { id: string; title: string } | undefined {
  return definition.questions.find((q) => q.sensitiveOptIn === true && q.sensitive !== true);
}

/** Trimmed, distinct, non-blank expected answers as an attention check, or null for none. */
function expectedList(values: readonly string[]): { expected: string[] } | null {
  const expected = [...new Set(values.map((v) => v.trim().slice(0, 200)).filter(Boolean))].slice(0, 20);
  return expected.length ? { expected } : null;
}
