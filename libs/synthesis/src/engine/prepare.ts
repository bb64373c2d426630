import { hashString } from './rng';
import { sourceKey } from './sources';
import type {
  AnswerInput,
  CodeInput,
  ParticipantInput,
  PersonaField,
  TextInput,
  TraitKind,
} from './types';

/** Persona fields whose answers form segments (DEMOGRAPHIC only describes them afterwards). */
export const NEEDS_FIELDS: ReadonlySet<PersonaField> = new Set<PersonaField>([
  'PSYCHOGRAPHIC',
  'BEHAVIOR',
  'GOAL',
  'PAIN_POINT',
  'MOTIVATION',
]);

/** Trait kind of each code/theme category; categories not listed (OTHER, unknown) give nothing. */
export const CATEGORY_KIND: Readonly<Record<string, TraitKind>> = {
  PAIN_POINT: 'PAIN_POINT',
  GOAL: 'GOAL',
  NEED: 'GOAL',
  MOTIVATION: 'MOTIVATION',
  BEHAVIOR: 'BEHAVIOR',
  ATTITUDE: 'PSYCHOGRAPHIC',
  PSYCHOGRAPHIC: 'PSYCHOGRAPHIC',
  DEMOGRAPHIC: 'DEMOGRAPHIC',
};

/** The kind of a code's category, or undefined when it says nothing about a persona. */
export function categoryKind(category: string): TraitKind | undefined {
  // hasOwn: a category named like an Object method must not resolve to it.
  return Object.hasOwn(CATEGORY_KIND, category) ? CATEGORY_KIND[category] : undefined;
}

/** The field a piece of open text belongs to: a needs field, OPEN (no field given) or TURN. */
export type TextField =
  'PSYCHOGRAPHIC' | 'BEHAVIOR' | 'GOAL' | 'PAIN_POINT' | 'MOTIVATION' | 'OPEN' | 'TURN';

/** One usable text of a participant. */
export interface FieldText {
  source: TextInput;
  field: TextField;
}

/** A participant reduced to what synthesis may use. */
export interface Prepared {
  /** Sanitised input: no sensitive answers, no texts or codes on them, no NONE answers. */
  input: ParticipantInput;
  /** Opted-in sensitive answers, for labelled distributions only. */
  described: AnswerInput[];
  /** Open texts with their field (demographic open answers excluded). */
  texts: FieldText[];
  /** Needs answers (choice and number) that may form segments. */
  needsAnswers: AnswerInput[];
  /** Codes of a needs category. */
  needsCodes: CodeInput[];
  /** Whether the participant answered the survey (has an answer or an open answer) or only spoke in interviews. */
  respondent: boolean;
}

/** What the raw input holds, for a clear sentence when it cannot be segmented. */
export interface InputCensus {
  participants: number;
  needsAnswers: number;
  sensitiveAnswers: number;
  demographicAnswers: number;
  openTexts: number;
  needsCodes: number;
  turns: number;
}

/**
 * Sorts participants by id (so row order never matters) and strips what
 * synthesis must not see: sensitive answers with any text or highlight on
 * them, NONE answers, and highlights whose offsets fall outside their text.
 */
/**
 * A hash of a participant's needs content: needs answers, texts and codes (never ids, source
 * references, demographics or sensitive answers, so none of them can reorder the rows).
 */
function contentHash(p: ParticipantInput): number {
  // Choice labels sorted: an export imported twice may list a multi-select's options in another order.
  const answers = p.answers
    .filter((a) => !a.sensitive && a.personaField !== 'DEMOGRAPHIC' && a.personaField !== 'NONE')
    .map(
      (a) =>
        `${a.questionId}\u0001${a.choiceLabels ? [...a.choiceLabels].sort().join('\u0004') : a.source.text}`,
    )
    .sort();
  const texts = p.texts
    .filter((t) => t.personaField !== 'DEMOGRAPHIC' && t.personaField !== 'NONE')
    .map((t) => t.text)
    .sort();
  const codes = p.codes
    .filter((c) => c.category !== 'DEMOGRAPHIC')
    .map((c) => `${c.codeName}\u0001${c.source.text.slice(c.start, c.end)}`)
    .sort();
  return hashString(
    [answers.join('\u0002'), texts.join('\u0002'), codes.join('\u0002')].join('\u0003'),
  );
}

export function prepareParticipants(participants: ParticipantInput[]): {
  prepared: Prepared[];
  census: InputCensus;
} {
  const census: InputCensus = {
    participants: participants.length,
    needsAnswers: 0,
    sensitiveAnswers: 0,
    demographicAnswers: 0,
    openTexts: 0,
    needsCodes: 0,
    turns: 0,
  };
  // Ordered by what people said, not by id: ids are minted per import (a re-imported export gets
  // new response ids), so an id order is a row order in disguise and would change the EM starts,
  // samples and resamples. Ids only break ties between identical contents.
  const keyed = participants.map((p) => ({ p, key: contentHash(p) }));
  keyed.sort((a, b) => a.key - b.key || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0));
  const sorted = keyed.map((x) => x.p);
  const prepared = sorted.map((p) => {
    const blocked = new Set<string>();
    const fieldOf = new Map<string, PersonaField>();
    const answers: AnswerInput[] = [];
    const described: AnswerInput[] = [];
    for (const a of p.answers) {
      if (a.sensitive) {
        census.sensitiveAnswers++;
        blocked.add(sourceKey(a.source.ref));
        if (a.describeOnly && a.kind === 'choice') described.push(a);
        continue;
      }
      if (a.personaField === 'NONE') {
        blocked.add(sourceKey(a.source.ref));
        continue;
      }
      fieldOf.set(sourceKey(a.source.ref), a.personaField);
      answers.push(a);
      if (a.personaField === 'DEMOGRAPHIC') census.demographicAnswers++;
      else if (a.kind !== 'text') census.needsAnswers++;
    }
    const texts: FieldText[] = [];
    const seen = new Set<string>();
    const addText = (source: TextInput): void => {
      const key = sourceKey(source.ref);
      if (seen.has(key) || blocked.has(key) || source.text.trim() === '') return;
      seen.add(key);
      const kind =
        source.kind ??
        (source.ref.type === 'TRANSCRIPT_SEGMENT' || source.ref.type === 'FEEDBACK_MESSAGE'
          ? 'turn'
          : 'answer');
      if (kind === 'turn') {
        census.turns++;
        texts.push({ source, field: 'TURN' });
        return;
      }
      const f = source.personaField ?? fieldOf.get(key);
      if (f === 'DEMOGRAPHIC' || f === 'NONE') return;
      census.openTexts++;
      texts.push({ source, field: f && NEEDS_FIELDS.has(f) ? (f as TextField) : 'OPEN' });
    };
    p.texts.forEach(addText);
    for (const a of answers) {
      if (a.kind === 'text') addText({ ...a.source, kind: 'answer', personaField: a.personaField });
    }
    const codes = p.codes.filter(
      (c) =>
        !blocked.has(sourceKey(c.source.ref)) &&
        Number.isInteger(c.start) &&
        Number.isInteger(c.end) &&
        c.start >= 0 &&
        c.end <= c.source.text.length &&
        c.start < c.end,
    );
    const needsAnswers = answers.filter(
      (a) => a.kind !== 'text' && NEEDS_FIELDS.has(a.personaField),
    );
    const needsCodes = codes.filter((c) => {
      const kind = categoryKind(c.category);
      return kind !== undefined && kind !== 'DEMOGRAPHIC';
    });
    census.needsCodes += needsCodes.length;
    const input: ParticipantInput = {
      id: p.id,
      label: p.label,
      answers: answers.filter((a) => a.kind !== 'text' || !blocked.has(sourceKey(a.source.ref))),
      texts: texts.map((t) => t.source),
      codes,
      ...(p.behaviours?.length ? { behaviours: p.behaviours } : {}),
    };
    return {
      input,
      described,
      texts,
      needsAnswers,
      needsCodes,
      respondent: answers.length > 0 || texts.some((t) => t.field !== 'TURN'),
    };
  });
  return { prepared, census };
}
