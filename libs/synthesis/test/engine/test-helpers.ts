import type {
  AnswerInput,
  CodeInput,
  ParticipantInput,
  PersonaField,
  TextSource,
} from '../../src/engine/types';

/** Builders of tiny hand-made inputs for the engine's specs. */
export function answerSource(pid: string, questionId: string, text: string): TextSource {
  return { ref: { type: 'SURVEY_ANSWER', responseId: `r-${pid}`, questionId }, text };
}

/** A choice answer whose source text is the labels joined by ", " (as the contract defines). */
export function choice(
  pid: string,
  questionId: string,
  field: PersonaField,
  labels: string[],
  title = questionId,
): AnswerInput {
  return {
    questionId,
    questionTitle: title,
    personaField: field,
    kind: 'choice',
    choiceLabels: labels,
    source: answerSource(pid, questionId, labels.join(', ')),
  };
}

/** A number answer whose source text is the number as sent. */
export function num(
  pid: string,
  questionId: string,
  field: PersonaField,
  value: number,
  title = questionId,
): AnswerInput {
  return {
    questionId,
    questionTitle: title,
    personaField: field,
    kind: 'number',
    number: value,
    source: answerSource(pid, questionId, String(value)),
  };
}

/** An accepted highlight of `phrase` (its first occurrence) in `source`. */
export function highlight(
  source: TextSource,
  phrase: string,
  codeId: string,
  category: string,
  codeName = codeId,
): CodeInput {
  const start = source.text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${source.text}"`);
  return { codeId, codeName, category, source, start, end: start + phrase.length };
}

/** A participant with the given parts. */
export function participant(
  id: string,
  parts: Partial<Omit<ParticipantInput, 'id'>> = {},
): ParticipantInput {
  return {
    id,
    label: id,
    answers: parts.answers ?? [],
    texts: parts.texts ?? [],
    codes: parts.codes ?? [],
  };
}
