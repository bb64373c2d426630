import { spanOf } from './evidence';
import { answerNumber } from './sources';
import type { EvidenceSpan, ParticipantInput, TextSource, Trait, TraitKind } from './types';

/** Trait kind of each code category; OTHER (and unknown categories) give no trait. */
export const CATEGORY_KIND: Readonly<Record<string, TraitKind>> = {
  PAIN_POINT: 'PAIN_POINT',
  GOAL: 'GOAL',
  MOTIVATION: 'MOTIVATION',
  BEHAVIOR: 'BEHAVIOR',
  NEED: 'GOAL',
  ATTITUDE: 'PSYCHOGRAPHIC',
  DEMOGRAPHIC: 'DEMOGRAPHIC',
};

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
  /** Traits kept per kind, highest lift first (default 3). */
  perKind?: number;
  /** Evidence spans per trait (default 3). */
  maxEvidence?: number;
}

/** A feature a participant has: what it means and where it is said. */
interface Fact {
  key: string;
  kind: TraitKind;
  label: string;
  question?: string;
  /** Modal-only facts (demographic answers) compete within their question. */
  group?: string;
  describe: (quantifier: string, pct: string) => string;
  evidence: { source: TextSource; start: number; end: number } | null;
}

const VERBS: Record<TraitKind, string> = {
  DEMOGRAPHIC: 'mention',
  PSYCHOGRAPHIC: 'express',
  BEHAVIOR: 'report',
  GOAL: 'want',
  PAIN_POINT: 'struggle with',
  MOTIVATION: 'are driven by',
};

/** Words for a share: "Almost all", "Most", "Half", "Many", "Some". */
export function quantifier(share: number): string {
  if (share >= 0.9) return 'Almost all';
  if (share > 0.5) return 'Most';
  if (share === 0.5) return 'Half';
  return share >= 0.3 ? 'Many' : 'Some';
}

/**
 * Traits of each segment: modal demographic answers, and answers and codes
 * (by category) with the highest lift over the whole study, each with 1–3
 * evidence spans from different members, nearest the centre first.
 * `members[s]` lists the participant indices of segment s, nearest first.
 */
export function buildTraits(
  participants: ParticipantInput[],
  members: number[][],
  options: TraitOptions = {},
): Trait[][] {
  const shareFloor = options.shareFloor ?? 0.2;
  const perKind = options.perKind ?? 3;
  const maxEvidence = options.maxEvidence ?? 3;
  const facts = participantFacts(participants);
  const k = members.length;
  const n = members.reduce((acc, m) => acc + m.length, 0);
  const segOf = new Int32Array(participants.length).fill(-1);
  members.forEach((m, s) => m.forEach((i) => (segOf[i] = s)));
  const counts = new Map<string, { fact: Fact; total: number; seg: Int32Array }>();
  facts.forEach((byKey, i) => {
    if (segOf[i] < 0) return;
    for (const fact of byKey.values()) {
      let c = counts.get(fact.key);
      if (!c) counts.set(fact.key, (c = { fact, total: 0, seg: new Int32Array(k) }));
      c.total++;
      c.seg[segOf[i]]++;
    }
  });
  const keys = [...counts.keys()].sort();
  return members.map((segMembers, s) => {
    const size = segMembers.length;
    const candidates: Trait[] = [];
    const modal = new Map<string, Trait>();
    for (const key of keys) {
      const { fact, total, seg } = counts.get(key)!;
      const support = seg[s];
      const share = size > 0 ? support / size : 0;
      const studyShare = total / n;
      if (share < shareFloor || support < Math.min(2, size)) continue;
      const lift = share / studyShare;
      const trait: Trait = {
        kind: fact.kind,
        key,
        label: fact.label,
        ...(fact.question !== undefined && { question: fact.question }),
        text: fact.describe(quantifier(share), `${Math.round(share * 100)} %`),
        share,
        studyShare,
        lift,
        support,
        evidence: [],
      };
      if (fact.group) {
        const best = modal.get(fact.group);
        if (!best || share > best.share || (share === best.share && lift > best.lift))
          modal.set(fact.group, trait);
      } else if (lift >= 1 - 1e-9) {
        candidates.push(trait);
      }
    }
    candidates.push(...modal.values());
    const kept: Trait[] = [];
    for (const kind of KIND_ORDER) {
      const ofKind = candidates
        .filter((t) => t.kind === kind)
        .sort((a, b) => b.lift - a.lift || b.share - a.share || (a.key < b.key ? -1 : 1));
      let taken = 0;
      for (const trait of ofKind) {
        if (taken >= perKind) break;
        trait.evidence = pickEvidence(trait.key, segMembers, facts, participants, maxEvidence);
        if (trait.evidence.length === 0) continue;
        kept.push(trait);
        taken++;
      }
    }
    return kept;
  });
}

function pickEvidence(
  key: string,
  segMembers: number[],
  facts: Map<string, Fact>[],
  participants: ParticipantInput[],
  max: number,
): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  for (const i of segMembers) {
    const ev = facts[i].get(key)?.evidence;
    const span = ev && spanOf(ev.source, ev.start, ev.end, participants[i].id);
    // One span per member, so the spans always come from different participants.
    if (span) out.push(span);
    if (out.length >= max) break;
  }
  return out;
}

function participantFacts(participants: ParticipantInput[]): Map<string, Fact>[] {
  const bins = numberBins(participants);
  return participants.map((p) => {
    const byKey = new Map<string, Fact>();
    const put = (fact: Fact): void => {
      const prev = byKey.get(fact.key);
      // Keep the first usable evidence when a participant has the same fact twice.
      if (!prev || (!prev.evidence && fact.evidence)) byKey.set(fact.key, fact);
    };
    for (const a of p.answers) {
      if (a.personaField === 'NONE') continue;
      const whole =
        a.source.text.length > 0 ? { source: a.source, start: 0, end: a.source.text.length } : null;
      const kind = a.personaField as TraitKind;
      const group = a.personaField === 'DEMOGRAPHIC' ? a.questionId : undefined;
      if (a.kind === 'choice') {
        for (const label of a.choiceLabels ?? []) {
          put({
            key: `choice:${a.questionId}:${label}`,
            kind,
            group,
            label,
            question: a.questionTitle,
            evidence: whole,
            describe: (q, pct) => `${q} answer “${label}” to “${a.questionTitle}” (${pct})`,
          });
        }
      } else if (a.kind === 'number') {
        const x = answerNumber(a);
        const b = bins.get(a.questionId);
        if (x === undefined || !b) continue;
        const bin = b.binOf(x);
        const range = b.labels[bin];
        put({
          key: `number:${a.questionId}:${bin}`,
          kind,
          group,
          label: range,
          question: a.questionTitle,
          evidence: whole,
          describe: (q, pct) => `${q} answer ${range} to “${a.questionTitle}” (${pct})`,
        });
      }
    }
    for (const c of p.codes) {
      // hasOwn: a category named like an Object method must not resolve to it.
      const kind = Object.hasOwn(CATEGORY_KIND, c.category) ? CATEGORY_KIND[c.category] : undefined;
      if (!kind) continue;
      put({
        key: `code:${c.codeId}`,
        kind,
        label: c.codeName,
        evidence: c,
        describe: (q, pct) => `${q} ${VERBS[kind]} “${c.codeName}” (${pct})`,
      });
    }
    return byKey;
  });
}

interface Bins {
  binOf: (x: number) => number;
  labels: string[];
}

// Numbers become low / middle / high thirds of the study, so they get a share and a lift like choices.
function numberBins(participants: ParticipantInput[]): Map<string, Bins> {
  const values = new Map<string, number[]>();
  for (const p of participants) {
    for (const a of p.answers) {
      const x = a.kind === 'number' && a.personaField !== 'NONE' ? answerNumber(a) : undefined;
      if (x === undefined) continue;
      if (!values.has(a.questionId)) values.set(a.questionId, []);
      values.get(a.questionId)!.push(x);
    }
  }
  const out = new Map<string, Bins>();
  for (const [qid, xs] of values) {
    xs.sort((a, b) => a - b);
    const c1 = xs[Math.floor((xs.length - 1) / 3)];
    const c2 = xs[Math.floor((2 * (xs.length - 1)) / 3)];
    const binOf = (x: number): number => (x <= c1 ? 0 : x <= c2 ? 1 : 2);
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    for (const x of xs) {
      const b = binOf(x);
      lo[b] = Math.min(lo[b], x);
      hi[b] = Math.max(hi[b], x);
    }
    const labels = lo.map((l, b) => (l === hi[b] ? `${l}` : `${l}–${hi[b]}`));
    out.set(qid, { binOf, labels });
  }
  return out;
}
