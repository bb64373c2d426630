import {
  SMALL_SEGMENT_MIN_PEOPLE,
  SMALL_SEGMENT_MIN_SHARE,
  isSmallSegment,
} from '@persona-lab/privacy';
import { buildSegmentModel } from './assign';
import { SynthesisInputError } from './errors';
import { buildItems, type Item } from './items';
import { prepareParticipants, type Prepared, type TextField } from './prepare';
import { assertFaithful, buildQuality } from './quality';
import { selectQuotes } from './quotes';
import { hashString } from './rng';
import { minSegmentSize, segment } from './segment';
import { indexSources } from './sources';
import { TermCache, buildTopics, termSpace, tfidfRow, type TopicModel } from './text-topics';
import { buildTraits } from './traits';
import type {
  CentroidFeature,
  IntervieweeFit,
  ProfileDistribution,
  ProgressFn,
  SegmentResult,
  SynthesisInput,
  SynthesisResult,
} from './types';

/** Seed mixed in when the input gives none. */
export const DEFAULT_SEED = 1;
/** Fewer segmentable participants than this: no personas (two segments of three). */
export const MIN_PARTICIPANTS = 6;
const CENTROID_SUMMARY_SIZE = 8;
const SEGMENT_FIELDS: TextField[] = [
  'PAIN_POINT',
  'GOAL',
  'MOTIVATION',
  'BEHAVIOR',
  'PSYCHOGRAPHIC',
  'OPEN',
];

/** A segment below this size (or 5 % of the study) is flagged small: see `isSmallSegment` (privacy lib). */
export const SMALL_SEGMENT = SMALL_SEGMENT_MIN_PEOPLE;

/**
 * Needs-based persona synthesis: participants in canonical (id) order, sensitive
 * answers stripped → indicators from needs answers, needs codes/themes and open-text
 * topics → latent class analysis (k by ICL-BIC unless personaCount) → tiny classes
 * merged → interviewees placed by their words → bootstrap stability → traits with
 * verbatim evidence → quotes → quality. Demographics only describe segments.
 * Deterministic and independent of row order: every seed derives from content.
 * Throws SynthesisInputError when the study cannot be segmented on needs, and
 * UnfaithfulEvidenceError if a quote ever differs from its source (a bug).
 */
export function synthesize(input: SynthesisInput, onProgress?: ProgressFn): SynthesisResult {
  const report = (stage: string, progress: number): void => onProgress?.(stage, progress);
  report('features', 0);
  const { prepared, census } = prepareParticipants(input.participants);
  const warnings: string[] = [];
  const segmentable = (p: Prepared): boolean =>
    p.needsAnswers.length > 0 ||
    p.texts.some((t) => t.field !== 'TURN') ||
    p.needsCodes.some((c) => c.source.ref.type === 'SURVEY_ANSWER');
  let people = prepared.flatMap((p, i) => (segmentable(p) ? [i] : []));
  let placing = prepared.flatMap((p, i) =>
    !segmentable(p) && (p.texts.some((t) => t.field === 'TURN') || p.needsCodes.length > 0)
      ? [i]
      : [],
  );
  const fields = [...SEGMENT_FIELDS];
  if (
    people.length < MIN_PARTICIPANTS &&
    people.length + placing.length >= MIN_PARTICIPANTS &&
    placing.length > 0
  ) {
    // A study of interviews only: the interviewees themselves are segmented on their words.
    people = [...people, ...placing].sort((a, b) => a - b);
    placing = [];
    fields.push('TURN');
    warnings.push(
      'This study has too few survey answers, so its interviewees were segmented on their own words and themes.',
    );
  }
  checkInput(people.length, census);

  const seed = contentSeed(prepared, people, input.seed ?? DEFAULT_SEED);
  const cache = new TermCache();
  const topics = buildTopics(prepared, people, fields, seed, cache);
  report('features', 0.15);
  const items = buildItems(prepared, people, topics);
  if (items.length === 0)
    throw new SynthesisInputError(
      'NO_VARIATION',
      'Nearly everyone gave the same answers to the questions about behaviours, goals, pain points, motivations and attitudes, and there is too little open text to tell people apart, so no needs-based personas can be made.',
    );
  if (census.openTexts === 0 && census.turns === 0)
    warnings.push(
      'This study has no open text, so pain points, goals and motivations rest on chosen options, not on people’s own words.',
    );

  report('segments', 0.2);
  const seg = segment(items, people.length, seed, input.personaCount, (p) =>
    report('segments', 0.2 + 0.55 * p),
  );
  if (seg.k === 1 && input.personaCount == null)
    warnings.push(
      'The answers do not split into clearly different needs, so the study is one segment.',
    );
  if (seg.weak)
    warnings.push(
      `The answers split only weakly into different needs: these ${seg.k} segments recur in resamples (stability ${seg.stability.toFixed(2)}) but overlap; read them as tendencies, not types.`,
    );
  const members: number[][] = Array.from({ length: seg.k }, () => []);
  const order = [...people.keys()].sort((a, b) => seg.certainty[b] - seg.certainty[a] || a - b);
  for (const j of order) members[seg.labels[j]].push(people[j]);

  // Kept with the run to place later participants: anchors are the most certain survey members.
  const model = buildSegmentModel(
    items,
    seg.model,
    seg.labels,
    members.map((m) => m.map((i) => prepared[i].input.id)),
  );

  report('interviewees', 0.78);
  const placed = placeInterviewees(prepared, people, members, placing, cache);
  placed.forEach((fits, s) => members[s].push(...fits.map((f) => f.index)));

  report('traits', 0.82);
  const intervieweeSet = new Set(placing);
  const traits = buildTraits({
    prepared,
    members,
    people,
    topics,
    interviewees: intervieweeSet,
    cache,
  });
  const n = members.reduce((acc, m) => acc + m.length, 0);
  const sanitised = prepared.map((p) => p.input);
  const segments: SegmentResult[] = members.map((m, s) => {
    const surveyMembers = m.filter((i) => !intervieweeSet.has(i));
    const certainty =
      surveyMembers.length > 0
        ? surveyMembers.reduce((acc, i) => acc + seg.certainty[binaryIndex(people, i)], 0) /
          surveyMembers.length
        : 0;
    const memberIds = m.map((i) => prepared[i].input.id);
    const placedFit = new Map(placed[s].map((f) => [f.index, f.fit]));
    const memberFits = m.map((i) =>
      round3(placedFit.get(i) ?? seg.certainty[binaryIndex(people, i)] ?? 0),
    );
    return {
      memberIds,
      memberFits,
      share: m.length / n,
      traits: traits[s],
      // Interviewees first (they are few, placed last, and their words are the richest), two at most.
      quotes: selectQuotes(
        sanitised,
        [...m.filter((i) => intervieweeSet.has(i)).slice(0, 2), ...surveyMembers],
        traits[s],
        termWeights(topics, people, seg.labels, s),
      ),
      centroidSummary: summarise(items, seg, s),
      small: isSmallSegment(m.length, m.length / n),
      profile: profileOf(prepared, members, s),
      interviewees: placed[s].map(({ participantId, fit, runnerUp }) => ({
        participantId,
        fit,
        runnerUp,
      })),
      certainty,
      // From what the segment says, not its ids: a second import of the same export (new ids for
      // responses and themes) gives the same names and faces.
      avatarSeed: hashString(
        `${m.length}|${traits[s].map((t) => `${t.kind}:${t.label}`).join('|')}`,
      ).toString(36),
    };
  });
  // Someone who opened the survey and left gave nothing to segment on, not "only profile answers"
  // (the Jupyter export's 614 partial sessions hold a start time and nothing else).
  // Such a participant is never segmented nor placed, so they are among those left out.
  const blank = input.participants.filter(
    (p) =>
      p.answers.length === 0 &&
      p.codes.length === 0 &&
      !p.behaviours?.length &&
      p.texts.every((t) => t.text.trim() === ''),
  ).length;
  const dropped = prepared.length - n - blank;
  if (blank > 0)
    warnings.push(
      `${blank} participant${blank === 1 ? '' : 's'} answered nothing (opened the survey and left, or every answer blank) and ${blank === 1 ? 'is' : 'are'} in no segment.`,
    );
  if (dropped > 0)
    warnings.push(
      `${dropped} participant${dropped === 1 ? '' : 's'} gave only profile or sensitive answers and ${dropped === 1 ? 'is' : 'are'} in no segment.`,
    );
  if (segments.some((s) => s.small))
    warnings.push(
      `Segments under ${Math.max(SMALL_SEGMENT, Math.ceil(SMALL_SEGMENT_MIN_SHARE * n))} people are flagged small: leads to check, not findings.`,
    );

  report('quality', 0.95);
  const sources = indexSources(sanitised);
  const quality = buildQuality(segments, sources, {
    silhouette: seg.silhouette,
    stability: seg.stability,
  });
  // Below 1 is a bug: fail the run rather than store a misquote.
  assertFaithful(segments, { participants: sanitised }, sources);
  report('done', 1);
  return {
    segments,
    quality,
    k: segments.length,
    warnings,
    model,
    diagnostics: {
      method: 'latent-class',
      segmented: people.length,
      placed: placing.length,
      indicators: items.map((it) => ({
        key: it.key,
        label: it.label,
        categories: it.categories.length,
        kind: it.kind,
      })),
      scores: seg.scores,
      entropy: seg.entropy,
      segmentStability: seg.segmentStability,
      textVectors:
        topics.length === 0
          ? 'none'
          : topics.every((t) => t.vectors === 'embedding')
            ? 'embedding'
            : 'tfidf',
    },
  };
}

function binaryIndex(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return mid;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function checkInput(
  segmentable: number,
  census: ReturnType<typeof prepareParticipants>['census'],
): void {
  const needs = census.needsAnswers + census.openTexts + census.needsCodes;
  if (needs === 0 && census.turns === 0) {
    if (census.sensitiveAnswers > 0 && census.demographicAnswers === 0)
      throw new SynthesisInputError(
        'ONLY_SENSITIVE',
        'Every answer in this study is to a sensitive question (such as gender or ethnicity), and sensitive answers never form personas. Add questions about behaviours, goals, pain points or motivations, or open text.',
      );
    if (census.participants > 0)
      throw new SynthesisInputError(
        'ONLY_DEMOGRAPHICS',
        'This study only has profile questions (such as role, age or country), and personas are segmented on needs, not demographics. Mark questions about behaviours, goals, pain points, motivations or attitudes with a persona field, add open text, or import interviews.',
      );
  }
  if (segmentable < MIN_PARTICIPANTS)
    throw new SynthesisInputError(
      'TOO_FEW_PARTICIPANTS',
      `Synthesis needs at least ${MIN_PARTICIPANTS} participants who answered questions about behaviours, goals, pain points, motivations or attitudes, or wrote open text; this study has ${segmentable}.`,
    );
}

/**
 * A seed from the segmented content only (needs answers, texts, codes by name), so row order,
 * demographics and ids — which a re-import mints anew — never change it.
 */
function contentSeed(prepared: Prepared[], people: number[], extra: number): number {
  const rows: string[] = [];
  for (const i of people) {
    const p = prepared[i];
    const parts: string[] = [];
    for (const a of p.needsAnswers)
      parts.push(
        `${a.questionId}=${a.choiceLabels ? [...a.choiceLabels].sort().join(',') : a.source.text}`,
      );
    for (const t of p.texts) if (t.field !== 'TURN') parts.push(t.source.text.slice(0, 64));
    for (const c of p.needsCodes) parts.push(`code:${c.codeName}`);
    rows.push(parts.sort().join('|'));
  }
  let h = hashString(`seed:${extra >>> 0}`);
  for (const row of rows.sort()) h = hashString(`${h}:${row}`);
  return h;
}

/** Items and categories most raised in a segment over the study. */
function summarise(items: Item[], seg: ReturnType<typeof segment>, s: number): CentroidFeature[] {
  return seg.profile
    .filter(
      (p) => p.segment[s] > p.study && !(items[p.item].categories.length === 2 && p.category === 0),
    )
    .map((p) => ({
      key: `${items[p.item].key}#${p.category}`,
      label: `${items[p.item].label}: ${items[p.item].categories[p.category]}`,
      value: p.segment[s],
      studyMean: p.study,
    }))
    .sort((a, b) => b.value - b.studyMean - (a.value - a.studyMean) || (a.key < b.key ? -1 : 1))
    .slice(0, CENTROID_SUMMARY_SIZE);
}

/** Distinctive terms of a segment's open text (its over-represented topics), for scoring quotes. */
function termWeights(
  topics: TopicModel[],
  people: number[],
  labels: Int32Array,
  s: number,
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const t of topics) {
    const inSeg = new Float64Array(t.k);
    const all = new Float64Array(t.k);
    let segN = 0;
    let allN = 0;
    for (let j = 0; j < people.length; j++) {
      const topic = t.topicOf[j];
      if (topic < 0) continue;
      all[topic]++;
      allN++;
      if (labels[j] === s) {
        inSeg[topic]++;
        segN++;
      }
    }
    if (segN === 0) continue;
    for (let c = 0; c < t.k; c++) {
      const lift = inSeg[c] / segN - all[c] / allN;
      if (lift <= 0) continue;
      for (const [term, w] of t.termWeights[c])
        weights.set(term, (weights.get(term) ?? 0) + w * lift);
    }
  }
  return weights;
}

/**
 * Places each interviewee in the segment whose distinctive words (members' mean
 * TF-IDF of open text and needs codes above the study's) are nearest theirs by cosine; the survey segmentation
 * is not touched. Returns the placed interviewees per segment, best fit first.
 */
function placeInterviewees(
  prepared: Prepared[],
  people: number[],
  members: number[][],
  placing: number[],
  cache: TermCache,
): (IntervieweeFit & { index: number })[][] {
  const out: (IntervieweeFit & { index: number })[][] = members.map(() => []);
  if (placing.length === 0) return out;
  const docOf = (i: number, turns: boolean): string[] => [
    ...prepared[i].texts
      .filter((t) => (t.field === 'TURN') === turns)
      .flatMap((t) => cache.terms(t.source)),
    ...prepared[i].needsCodes.map((c) => `code:${c.codeId}`),
  ];
  const space = termSpace(
    people.map((i) => docOf(i, false)),
    2000,
  );
  const dim = space.vocab.length;
  // What sets each segment's words apart: its mean TF-IDF row minus the study's (positive part),
  // so words everyone uses ("data", "code") do not decide where an interviewee goes.
  const studyMean = new Float64Array(dim);
  for (let j = 0; j < people.length; j++)
    for (let p = space.rows.rowPtr[j]; p < space.rows.rowPtr[j + 1]; p++)
      studyMean[space.rows.cols[p]] += space.rows.vals[p] / people.length;
  const centroids = members.map((m) => {
    const c = new Float64Array(dim);
    let size = 0;
    for (const i of m) {
      const j = binaryIndex(people, i);
      if (j < 0) continue;
      size++;
      for (let p = space.rows.rowPtr[j]; p < space.rows.rowPtr[j + 1]; p++)
        c[space.rows.cols[p]] += space.rows.vals[p];
    }
    let sq = 0;
    for (let d = 0; d < dim; d++) {
      c[d] = Math.max(0, c[d] / Math.max(1, size) - studyMean[d]);
      sq += c[d] * c[d];
    }
    const norm = Math.sqrt(sq) || 1;
    return c.map((x) => x / norm);
  });
  for (const i of placing) {
    const row = tfidfRow(docOf(i, true), space.index, space.idf);
    const sims = centroids.map((c) => {
      let dot = 0;
      for (const [col, v] of row) dot += v * c[col];
      return dot;
    });
    let best = 0;
    for (let s = 1; s < sims.length; s++) if (sims[s] > sims[best]) best = s;
    const runnerUp = Math.max(0, ...sims.filter((_, s) => s !== best));
    out[best].push({
      participantId: prepared[i].input.id,
      fit: Math.max(0, sims[best]),
      runnerUp,
      index: i,
    });
  }
  for (const list of out) list.sort((a, b) => b.fit - a.fit || a.index - b.index);
  return out;
}

/** Opted-in sensitive questions as distributions per segment (options under 3 members folded into "Other"). */
function profileOf(prepared: Prepared[], members: number[][], s: number): ProfileDistribution[] {
  const questions = new Map<
    string,
    {
      title: string;
      seg: Map<string, number>;
      all: Map<string, number>;
      spelling: Map<string, string>;
      segN: number;
      allN: number;
    }
  >();
  members.forEach((m, seg) => {
    for (const i of m)
      for (const a of prepared[i].described) {
        let q = questions.get(a.questionId);
        if (!q)
          questions.set(
            a.questionId,
            (q = {
              title: a.questionTitle,
              seg: new Map(),
              all: new Map(),
              spelling: new Map(),
              segN: 0,
              allN: 0,
            }),
          );
        q.allN++;
        if (seg === s) q.segN++;
        // Free-typed answers ("Male", "male ") count as one value.
        for (const l of new Set((a.choiceLabels ?? []).map((x) => x.trim().toLowerCase()))) {
          q.all.set(l, (q.all.get(l) ?? 0) + 1);
          if (seg === s) q.seg.set(l, (q.seg.get(l) ?? 0) + 1);
        }
      }
  });
  return [...questions]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([, q]) => q.segN > 0)
    .map(([questionId, q]) => {
      const values: ProfileDistribution['values'] = [];
      let otherSeg = 0;
      let otherAll = 0;
      for (const [key, c] of [...q.seg].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
        if (c < 3) {
          otherSeg += c;
          otherAll += q.all.get(key) ?? 0;
        } else
          values.push({
            label: q.spelling.get(key) ?? key,
            share: c / q.segN,
            studyShare: (q.all.get(key) ?? 0) / q.allN,
          });
      }
      if (otherSeg > 0)
        values.push({ label: 'Other', share: otherSeg / q.segN, studyShare: otherAll / q.allN });
      return { questionId, question: q.title, sensitive: true as const, values, answered: q.segN };
    });
}

export { minSegmentSize };

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
