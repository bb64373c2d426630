import {
  behaviourOf,
  behaviourStats,
  behaviourTraitText,
  behaviourValue,
  isHighBehaviour,
  type BehaviourStat,
} from './behaviour';
import { isQuotable, sentenceAround, sentenceRanges, spanOf } from './evidence';
import { multiSelectQuestions } from './items';
import {
  choiceClaim,
  clip,
  lowerFirst,
  questionPhrase,
  selfExplanatory,
  upperFirst,
} from './phrases';
import { categoryKind, type Prepared, type TextField } from './prepare';
import { answerNumber } from './sources';
import type { TermCache, TopicModel } from './text-topics';
import type {
  AnswerInput,
  BehaviourInput,
  EvidenceSpan,
  TextSource,
  Trait,
  TraitKind,
} from './types';

/** Display order of trait kinds on a persona. */
export const KIND_ORDER: readonly TraitKind[] = [
  'DEMOGRAPHIC',
  'PSYCHOGRAPHIC',
  'BEHAVIOR',
  'GOAL',
  'PAIN_POINT',
  'MOTIVATION',
];

/** Options of `buildTraits`. */
export interface TraitOptions {
  /** A trait needs at least this share of its segment (default 0.2). */
  shareFloor?: number;
  /** Traits kept per kind (default 3). */
  perKind?: number;
  /** Evidence spans per trait (default 3). */
  maxEvidence?: number;
  /** Lift from which a trait counts as distinctive (default 1.15). */
  distinctLift?: number;
}

/** What `buildTraits` works on. */
export interface TraitContext {
  prepared: Prepared[];
  /** Per segment: prepared indices, most typical first; interviewees last. */
  members: number[][];
  /** Prepared indices that were segmented, and the topic models indexed like them. */
  people: number[];
  topics: TopicModel[];
  /** Prepared indices of interviewees placed in segments. */
  interviewees: ReadonlySet<number>;
  cache: TermCache;
}

/** A feature a participant has. */
interface Fact {
  key: string;
  kind: TraitKind;
  source: Trait['source'];
  label: string;
  question?: string;
  /** What the share is out of: answerers of the question, or writers of text. */
  base: string;
  /** Demographic facts compete within their question; scales within theirs. */
  group?: string;
  answer?: AnswerInput;
  code?: { source: TextSource; start: number; end: number; accepted: boolean };
  topic?: { model: TopicModel; topic: number };
  /** A behaviour from product analytics: its evidence is the behaviour's sentence of the participant's summary. */
  behaviour?: BehaviourInput;
}

const VERB: Partial<Record<TraitKind, string>> = {
  PAIN_POINT: 'Struggles with',
  GOAL: 'Wants',
  MOTIVATION: 'Driven by',
};
const OWN_WORDS: Record<TraitKind, string> = {
  DEMOGRAPHIC: 'About themselves',
  PSYCHOGRAPHIC: 'How they feel',
  BEHAVIOR: 'What they do',
  GOAL: 'What they want',
  PAIN_POINT: 'What gets in the way',
  MOTIVATION: 'Why it matters',
};
/** Kinds that quote people's own words whenever the study has open text of them. */
const QUOTED_KINDS: ReadonlySet<TraitKind> = new Set(['PAIN_POINT', 'GOAL', 'MOTIVATION']);
/** A text topic holding more than this share of the study's writers is a catch-all, never a trait. */
const CATCH_ALL_TOPIC = 0.25;
/** A trait's question (or open text) must be answered by at least this share of the segment. */
const MIN_BASE_SHARE = 0.05;
/** An own-words trait (theme, code, topic) needs at least this share of its segment. */
const OWN_WORDS_FLOOR = 0.1;
/** How many standard errors above the study share a distinctive trait must be. */
const MIN_Z = 3;
/** Members looked at for a trait's evidence. */
const EVIDENCE_SCAN = 300;
const OPEN_KINDS: ReadonlySet<TraitKind> = new Set([
  'PAIN_POINT',
  'GOAL',
  'MOTIVATION',
  'BEHAVIOR',
  'PSYCHOGRAPHIC',
]);

/** Words for a share: "Almost all", "Most", "Half", "Many", "Some". */
export function quantifier(share: number): string {
  if (share >= 0.9) return 'Almost all';
  if (share > 0.5) return 'Most';
  if (share === 0.5) return 'Half';
  return share >= 0.3 ? 'Many' : 'Some';
}

interface ScaleStats {
  min: number;
  max: number;
  highFrom: number;
  lowTo: number;
  isScale: boolean;
  bins?: { binOf: (x: number) => number; labels: string[] };
}

/**
 * Traits of each segment for every persona field the study has data for:
 * profile (demographic answers and codes, described after segmenting),
 * attitudes, behaviours, goals, pain points and motivations from chosen
 * options, ratings (mean against the study), codes/themes and topics of open
 * text. Each trait has share, lift and 1–3 verbatim spans from different
 * members, preferring people's own open words (open answers of the field,
 * highlights, interviewees' turns) to chosen labels. Sensitive answers never
 * reach this function (see prepare.ts).
 */
export function buildTraits(ctx: TraitContext, options: TraitOptions = {}): Trait[][] {
  const shareFloor = options.shareFloor ?? 0.2;
  const perKind = options.perKind ?? 3;
  const maxEvidence = options.maxEvidence ?? 3;
  const distinct = options.distinctLift ?? 1.15;
  const { prepared, members } = ctx;
  const k = members.length;
  const stats = numberStats(prepared);
  const multi = multiSelectQuestions(prepared);
  const behaviours = behaviourStats(prepared);
  const topicAt = new Map<number, number>();
  ctx.people.forEach((pi, j) => topicAt.set(pi, j));
  const segOf = new Int32Array(prepared.length).fill(-1);
  members.forEach((m, s) => m.forEach((i) => (segOf[i] = s)));

  const counts = new Map<string, { fact: Fact; total: number; seg: Int32Array }>();
  const bases = new Map<string, { total: number; seg: Int32Array }>();
  const means = new Map<string, { sum: number; n: number; seg: Float64Array; segN: Int32Array }>();
  const factsOf: Map<string, Fact>[] = new Array(prepared.length);
  for (let i = 0; i < prepared.length; i++) {
    const s = segOf[i];
    if (s < 0) continue;
    const facts = participantFacts(prepared[i], stats, multi, ctx.topics, topicAt.get(i), behaviours);
    factsOf[i] = facts;
    const seenBase = new Set<string>();
    for (const f of facts.values()) {
      let c = counts.get(f.key);
      if (!c) counts.set(f.key, (c = { fact: f, total: 0, seg: new Int32Array(k) }));
      c.total++;
      c.seg[s]++;
      seenBase.add(f.base);
    }
    for (const a of prepared[i].input.answers) {
      const x = a.kind === 'number' ? answerNumber(a) : undefined;
      if (x === undefined || !stats.get(a.questionId)?.isScale) continue;
      let mstat = means.get(a.questionId);
      if (!mstat)
        means.set(
          a.questionId,
          (mstat = { sum: 0, n: 0, seg: new Float64Array(k), segN: new Int32Array(k) }),
        );
      mstat.sum += x;
      mstat.n++;
      mstat.seg[s] += x;
      mstat.segN[s]++;
    }
    for (const a of prepared[i].input.answers) seenBase.add(`q:${a.questionId}`);
    if (prepared[i].input.behaviours?.length) seenBase.add('behaviour');
    if (prepared[i].texts.length > 0 || prepared[i].input.codes.length > 0) seenBase.add('text');
    for (const t of prepared[i].texts) seenBase.add(`text:${t.field}`);
    for (const b of seenBase) {
      let c = bases.get(b);
      if (!c) bases.set(b, (c = { total: 0, seg: new Int32Array(k) }));
      c.total++;
      c.seg[s]++;
    }
  }
  const keys = [...counts.keys()].sort();
  return members.map((segMembers, s) => {
    const candidates: (Trait & { group?: string; fact: Fact; score: number })[] = [];
    for (const key of keys) {
      const { fact, total, seg } = counts.get(key)!;
      const base = bases.get(fact.base)!;
      const support = seg[s];
      const segBase = base.seg[s];
      // A question only a handful of the segment answered says nothing about the segment.
      if (segBase < Math.max(3, MIN_BASE_SHARE * segMembers.length) || support < 2) continue;
      const share = support / segBase;
      const studyShare = total / base.total;
      const own = (fact.source === 'code' || fact.source === 'text') && fact.kind !== 'DEMOGRAPHIC';
      // A topic holding over a quarter of all writers is the rest of the text, not a subject.
      if (fact.source === 'text' && total / base.total > CATCH_ALL_TOPIC) continue;
      // People's own words are spread over many themes, so a theme held by a tenth counts.
      if (share < (own ? OWN_WORDS_FLOOR : shareFloor)) continue;
      const lift = share / studyShare;
      const sharedByStudy = studyShare >= 0.9 && lift <= 1.1;
      // Distinctive: clearly more common than in the study, beyond what chance gives a segment this size.
      const z =
        studyShare < 1
          ? (share - studyShare) / Math.sqrt((studyShare * (1 - studyShare)) / segBase)
          : 0;
      let mean: Trait['mean'];
      if (fact.source === 'scale' && fact.answer) {
        const st = stats.get(fact.answer.questionId)!;
        const ms = means.get(fact.answer.questionId)!;
        mean = {
          segment: ms.seg[s] / Math.max(1, ms.segN[s]),
          study: ms.sum / ms.n,
          min: st.min,
          max: st.max,
        };
        // A "high" claim needs a segment mean above the study's, a "low" claim one below.
        if (key.endsWith(':high') ? mean.segment <= mean.study : mean.segment >= mean.study)
          continue;
      }
      let perWeek: Trait['perWeek'];
      if (fact.source === 'behaviour' && fact.behaviour) {
        perWeek = behaviourMeans(prepared, members, s, fact.behaviour.key);
        // A "does it a lot" claim needs the segment to do it more often than the study.
        if (perWeek.segment <= perWeek.study) continue;
      }
      candidates.push({
        kind: fact.kind,
        key,
        label: fact.label,
        ...(fact.question !== undefined && { question: fact.question }),
        text: '',
        share,
        studyShare,
        lift,
        support,
        evidence: [],
        source: fact.source,
        sharedByStudy,
        openTextEvidence: false,
        ...(mean && { mean }),
        ...(perWeek && { perWeek }),
        group: fact.group,
        fact,
        score: lift >= distinct && z >= MIN_Z ? share * Math.log2(lift) : 0,
      });
    }
    const kept: Trait[] = [];
    for (const kind of KIND_ORDER) {
      let ofKind = candidates.filter((t) => t.kind === kind);
      // One trait per group (a demographic question, a rating's high/low side).
      const byGroup = new Map<string, (typeof ofKind)[number]>();
      const rank = (a: (typeof ofKind)[number], b: (typeof ofKind)[number]): number =>
        b.score - a.score || b.share - a.share || (a.key < b.key ? -1 : 1);
      for (const t of [...ofKind].sort(rank)) {
        if (!t.group) continue;
        if (!byGroup.has(t.group)) byGroup.set(t.group, t);
      }
      ofKind = ofKind.filter((t) => !t.group || byGroup.get(t.group) === t).sort(rank);
      // Two themes of one name (a job title and a work category both "Data scientist"): the first.
      const names = new Set<string>();
      ofKind = ofKind.filter((t) => {
        if (kind !== 'DEMOGRAPHIC') return true;
        const name = `${t.source === 'code' ? codeLabel(t.label) : t.label}`.toLowerCase();
        if (names.has(name)) return false;
        names.add(name);
        return true;
      });
      const distinctive = ofKind.filter((t) => t.score > 0);
      // Profile describes, so the commonest answers count too; needs traits must stand out.
      const pool =
        kind === 'DEMOGRAPHIC'
          ? [...distinctive, ...ofKind.filter((t) => t.score === 0 && t.share > 0.5)]
          : distinctive;
      const ownOf = (t: (typeof ofKind)[number]): boolean =>
        t.source === 'code' || t.source === 'text';
      // Pain points, goals and motivations quote people's own words whenever the study has them:
      // with no distinctive one, the theme or topic most raised here leads, its figures saying
      // honestly that it is about as common as in the study. A theme names one subject, while a
      // TF-IDF topic is often a catch-all, so themes count double.
      const ownRank = (t: (typeof ofKind)[number]): number =>
        Math.min(t.lift, 2) * (t.source === 'code' ? 2 * t.share : Math.min(t.share, 0.25));
      if (QUOTED_KINDS.has(kind) && !pool.some(ownOf)) {
        const best = ofKind
          .filter((t) => ownOf(t) && t.support >= 3 && !t.sharedByStudy)
          .sort((x, y) => ownRank(y) - ownRank(x) || (x.key < y.key ? -1 : 1))[0];
        if (best) pool.unshift(best);
      }
      // Nothing stands out: the commonest answer is shown, worded as about as in the study
      // (for pain points, goals and motivations a fifth suffices: a persona always says them).
      if (pool.length === 0 && kind !== 'DEMOGRAPHIC') {
        // Among the common answers, the one most over-represented here (share × lift²), so
        // segments that share no distinctive pain do not all show the study's commonest one.
        const common = ofKind
          .filter((t) => t.share >= (QUOTED_KINDS.has(kind) ? shareFloor : 0.5))
          .sort(
            (x, y) => y.share * y.lift ** 2 - x.share * x.lift ** 2 || (x.key < y.key ? -1 : 1),
          )[0];
        if (common) pool.push(common);
      }
      // People's own words first: one open-text trait leads when there is one.
      // A named theme before a topic, which would otherwise repeat it and push it out.
      const code = pool.findIndex((t) => t.source === 'code');
      const open = code >= 0 ? code : pool.findIndex((t) => t.source === 'text');
      if (open > 0 && kind !== 'DEMOGRAPHIC') pool.unshift(...pool.splice(open, 1));
      let taken = 0;
      const sayings: Set<string>[] = [];
      for (const t of pool) {
        if (taken >= perKind) break;
        t.evidence = pickEvidence(t.fact, segMembers, factsOf, ctx, maxEvidence);
        if (t.evidence.length === 0) continue;
        // "Version control" as a topic, a theme and another theme is one claim in own words, shown once.
        if (ownOf(t) && kind !== 'DEMOGRAPHIC') {
          const said = claimWords(t);
          if (sayings.some((w) => said.some((x) => overlaps(x, w)))) continue;
          sayings.push(...said);
        }
        t.openTextEvidence = t.evidence.some((e) => isOwnWords(e, t.fact));
        t.text = traitText(t);
        const { group: _g, fact: _f, score: _s, ...trait } = t;
        kept.push(trait);
        taken++;
      }
    }
    quoteInterviewees(kept, segMembers, ctx, maxEvidence);
    return kept;
  });
}

/** Words any speaker uses: sharing them says nothing about sharing a subject. */
const GENERIC = new Set(
  'get start like use think make go thing really way lot know want need good one work time kind well also much see say try just yeah okay pretty actually look little bit able sure right come take feel mean stuff something people'.split(
    ' ',
  ),
);
/** The words a trait claims: its label, and its leading quote (what a topic or keyword theme shows). */
function claimWords(t: Pick<Trait, 'source' | 'label' | 'evidence'>): Set<string>[] {
  const words = (text: string): Set<string> =>
    new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !STOP.has(w)));
  const out = [words(t.evidence[0]?.quote ?? '')];
  if (t.source !== 'text') out.push(words(codeLabel(t.label)));
  return out.filter((w) => w.size > 0);
}
const STOP = new Set(['and', 'the', 'for', 'with', 'not', 'are', 'was', 'that', 'this']);

/** Whether most of one claim's words (two at least) are in the other's. */
function overlaps(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let hits = 0;
  for (const w of small) if (big.has(w)) hits++;
  return hits >= 2 && hits / small.size >= 0.6;
}

/** A crude stem, so "analyses", "analysis" and "analyse" meet (lemmas differ by part of speech). */
const stem = (term: string): string => term.replace(/(ies|es|is|s|ing|ed|e)$/, '');

/** Shortest interview sentence worth quoting. */
const MIN_TURN_QUOTE = 30;

/**
 * A segment that holds interviewees quotes them: each interviewee's turn sentence that shares
 * the most terms (two at least) with one of the segment's traits — its label and quotes — joins
 * that trait's evidence (one interviewee quote per trait, three per segment at most).
 */
function quoteInterviewees(
  kept: Trait[],
  segMembers: number[],
  ctx: TraitContext,
  maxEvidence: number,
): void {
  const interviewees = segMembers.filter((i) => ctx.interviewees.has(i));
  if (interviewees.length === 0 || kept.length === 0) return;
  const quotedTrait = new Set<Trait>(
    kept.filter((t) =>
      t.evidence.some(
        (e) => e.ref.type === 'TRANSCRIPT_SEGMENT' || e.ref.type === 'FEEDBACK_MESSAGE',
      ),
    ),
  );
  const needs = kept.filter((t) => t.kind !== 'DEMOGRAPHIC');
  const termsOf = new Map(
    needs.map((t) => [
      t,
      new Set([
        ...ctx.cache.terms({ text: t.label.replace(/\([^)]*\)/g, ' ') }).map(stem),
        ...t.evidence.flatMap((e) => ctx.cache.terms({ text: e.quote }).map(stem)),
      ]),
    ]),
  );
  let added = quotedTrait.size;
  for (const i of interviewees) {
    if (added >= 3) break;
    const p = ctx.prepared[i];
    let best: {
      trait: Trait;
      source: TextSource;
      start: number;
      end: number;
      score: number;
    } | null = null;
    for (const t of p.texts) {
      if (t.field !== 'TURN' || !isQuotable(t.source)) continue;
      for (const r of sentenceRanges(t.source.text)) {
        if (r.end - r.start < MIN_TURN_QUOTE) continue;
        const terms = new Set(ctx.cache.terms({ text: t.source.text.slice(r.start, r.end) }));
        for (const trait of needs) {
          if (quotedTrait.has(trait)) continue;
          let hits = 0;
          let longest = 0;
          for (const term of terms)
            if (!GENERIC.has(term) && termsOf.get(trait)!.has(stem(term))) {
              hits++;
              longest = Math.max(longest, term.length);
            }
          // Two shared subject words, one of them a specific one ("statistical", not "tool"): a
          // single shared word let "analysing the model" back "learned R for statistics". An
          // interviewee no trait fits is still heard, among the segment's quotes.
          if (hits < 2 || longest < 6) continue;
          // Pain points, goals and motivations first; a focused sentence over a long one.
          const score = hits + (QUOTED_KINDS.has(trait.kind) ? 0.5 : 0) - terms.size / 1000;
          if (!best || score > best.score) best = { trait, source: t.source, ...r, score };
        }
      }
    }
    if (!best) continue;
    const span = spanOf(best.source, best.start, best.end, p.input.id);
    if (!span) continue;
    const ev = best.trait.evidence;
    if (ev.length >= maxEvidence) ev[ev.length - 1] = span;
    else ev.push(span);
    best.trait.openTextEvidence = true;
    quotedTrait.add(best.trait);
    added++;
  }
}

function isOwnWords(e: EvidenceSpan, fact: Fact): boolean {
  // A behaviour summary is rendered from analytics, not written by the participant.
  if (fact.source === 'behaviour') return false;
  if (fact.source === 'code' || fact.source === 'text') return true;
  const a = fact.answer;
  return !(a && e.ref.type === 'SURVEY_ANSWER' && e.ref.questionId === a.questionId);
}

function participantFacts(
  p: Prepared,
  stats: Map<string, ScaleStats>,
  multi: Set<string>,
  topics: TopicModel[],
  topicRow: number | undefined,
  behaviours: Map<string, BehaviourStat> = new Map(),
): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const put = (f: Fact): void => {
    const prev = facts.get(f.key);
    if (!prev || (prev.code && f.code && !prev.code.accepted && f.code.accepted))
      facts.set(f.key, f);
  };
  for (const a of p.input.answers) {
    if (a.personaField === 'NONE' || a.kind === 'text') continue;
    const kind = a.personaField as TraitKind;
    const base = `q:${a.questionId}`;
    if (a.kind === 'choice') {
      for (const label of new Set(a.choiceLabels ?? [])) {
        put({
          key: `choice:${a.questionId}:${label}`,
          kind,
          source: 'choice',
          label,
          question: a.questionTitle,
          base,
          group: kind === 'DEMOGRAPHIC' && !multi.has(a.questionId) ? a.questionId : undefined,
          answer: a,
        });
      }
    } else {
      const x = answerNumber(a);
      const st = stats.get(a.questionId);
      if (x === undefined || !st) continue;
      if (st.isScale) {
        const side = x >= st.highFrom ? 'high' : x <= st.lowTo ? 'low' : undefined;
        if (!side) continue;
        put({
          key: `scale:${a.questionId}:${side}`,
          kind,
          source: 'scale',
          label: side === 'high' ? `${st.highFrom}–${st.max}` : `${st.min}–${st.lowTo}`,
          question: a.questionTitle,
          base,
          group: `scale:${a.questionId}`,
          answer: a,
        });
      } else if (st.bins) {
        const bin = st.bins.binOf(x);
        put({
          key: `number:${a.questionId}:${bin}`,
          kind,
          source: 'number',
          label: st.bins.labels[bin],
          question: a.questionTitle,
          base,
          group: `number:${a.questionId}`,
          answer: a,
        });
      }
    }
  }
  for (const c of p.input.codes) {
    const kind = categoryKind(c.category);
    if (!kind) continue;
    put({
      key: `code:${c.codeId}`,
      kind,
      source: 'code',
      label: c.codeName,
      base: 'text',
      code: { source: c.source, start: c.start, end: c.end, accepted: c.accepted !== false },
    });
  }
  if (topicRow !== undefined) {
    for (const model of topics) {
      const topic = model.topicOf[topicRow];
      const kind = fieldKind(model.field);
      if (topic < 0 || !kind) continue;
      put({
        key: `text:${model.field}:${topic}`,
        kind,
        source: 'text',
        label: model.topTerms[topic].slice(0, 3).join(', '),
        base: `text:${model.field}`,
        topic: { model, topic },
      });
    }
  }
  for (const st of behaviours.values()) {
    const x = behaviourValue(p, st.key);
    const b = behaviourOf(p, st.key);
    if (x === undefined || !b || !isHighBehaviour(st, x)) continue;
    put({
      key: `behaviour:${st.key}:high`,
      kind: 'BEHAVIOR',
      source: 'behaviour',
      label: st.label,
      base: 'behaviour',
      group: `behaviour:${st.key}`,
      behaviour: b,
    });
  }
  return facts;
}

function fieldKind(field: TextField): TraitKind | undefined {
  return field === 'OPEN' || field === 'TURN' ? undefined : field;
}

function numberStats(prepared: Prepared[]): Map<string, ScaleStats> {
  const values = new Map<string, { xs: number[]; scale?: { min: number; max: number } }>();
  for (const p of prepared)
    for (const a of p.input.answers) {
      const x = a.kind === 'number' && a.personaField !== 'NONE' ? answerNumber(a) : undefined;
      if (x === undefined) continue;
      let v = values.get(a.questionId);
      if (!v) values.set(a.questionId, (v = { xs: [], scale: a.scale }));
      v.xs.push(x);
    }
  const out = new Map<string, ScaleStats>();
  for (const [qid, { xs, scale }] of values) {
    xs.sort((a, b) => a - b);
    const lo = xs[0];
    const hi = xs[xs.length - 1];
    const integers = xs.every(Number.isInteger);
    const distinct = new Set(xs).size;
    const isScale =
      !!scale || (integers && distinct <= 11 && hi - lo <= 10 && hi - lo >= 2 && lo >= 0);
    const min = scale?.min ?? lo;
    const max = scale?.max ?? hi;
    // Top and bottom boxes: 1–5 → high 4–5, low 1–2; 0–10 → high 8–10, low 0–2.
    const band = max - min < 8 ? 1 : Math.floor((max - min) / 4);
    const st: ScaleStats = { min, max, highFrom: max - band, lowTo: min + band, isScale };
    if (!isScale) {
      const c1 = xs[Math.floor((xs.length - 1) / 3)];
      const c2 = xs[Math.floor((2 * (xs.length - 1)) / 3)];
      if (c1 !== c2 || c1 !== hi) {
        const binOf = (x: number): number => (x <= c1 ? 0 : x <= c2 ? 1 : 2);
        const blo = [Infinity, Infinity, Infinity];
        const bhi = [-Infinity, -Infinity, -Infinity];
        for (const x of xs) {
          const b = binOf(x);
          blo[b] = Math.min(blo[b], x);
          bhi[b] = Math.max(bhi[b], x);
        }
        // The outer thirds are open-ended ("2013 or earlier"): a stray typo must not set their range.
        const labels = blo.map((l, b) =>
          l === bhi[b]
            ? `${l}`
            : b === 0
              ? `${bhi[b]} or less`
              : b === 2
                ? `${l} or more`
                : `${l}–${bhi[b]}`,
        );
        st.bins = { binOf, labels };
      }
    }
    out.set(qid, st);
  }
  return out;
}

/** The sentence of `source` that best matches `weights` (score > 0), or null. */
function bestSentence(
  source: TextSource,
  weights: Map<string, number>,
  cache: TermCache,
): { start: number; end: number; score: number } | null {
  if (!isQuotable(source)) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const r of sentenceRanges(source.text)) {
    const terms = new Set(cache.terms({ text: source.text.slice(r.start, r.end) }));
    let score = 0;
    for (const t of terms) score += weights.get(t) ?? 0;
    score /= Math.sqrt(terms.size + 1);
    // A two-word fragment ("Should work") says little on a persona card.
    if (terms.size < 3) score *= 0.5;
    if (score > 0 && (!best || score > best.score)) best = { ...r, score };
  }
  return best;
}

/** The sentence of `source` sharing at least 60 % of a label's terms (and `minHits`), or null. */
function sentenceForLabel(
  source: TextSource,
  label: string,
  cache: TermCache,
  minHits = 1,
): { start: number; end: number } | null {
  if (!isQuotable(source)) return null;
  const want = new Set(cache.terms({ text: label }));
  if (want.size < minHits) return null;
  let best: { start: number; end: number; hits: number } | null = null;
  for (const r of sentenceRanges(source.text)) {
    let hits = 0;
    for (const t of new Set(cache.terms({ text: source.text.slice(r.start, r.end) })))
      if (want.has(t)) hits++;
    if (hits >= Math.max(minHits, Math.ceil(want.size * 0.6)) && (!best || hits > best.hits))
      best = { ...r, hits };
  }
  return best;
}

/** The strongest terms of a topic (for checking that an interviewee's turn is really about it). */
function topTermSet(weights: Map<string, number>, n = 15): Set<string> {
  return new Set(
    [...weights]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, n)
      .map(([t]) => t),
  );
}

/** Evidence of one participant for a fact: own words where possible, else the answer. */
function evidenceOf(fact: Fact, i: number, ctx: TraitContext): EvidenceSpan | null {
  const p = ctx.prepared[i];
  const id = p.input.id;
  if (fact.behaviour) {
    const b = fact.behaviour;
    return spanOf(b.source, b.start, b.end, id);
  }
  if (fact.code) {
    const c = fact.code;
    // A very short highlight reads better as its sentence.
    const r = c.end - c.start < 15 ? (sentenceAround(c.source.text, c.start, c.end) ?? c) : c;
    return spanOf(c.source, r.start, r.end, id);
  }
  if (fact.topic) {
    const weights = fact.topic.model.termWeights[fact.topic.topic];
    let best: { source: TextSource; start: number; end: number; score: number } | null = null;
    for (const t of p.texts) {
      if (t.field !== fact.topic.model.field) continue;
      const s = bestSentence(t.source, weights, ctx.cache);
      if (s && (!best || s.score > best.score)) best = { source: t.source, ...s };
    }
    if (!best) {
      const t = p.texts.find((x) => x.field === fact.topic!.model.field && isQuotable(x.source));
      const r = t && sentenceRanges(t.source.text)[0];
      return t && r ? spanOf(t.source, r.start, r.end, id) : null;
    }
    return spanOf(best.source, best.start, best.end, id);
  }
  const a = fact.answer!;
  if (fact.source === 'choice' && fact.kind !== 'DEMOGRAPHIC') {
    // Their own words on the same subject: an open answer of the field first, then any open
    // answer that says the option's words (two of them at least, so one common word is not enough).
    for (const sameField of [true, false]) {
      for (const t of p.texts) {
        if (t.field === 'TURN' || (t.field === fact.kind) !== sameField) continue;
        if (!sameField && !VERB[fact.kind] && fact.kind !== 'BEHAVIOR') continue;
        // Words said about what gets in the way do not evidence anything else: "going from
        // prototype to standalone applications" is an unmet need, not how someone runs the tool.
        if (!sameField && t.field === 'PAIN_POINT') continue;
        const s = sentenceForLabel(t.source, fact.label, ctx.cache, sameField ? 1 : 2);
        if (s) return spanOf(t.source, s.start, s.end, id);
      }
    }
  }
  return spanOf(a.source, 0, a.source.text.length, id);
}

/**
 * An interviewee's turn sentence about a text topic of the trait (they hold no
 * survey facts): it must share two of the topic's strongest terms.
 */
function intervieweeEvidence(fact: Fact, i: number, ctx: TraitContext): EvidenceSpan | null {
  const p = ctx.prepared[i];
  if (!fact.topic) return null;
  const weights = fact.topic.model.termWeights[fact.topic.topic];
  const top = topTermSet(weights);
  let best: { source: TextSource; start: number; end: number; score: number } | null = null;
  for (const t of p.texts) {
    if (t.field !== 'TURN' || !isQuotable(t.source)) continue;
    for (const r of sentenceRanges(t.source.text)) {
      const terms = new Set(ctx.cache.terms({ text: t.source.text.slice(r.start, r.end) }));
      let hits = 0;
      let score = 0;
      for (const term of terms) {
        if (top.has(term)) hits++;
        score += weights.get(term) ?? 0;
      }
      if (hits >= 2 && (!best || score > best.score)) best = { source: t.source, ...r, score };
    }
  }
  return best ? spanOf(best.source, best.start, best.end, p.input.id) : null;
}

function pickEvidence(
  fact: Fact,
  segMembers: number[],
  factsOf: Map<string, Fact>[],
  ctx: TraitContext,
  max: number,
): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const seen = new Set<string>();
  // The same own words twice read as padding; a chosen label repeated by different people is not (twice).
  const add = (span: EvidenceSpan | null): boolean => {
    if (!span || out.some((e) => e.participantId === span.participantId)) return false;
    const own = isOwnWords(span, fact);
    const norm = span.quote.toLowerCase().replace(/\s+/g, ' ').trim();
    if (own && seen.has(norm)) return false;
    if (own) seen.add(norm);
    out.push(span);
    return true;
  };
  const interviewees = segMembers.filter((i) => ctx.interviewees.has(i));
  // Survey members first (most typical first), own words before chosen labels; one slot kept
  // for an interviewee's own words. The scan is bounded so huge segments stay cheap.
  const reserve = interviewees.length > 0 && (fact.topic || fact.code) ? 1 : 0;
  const labels: EvidenceSpan[] = [];
  let scanned = 0;
  let sameField = false;
  for (const i of segMembers) {
    if (out.length >= max - reserve || scanned >= EVIDENCE_SCAN) break;
    if (ctx.interviewees.has(i)) continue;
    const f = factsOf[i]?.get(fact.key);
    if (!f) continue;
    scanned++;
    const span = evidenceOf(f, i, ctx);
    if (span && isOwnWords(span, fact) && add(span))
      sameField ||= ctx.prepared[i].texts.some(
        (t) => t.field === fact.kind && t.source.ref === span.ref,
      );
    else if (span && !isOwnWords(span, fact) && labels.length < max) labels.push(span);
  }
  // Pain points, goals and motivations quote the field's open answers: when no holder of the
  // option wrote about it there, a member of the segment who put the option's words in an open
  // answer of the same field is quoted (the R survey's non-users answered "why learn R" in
  // their own words: "I want to do statistical analyses").
  if (QUOTED_KINDS.has(fact.kind) && fact.source === 'choice' && !sameField) {
    let looked = 0;
    search: for (const i of segMembers) {
      if (looked >= EVIDENCE_SCAN) break;
      if (ctx.interviewees.has(i) || factsOf[i]?.has(fact.key)) continue;
      for (const t of ctx.prepared[i].texts) {
        if (t.field !== fact.kind) continue;
        looked++;
        const r = sentenceForLabel(t.source, fact.label, ctx.cache, 2);
        const span = r && spanOf(t.source, r.start, r.end, ctx.prepared[i].input.id);
        if (!span || out.some((e) => e.participantId === span.participantId)) continue;
        if (out.length >= max - reserve) out.pop();
        if (add(span)) break search;
      }
    }
  }
  for (const i of interviewees) {
    if (out.length >= max) break;
    const f = factsOf[i]?.get(fact.key);
    if (f?.code) add(evidenceOf(f, i, ctx));
    else if (add(intervieweeEvidence(fact, i, ctx))) break;
  }
  // A chosen label twice shows it is shared; a third identical chip is padding.
  const norm = (e: EvidenceSpan): string => e.quote.toLowerCase().trim();
  for (const span of labels) {
    if (out.length >= max) break;
    if (out.filter((e) => norm(e) === norm(span)).length >= 2) continue;
    add(span);
  }
  // Own words first, then chosen labels; a topic is headed by a sentence, not a one-word answer ("Bash").
  const words = (e: EvidenceSpan): number => e.quote.split(/\s+/).length;
  return out.sort(
    (a, b) =>
      Number(isOwnWords(b, fact)) - Number(isOwnWords(a, fact)) ||
      (fact.topic ? Number(words(b) >= 3) - Number(words(a) >= 3) : 0),
  );
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

function liftWords(t: Pick<Trait, 'lift' | 'studyShare' | 'sharedByStudy'>): string {
  if (t.sharedByStudy) return 'as in the whole study';
  if (t.lift >= 1.15) return `${t.lift.toFixed(1)}× the study`;
  return 'about as in the study';
}

/** The phrase of a trait without figures, e.g. "Use R today: daily" or "Struggles with slow exports". */
export function traitPhrase(
  t: Pick<Trait, 'kind' | 'label' | 'question' | 'source' | 'evidence'>,
): string {
  const verb = VERB[t.kind];
  if (t.source === 'code') {
    const label = codeLabel(t.label);
    // A theme named by two keywords ("Learning and curve") reads better as the words it stands for.
    // So does a theme engine's keyphrase ("Coursera Edx Datacamp") where no verb makes it a claim.
    const keyphrase = !verb && isTitleCasePhrase(t.label.replace(/\s*\([^)]*…\)\s*$/, '').trim());
    if ((KEYWORD_PAIR.test(label) || keyphrase) && OPEN_KINDS.has(t.kind) && t.evidence[0])
      return ownWords(t.kind, t.evidence);
    return verb ? `${verb} ${lowerFirst(label)}` : upperFirst(label);
  }
  if (t.source === 'text') {
    return t.evidence[0] ? ownWords(t.kind, t.evidence) : `${OWN_WORDS[t.kind]}: ${t.label}`;
  }
  const q = t.question ? questionPhrase(t.question) : '';
  if (t.source === 'choice') {
    const claim = t.question ? choiceClaim(t.question, t.label) : undefined;
    if (claim) return claim;
    const firstPerson = /^(i|i['’]m|my|we)\b/i.test(t.label);
    const plain = selfExplanatory(t.label) && !firstPerson;
    if (plain && t.kind === 'PAIN_POINT') return `${verb} ${lowerFirst(t.label)}`;
    if (plain && t.kind === 'GOAL') return `Goal: ${lowerFirst(t.label)}`;
    if (plain && t.kind === 'MOTIVATION') return `Reason: ${lowerFirst(t.label)}`;
    if (!q || (plain && t.label.split(/\s+/).length >= 5)) return upperFirst(t.label);
    return `${q}: ${t.label}`;
  }
  // A rating scale: "Rates “Enjoy using Python” 4–5", what people do, the item quoted.
  if (t.source === 'scale' && q) return `Rates “${q}” ${t.label}`;
  return q ? `${q}: ${t.label}` : t.label;
}

/**
 * A trait in its members' words: the leading quote when it is a sentence; when it is a word or
 * two ("Pycharm"), up to three different short answers, so one person's answer does not read as
 * what the whole share said (“Pycharm”, “Hadoop ecosystem”, “nbdiff”).
 */
function ownWords(kind: TraitKind, evidence: readonly { quote: string }[]): string {
  const first = evidence[0].quote.trim();
  if (first.split(/\s+/).length >= 3) return `${OWN_WORDS[kind]}: “${clip(first, 70)}”`;
  const quotes: string[] = [];
  for (const e of evidence) {
    const q = e.quote.trim();
    if (q.split(/\s+/).length >= 3 || quotes.some((x) => x.toLowerCase() === q.toLowerCase())) continue;
    quotes.push(clip(q, 30));
    if (quotes.length === 3) break;
  }
  return `${OWN_WORDS[kind]}: ${quotes.map((q) => `“${q}”`).join(', ')}`;
}

/** "(What do you think was the biggest obsta…)" after a theme's name only tells its question apart. */
export function codeLabel(label: string): string {
  const name = label.replace(/\s*\([^)]*…\)\s*$/, '').trim() || label;
  // "Version Control" in title case reads as a name; "version control" as a subject ("R", "GitHub" stay).
  if (!isTitleCasePhrase(name)) return name;
  const words = name.split(/\s+/);
  return words.map((w, i) => (i > 0 && /^[A-Z][a-z]+$/.test(w) ? w.toLowerCase() : w)).join(' ');
}

/** "Version Control", "Coursera Edx Datacamp": two or more words in title case, as theme engines name themes. */
function isTitleCasePhrase(name: string): boolean {
  const words = name.split(/\s+/);
  const connector = /^(and|of|or|to|in|for|the|a|with)$/;
  return words.length >= 2 && words.every((w) => /^[A-Z][a-z]+$/.test(w) || connector.test(w));
}

/** A theme label made of two keywords ("Slow and find"), as some theme engines name clusters. */
export const KEYWORD_PAIR = /^[\p{L}\d+#.-]+ and [\p{L}\d+#.-]+$/iu;

/** "Rates “Enjoy using Python” 2.6 of 5 on average": a rating trait said as what people do, the item quoted. */
export function ratingPhrase(t: Pick<Trait, 'question' | 'mean'>): string {
  const m = t.mean!;
  const item = t.question ? `Rates “${questionPhrase(t.question)}”` : 'Rating:';
  return `${item} ${m.segment.toFixed(1)} of ${m.max} on average`;
}

function traitText(t: Trait): string {
  if (t.source === 'behaviour' && t.perWeek) return behaviourTraitText(t.label, t.perWeek);
  if (t.source === 'scale' && t.mean) {
    const m = t.mean;
    return `${ratingPhrase(t)} (${m.study.toFixed(1)} in the study) — ${pct(t.share)} give ${t.label} (${liftWords(t)})`;
  }
  const phrase = traitPhrase(t);
  const figures = `${pct(t.share)} (${liftWords(t)})`;
  if (t.source === 'code' && OPEN_KINDS.has(t.kind) && t.evidence[0] && !phrase.includes('“'))
    return `${phrase} — ${figures}: “${clip(t.evidence[0].quote, 70)}”`;
  return `${phrase} — ${figures}`;
}

/**
 * Keys of the chosen-option and needs-code facts a prepared participant holds (`choice:<q>:<label>`,
 * `code:<id>`), as `participantFacts` names them: what can be checked on a participant who came
 * after the run (number, scale and topic facts need the run's statistics, so they are left out).
 */
export function observedFactKeys(p: Prepared): string[] {
  return [...participantFacts(p, new Map(), new Set(), [], undefined).keys()].sort();
}

/** Mean frequency per week of a behaviour in segment `s` and over every segmented participant with analytics. */
function behaviourMeans(
  prepared: Prepared[],
  members: number[][],
  s: number,
  key: string,
): { segment: number; study: number } {
  let segSum = 0;
  let segN = 0;
  let sum = 0;
  let n = 0;
  members.forEach((m, seg) => {
    for (const i of m) {
      const x = behaviourValue(prepared[i], key);
      if (x === undefined) continue;
      sum += x;
      n++;
      if (seg === s) {
        segSum += x;
        segN++;
      }
    }
  });
  return { segment: segSum / Math.max(1, segN), study: sum / Math.max(1, n) };
}
