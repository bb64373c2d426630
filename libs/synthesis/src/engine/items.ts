import { behaviourItems } from './behaviour';
import { categoryKind, type Prepared } from './prepare';
import { answerNumber } from './sources';
import { TermCache, topicOfTerms, type TopicEncoder, type TopicModel } from './text-topics';
import { selectItems } from './select-items';
import type { AnswerInput } from './types';

/** One categorical indicator of latent class analysis. */
export interface Item {
  key: string;
  label: string;
  kind: 'choice' | 'option' | 'scale' | 'number' | 'code' | 'text';
  categories: string[];
  /** Weight of the item's log-likelihood (suggested-only themes count half). */
  weight: number;
  /** The question (or open-text source) the item comes from: options and themes of one question share it. */
  group: string;
  /** Category of each segmented participant, -1 when missing. */
  values: Int16Array;
  /**
   * How a participant's answers and codes map onto this item's categories (`encodeItem`), kept so a
   * participant who came later can be placed with the same encoding. Absent on hand-built items.
   */
  encoding?: ItemEncoding;
}

/**
 * The rule that gives a participant's category of an item: the chosen option among `kept` (else
 * "Other" when the item has it), a multi-select option ticked or not, a number's tertile bin (upper
 * bounds `bins`), a needs code present or not among people with text. Text topics need the topic
 * model of the run, so they are kept as `text` and treated as missing for later participants.
 */
export type ItemEncoding =
  | { type: 'choice'; questionId: string; kept: string[]; other: boolean }
  | { type: 'option'; questionId: string; label: string }
  | { type: 'number'; questionId: string; bins: number[] }
  | { type: 'code'; codeId: string }
  | { type: 'text'; field: string; topic: number | null; encoder?: TopicEncoder };

/** Category of a single-choice item: the first label's index among `kept`, else "Other" (index kept.length), -1 unanswered. */
function choiceValue(kept: Map<string, number>, a: AnswerInput | undefined): number {
  const l = a?.choiceLabels?.[0];
  return l === undefined ? -1 : (kept.get(l) ?? kept.size);
}

/** Category of a multi-select option item: 1 ticked, 0 answered without it, -1 unanswered. */
function optionValue(label: string, a: AnswerInput | undefined): number {
  return a ? (a.choiceLabels?.includes(label) ? 1 : 0) : -1;
}

/** Tertile bin of a number (bins are the upper bounds of all but the last bin), -1 when missing. */
function numberValue(bins: number[], x: number | undefined): number {
  if (x === undefined) return -1;
  return x <= bins[0] ? 0 : bins.length > 1 && x <= bins[1] ? 1 : bins.length;
}

/** Category of a needs-code item: 1 coded, 0 has text or codes without it, -1 no text at all. */
function codeValue(hasText: boolean, has: boolean): number {
  return hasText ? (has ? 1 : 0) : -1;
}

/** Whether a participant has any text or needs code (the base of code items). */
function hasAnyText(p: Prepared): boolean {
  return p.texts.length > 0 || p.needsCodes.length > 0;
}

/**
 * A prepared participant's category of an item under its encoding, exactly as `buildItems` gave
 * the segmented participants theirs; -1 when missing (and always for text topics).
 */
export function encodeItem(encoding: ItemEncoding, p: Prepared): number {
  switch (encoding.type) {
    case 'choice': {
      const a = p.needsAnswers.find((x) => x.questionId === encoding.questionId);
      const kept = new Map(encoding.kept.map((l, i) => [l, i]));
      const v = choiceValue(kept, a);
      // A label the run never saw (or folded) is "Other" only when the item has that category.
      return v === kept.size && !encoding.other ? -1 : v;
    }
    case 'option':
      return optionValue(
        encoding.label,
        p.needsAnswers.find((x) => x.questionId === encoding.questionId),
      );
    case 'number': {
      const a = p.needsAnswers.find((x) => x.questionId === encoding.questionId);
      return numberValue(encoding.bins, a ? answerNumber(a) : undefined);
    }
    case 'code':
      return codeValue(
        hasAnyText(p),
        p.needsCodes.some((c) => c.codeId === encoding.codeId && !!categoryKind(c.category)),
      );
    case 'text': {
      // A field's topic from the run's TF-IDF space; turn topics and embedding topics are missing.
      if (!encoding.encoder || encoding.topic !== null) return -1;
      const cache = new TermCache();
      const texts = p.texts.filter((t) => t.field === encoding.field);
      if (texts.length === 0) return -1;
      return topicOfTerms(
        encoding.encoder,
        texts.flatMap((t) => cache.terms(t.source)),
      );
    }
  }
}

/** An option or code rarer than this share (and 2 people) is folded into "Other" / dropped. */
export const MIN_ITEM_SHARE = 0.01;
/** A binary item held by more than this share of answerers separates nobody. */
export const MAX_ITEM_SHARE = 0.97;

/** Whether a question's answers are multi-select (explicit, or some answer lists several labels). */
export function multiSelectQuestions(prepared: Prepared[]): Set<string> {
  const multi = new Set<string>();
  for (const p of prepared)
    for (const a of p.input.answers)
      if (a.kind === 'choice' && (a.multiple || (a.choiceLabels?.length ?? 0) > 1))
        multi.add(a.questionId);
  return multi;
}

/**
 * Indicators of the segmented participants (`people`, indices into
 * `prepared`): needs choice questions (one categorical item), multi-select
 * options (yes/no items), numbers (low/mid/high by study tertiles), needs
 * codes/themes (yes/no among people with text) and text topics. Demographic
 * and sensitive answers never become items.
 */
export function buildItems(prepared: Prepared[], people: number[], topics: TopicModel[]): Item[] {
  const m = people.length;
  const minSupport = Math.max(2, Math.ceil(MIN_ITEM_SHARE * m));
  const multi = multiSelectQuestions(prepared);
  const byQuestion = new Map<string, { title: string; answers: (AnswerInput | undefined)[] }>();
  people.forEach((pi, j) => {
    for (const a of prepared[pi].needsAnswers) {
      let q = byQuestion.get(a.questionId);
      if (!q) byQuestion.set(a.questionId, (q = { title: a.questionTitle, answers: new Array(m) }));
      q.answers[j] ??= a;
    }
  });
  const items: Item[] = [];
  for (const [qid, q] of [...byQuestion].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const first = q.answers.find((a) => a !== undefined)!;
    if (first.kind === 'choice' && multi.has(qid)) {
      const counts = new Map<string, number>();
      let answered = 0;
      for (const a of q.answers) {
        if (!a) continue;
        answered++;
        for (const l of new Set(a.choiceLabels ?? [])) counts.set(l, (counts.get(l) ?? 0) + 1);
      }
      for (const [label, c] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
        if (c < minSupport || c > MAX_ITEM_SHARE * answered || answered - c < minSupport) continue;
        items.push({
          key: `choice:${qid}:${label}`,
          label: `${q.title}: ${label}`,
          kind: 'option',
          group: `q:${qid}`,
          categories: ['no', 'yes'],
          weight: 1,
          values: Int16Array.from(q.answers, (a) => optionValue(label, a)),
          encoding: { type: 'option', questionId: qid, label },
        });
      }
    } else if (first.kind === 'choice') {
      const counts = new Map<string, number>();
      for (const a of q.answers) {
        const l = a?.choiceLabels?.[0];
        if (l !== undefined) counts.set(l, (counts.get(l) ?? 0) + 1);
      }
      const kept = [...counts]
        .filter(([, c]) => c >= minSupport)
        .map(([l]) => l)
        .sort();
      const hasOther = kept.length < counts.size;
      const categories = hasOther ? [...kept, 'Other'] : kept;
      const answered = [...counts.values()].reduce((x, y) => x + y, 0);
      const modal = Math.max(
        ...categories.map((c) =>
          c === 'Other' ? answered - kept.reduce((s, l) => s + counts.get(l)!, 0) : counts.get(c)!,
        ),
      );
      if (categories.length < 2 || modal > MAX_ITEM_SHARE * answered) continue;
      const idx = new Map(kept.map((l, i) => [l, i]));
      items.push({
        key: `choice:${qid}`,
        label: q.title,
        kind: 'choice',
        group: `q:${qid}`,
        categories,
        weight: 1,
        values: Int16Array.from(q.answers, (a) => choiceValue(idx, a)),
        encoding: { type: 'choice', questionId: qid, kept, other: hasOther },
      });
    } else if (first.kind === 'number') {
      const xs = q.answers.map((a) => (a ? answerNumber(a) : undefined));
      const sorted = xs.filter((x): x is number => x !== undefined).sort((a, b) => a - b);
      if (sorted.length < minSupport * 2) continue;
      const c1 = sorted[Math.floor((sorted.length - 1) / 3)];
      const c2 = sorted[Math.floor((2 * (sorted.length - 1)) / 3)];
      const bins = c1 === c2 ? [c1] : [c1, c2];
      const values = Int16Array.from(xs, (x) => numberValue(bins, x));
      const sizes = new Int32Array(bins.length + 1);
      for (const v of values) if (v >= 0) sizes[v]++;
      if ([...sizes].filter((s) => s >= minSupport).length < 2) continue;
      items.push({
        key: `number:${qid}`,
        label: q.title,
        group: `q:${qid}`,
        kind: first.scale ? 'scale' : 'number',
        categories: bins.length === 1 ? ['low', 'high'] : ['low', 'mid', 'high'],
        weight: 1,
        values,
        encoding: { type: 'number', questionId: qid, bins },
      });
    }
  }

  // Needs codes and themes: present / absent among people who have any text or code.
  const hasText = people.map((pi) => hasAnyText(prepared[pi]));
  const codeRows = new Map<
    string,
    { name: string; who: Set<number>; accepted: number; total: number; where: Map<string, number> }
  >();
  people.forEach((pi, j) => {
    for (const c of prepared[pi].needsCodes) {
      if (!categoryKind(c.category)) continue;
      let r = codeRows.get(c.codeId);
      if (!r)
        codeRows.set(
          c.codeId,
          (r = { name: c.codeName, who: new Set(), accepted: 0, total: 0, where: new Map() }),
        );
      r.who.add(j);
      const where =
        c.source.ref.type === 'SURVEY_ANSWER' ? `q:${c.source.ref.questionId}` : 'turns';
      r.where.set(where, (r.where.get(where) ?? 0) + 1);
      r.total++;
      if (c.accepted !== false) r.accepted++;
    }
  });
  const withText = hasText.filter(Boolean).length;
  for (const [codeId, r] of [...codeRows].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (r.who.size < minSupport || r.who.size > MAX_ITEM_SHARE * withText) continue;
    items.push({
      key: `code:${codeId}`,
      label: r.name,
      kind: 'code',
      // Themes of one survey question compete like its options; a code of transcripts stands alone.
      group: ((g) => (g === 'turns' ? `code:${codeId}` : g))(
        [...r.where].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0],
      ),
      categories: ['no', 'yes'],
      weight: r.accepted > 0 ? 1 : 0.5,
      values: Int16Array.from(hasText, (h, j) => codeValue(h, r.who.has(j))),
      encoding: { type: 'code', codeId },
    });
  }

  for (const t of topics) {
    if (t.mentions) {
      const mentions = t.mentions;
      const speakers = mentions.filter((m) => m.length > 0).length;
      for (let topic = 0; topic < t.k; topic++) {
        const values = Int16Array.from(mentions, (m) =>
          m.length === 0 ? -1 : m.includes(topic) ? 1 : 0,
        );
        const yes = values.filter((v) => v === 1).length;
        if (yes < minSupport || yes > MAX_ITEM_SHARE * speakers) continue;
        items.push({
          key: `text:${t.field}:${topic}`,
          label: `Talks about ${t.topTerms[topic].slice(0, 3).join(', ')}`,
          kind: 'text',
          // Turn topics are subjects of their own, not options of one question.
          group: `text:${t.field}:${topic}`,
          categories: ['no', 'yes'],
          weight: 1,
          values,
          encoding: { type: 'text', field: t.field, topic },
        });
      }
      continue;
    }
    items.push({
      key: `text:${t.field}`,
      label: `Open text (${t.field.toLowerCase().replace('_', ' ')})`,
      kind: 'text',
      group: `text:${t.field}`,
      categories: Array.from(
        { length: t.k },
        (_, i) => t.topTerms[i].slice(0, 3).join(', ') || `topic ${i + 1}`,
      ),
      weight: 1,
      values: Int16Array.from(t.topicOf),
      encoding: {
        type: 'text',
        field: t.field,
        topic: null,
        ...(t.encoder ? { encoder: t.encoder } : {}),
      },
    });
  }
  // Behaviours from product analytics: low / mid / high frequency, like a number question.
  items.push(...behaviourItems(prepared, people, minSupport));
  return selectItems(items, m);
}
