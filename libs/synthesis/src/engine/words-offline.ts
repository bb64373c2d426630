import { hashString } from './rng';
import { choiceClaim, clip, lowerFirst, selfExplanatory, upperFirst } from './phrases';
import { codeLabel, KEYWORD_PAIR, ratingPhrase, traitPhrase } from './traits';
import type { SegmentResult, Trait, TraitKind } from './types';

/** The words of a persona. */
export interface PersonaWords {
  name: string;
  /** At most 80 characters, plain language, never a quoted question. */
  tagline: string;
  /** 3–5 sentences from the strongest traits. */
  summary: string;
  /** 2–3 sentences drawn only from the traits and profile. */
  backstory: string;
  /** Seed for the persona's avatar (DiceBear), from the segment's content. */
  avatarSeed: string;
}

/** What describing a segment needs (a SegmentResult has it). */
export type DescribableSegment = Pick<SegmentResult, 'memberIds' | 'share' | 'traits'> &
  Partial<Pick<SegmentResult, 'small' | 'avatarSeed'>>;

/** Longest tagline. */
export const MAX_TAGLINE_CHARS = 80;

// Given names used for any gender, from many languages; a persona's name says nothing about its people.
const NAMES = [
  'Alex',
  'Amani',
  'Ari',
  'Avery',
  'Ayo',
  'Casey',
  'Charlie',
  'Dakota',
  'Dara',
  'Eden',
  'Emerson',
  'Finley',
  'Frankie',
  'Haru',
  'Hayden',
  'Hikaru',
  'Jamie',
  'Jesse',
  'Jin',
  'Jordan',
  'Jules',
  'Kai',
  'Kamari',
  'Kendall',
  'Kiran',
  'Lin',
  'Marlowe',
  'Mika',
  'Min',
  'Morgan',
  'Nico',
  'Nima',
  'Noor',
  'Oakley',
  'Parker',
  'Quinn',
  'Reese',
  'Remy',
  'Ren',
  'Riley',
  'River',
  'Robin',
  'Rory',
  'Rowan',
  'Sage',
  'Sam',
  'Sasha',
  'Shay',
  'Skyler',
  'Sunny',
  'Tatum',
  'Taylor',
  'Tenzin',
  'Wren',
  'Yuki',
  'Zion',
];

/**
 * Offline words for one segment: a given name from a neutral list picked by
 * a hash of the segment's content (skipping `taken` names), a tagline from
 * its strongest goal and pain point, a summary and a backstory that only
 * restate its traits — templates, no guesses about age, gender or anything
 * the data does not say.
 */
export function describeSegment(
  segment: DescribableSegment,
  taken: ReadonlySet<string> = new Set(),
): PersonaWords {
  const avatarSeed =
    segment.avatarSeed ??
    hashString(
      [...segment.traits.map((t) => t.key), ...[...segment.memberIds].sort().slice(0, 50)].join(
        '|',
      ),
    ).toString(36);
  let at = hashString(avatarSeed) % NAMES.length;
  for (let tries = 0; tries < NAMES.length && taken.has(NAMES[at]); tries++)
    at = (at + 1) % NAMES.length;
  let name = NAMES[at];
  // More segments than names: number the repeats rather than collide.
  for (let i = 2; taken.has(name); i++) name = `${NAMES[at]} ${i}`;
  return {
    name,
    tagline: tagline(segment.traits),
    summary: summary(name, segment),
    backstory: backstory(name, segment),
    avatarSeed,
  };
}

/** Words for every segment, with distinct names. */
export function describeSegments(segments: DescribableSegment[]): PersonaWords[] {
  const taken = new Set<string>();
  return segments.map((s) => {
    const words = describeSegment(s, taken);
    taken.add(words.name);
    return words;
  });
}

/** The strongest distinctive trait of a kind (shared-with-study ones last). */
function top(traits: Trait[], kind: TraitKind, skip?: Trait): Trait | undefined {
  return traits
    .filter((t) => t.kind === kind && t !== skip)
    .sort(
      (a, b) =>
        Number(a.sharedByStudy) - Number(b.sharedByStudy) ||
        b.share * Math.log2(Math.max(1, b.lift)) - a.share * Math.log2(Math.max(1, a.lift)) ||
        b.share - a.share,
    )[0];
}

const distinctive = (t: Trait | undefined): t is Trait => !!t && !t.sharedByStudy && t.lift >= 1.15;

const SOURCE_RANK: Record<Trait['source'], number> = {
  code: 0,
  choice: 1,
  text: 2,
  scale: 3,
  number: 4,
  behaviour: 5,
};

/** The best tagline material of a kind: distinctive, a theme/code first, then an option, then own words. */
function material(traits: Trait[], kind: TraitKind): Trait | undefined {
  return traits
    .filter((t) => t.kind === kind && distinctive(t) && phraseOf(t, 40) !== undefined)
    .sort(
      (a, b) =>
        SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
        b.share * Math.log2(b.lift) - a.share * Math.log2(a.lift),
    )[0];
}

/** A short phrase for a tagline: a code's or option's label, or a clipped quote of own words. */
function phraseOf(t: Trait, max: number): string | undefined {
  const label = t.source === 'code' ? codeLabel(t.label) : t.label;
  if (t.source === 'text' || (t.source === 'code' && KEYWORD_PAIR.test(label))) {
    const q = t.evidence[0]?.quote;
    return q ? `“${clip(q, max - 2)}”` : undefined;
  }
  if (
    t.source === 'code' ||
    (t.source === 'choice' && selfExplanatory(label) && !/^(i|my|we)\b/i.test(label))
  )
    return clip(lowerFirst(label), max);
  return undefined;
}

/** A claim that reads on its own ("Beginner R user", "Uses R daily"), or undefined. */
function claimOf(t: Trait): string | undefined {
  if (t.source !== 'choice' || !t.question) return undefined;
  const c = choiceClaim(t.question, t.label);
  return c && c.length <= 50 ? c : undefined;
}

/** "Doesn't use Shiny", "Never…", "Didn't…": what people do not do. */
const NEGATED =
  /^(doesn['’]t|does not|didn['’]t|did not|never|not|no longer|isn['’]t|hasn['’]t)\b/i;

/** A claim held by fewer than this share of a segment does not say who they all are. */
const MAJORITY = 0.5;
/** Below this share a claim stays out of the headline altogether. */
const MIN_CLAIM_SHARE = 0.25;

/** Third-person verbs whose plural is not the verb without its "s". */
const PLURAL: Record<string, string> = {
  has: 'have',
  is: 'are',
  was: 'were',
  does: 'do',
  "doesn't": "don't",
  'doesn’t': 'don’t',
  "isn't": "aren't",
  'isn’t': 'aren’t',
  "hasn't": "haven't",
  'hasn’t': 'haven’t',
  goes: 'go',
};

/**
 * "Has used R for less than a year" said of a segment where only some have: "Many have used R
 * for less than a year". Undefined when the claim's first word is not a verb this knows how to
 * put in the plural.
 */
export function manyClaim(claim: string): string | undefined {
  if (/ user$/.test(claim) && !/^(is|was|has|does)\b/i.test(claim))
    return `Many are ${lowerFirst(claim)}s`;
  const [first, ...rest] = claim.split(' ');
  const never = /^never$/i.test(first);
  const verb = (never ? rest[0] : first)?.toLowerCase();
  if (!verb) return undefined;
  let plural: string | undefined = Object.hasOwn(PLURAL, verb) ? PLURAL[verb] : undefined;
  if (!plural && /(ed|n't|n’t)$/.test(verb)) plural = verb;
  else if (!plural && /[^aeiou]ies$/.test(verb)) plural = `${verb.slice(0, -3)}y`;
  else if (!plural && /(sh|ch|x|z|ss)es$/.test(verb)) plural = verb.slice(0, -2);
  else if (!plural && /[^s]s$/.test(verb)) plural = verb.slice(0, -1);
  if (!plural) return undefined;
  const words = never ? ['never', plural, ...rest.slice(1)] : [plural, ...rest];
  return `Many ${words.join(' ')}`;
}

/**
 * Segment-defining claims, strongest first: distinctive choices that read as a claim. What most
 * of the segment does comes first; a claim only some of them hold (under half) is said as such
 * ("Many have used Jupyter Notebook for less than one year") — a persona named after 35 % of its
 * people would generalise beyond the share. What people do comes before what they do not: a
 * persona named "Doesn't use Shiny" says little about who they are, so a negation leads only
 * when nothing else does.
 */
function claims(traits: Trait[]): { text: string; trait: Trait; some: boolean; not: boolean }[] {
  const all = traits
    .filter((t) => t.kind !== 'DEMOGRAPHIC' && distinctive(t) && t.share >= MIN_CLAIM_SHARE)
    .sort((a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : 1))
    .flatMap((trait) => {
      const claim = claimOf(trait);
      const some = trait.share < MAJORITY;
      const text = claim && some ? manyClaim(claim) : claim;
      // Negation is read on the claim itself: "Many don't use Shiny" no longer starts with it.
      return text ? [{ text, trait, some, not: NEGATED.test(claim!) }] : [];
    });
  const order = (c: { some: boolean; not: boolean }): number => Number(c.some) * 2 + Number(c.not);
  // A stable sort: within each group, the strongest first, as above.
  return all.sort((a, b) => order(a) - order(b));
}

/** How much a trait sets a segment apart: its share, weighted by how far it is above the study. */
const weight = (t: Trait): number => t.share * Math.log2(t.lift);

const fits = (line: string | false | undefined): line is string =>
  !!line && line.length <= MAX_TAGLINE_CHARS;

function tagline(traits: Trait[]): string {
  const goal = material(traits, 'GOAL') ?? material(traits, 'MOTIVATION');
  const pain = material(traits, 'PAIN_POINT');
  let goalPart: string | undefined;
  if (goal) {
    const g = phraseOf(goal, 40)!;
    const lead = goal.kind === 'GOAL' ? 'Wants' : 'Driven by';
    goalPart = goal.source === 'choice' ? upperFirst(g) : `${lead} ${g}`;
  }
  const p = pain && phraseOf(pain, 36);
  const [lead, second] = claims(traits);
  const [who, also] = [lead?.text, second?.text];
  const join = (a: string, b: string): string =>
    `${a}${/ user$/.test(a) ? ' who' : ' and'} ${lowerFirst(b)}`;
  // "Wants version control, held back by version control" says one thing twice.
  const words = (x: string): Set<string> =>
    new Set(
      x
        .toLowerCase()
        .match(/\p{L}{3,}/gu)
        ?.filter((w) => w !== 'wants') ?? [],
    );
  const same = (a: string, b: string): boolean => {
    const wa = words(a);
    const wb = [...words(b)];
    return wb.length > 0 && wb.filter((w) => wa.has(w)).length / wb.length >= 0.5;
  };
  const byGoal: (string | false | undefined)[] = [
    goalPart && p && !same(goalPart, p) && `${goalPart}, held back by ${p}`,
    who && p && `${who}, held back by ${p}`,
    who && goalPart && `${who}; ${lowerFirst(goalPart)}`,
    goalPart,
  ];
  // Two claims join only when most of the segment holds both ("Many … and many …" says little).
  const byClaim = [who && also && !lead.some && !second.some && join(who, also), who];
  // A goal known only as a quote of a text topic is a weaker headline than a clear claim, unless
  // it sets the segment apart far more ("Version Control, git": 37 %, 3.8× the study, against
  // "uses Jupyter daily": 72 %, 1.5×).
  const quoted =
    (goal?.source === 'text' || goalPart?.includes('“')) &&
    !(goal && lead && weight(goal) >= 1.5 * weight(lead.trait));
  const options = [
    ...(quoted ? [...byClaim, ...byGoal] : [...byGoal, ...byClaim]),
    p && `Held back by ${p}`,
  ];
  let line = options.find(fits);
  if (!line) {
    const b = top(traits, 'BEHAVIOR');
    if (distinctive(b) && b.share >= MAJORITY) line = traitPhrase(b);
  }
  if (!line) {
    const any = traits
      .filter((t) => t.kind !== 'DEMOGRAPHIC' && distinctive(t) && t.share >= MAJORITY)
      .sort((a, b) => b.lift - a.lift)[0];
    line = any ? traitPhrase(any) : 'The broad middle: no need sets them apart from the study';
  }
  return line.length <= MAX_TAGLINE_CHARS ? line : clip(line, MAX_TAGLINE_CHARS);
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

function sentence(t: Trait): string {
  const figures = t.sharedByStudy
    ? `${pct(t.share)}, as in the whole study`
    : t.lift >= 1.15
      ? `${pct(t.share)}, ${t.lift.toFixed(1)}× the study`
      : `${pct(t.share)}, about as in the study`;
  if (t.source === 'scale' && t.mean)
    return `${ratingPhrase(t)}, against ${t.mean.study.toFixed(1)} in the study (${pct(t.share)} give ${t.label}).`;
  return `${traitPhrase(t)} (${figures}).`;
}

/** Own-words traits ("What they want: “Pycharm”") as a clause of a list: "wants “Pycharm”". */
const OWN_WORDS_CLAUSE: Record<string, string> = {
  'What they want': 'wants',
  'What gets in the way': 'held back by',
  'Why it matters': 'driven by',
};

/** A trait as one clause of the "Shared with the whole study" sentence. */
function sharedClause(t: Trait): string {
  if (t.source === 'scale' && t.mean)
    return `${lowerFirst(ratingPhrase(t))} (${pct(t.share)} give ${t.label})`;
  const phrase = traitPhrase(t);
  const own = /^([^“]+): (“.*”)$/.exec(phrase);
  const said = own
    ? `${OWN_WORDS_CLAUSE[own[1]] ?? 'in their words,'} ${own[2]}`
    : lowerFirst(phrase);
  return `${said} (${pct(t.share)})`;
}

function summary(name: string, segment: DescribableSegment): string {
  const count = segment.memberIds.length;
  const lines = [
    `${name} stands for ${pct(segment.share)} of participants (${count} ${count === 1 ? 'person' : 'people'}).`,
  ];
  const order: TraitKind[] = ['GOAL', 'PAIN_POINT', 'BEHAVIOR', 'MOTIVATION', 'PSYCHOGRAPHIC'];
  // What sets the segment apart leads, what people do before what they do not ("Doesn't use
  // Shiny" says little about who they are); what it shares with the study comes last, said as such.
  const negated = (t: Trait): boolean => NEGATED.test(traitPhrase(t));
  const picked = order.map((kind) => top(segment.traits, kind)).filter((t): t is Trait => !!t);
  // A stable sort: equal traits keep the order of `order`.
  const apart = picked
    .filter(distinctive)
    .sort((a, b) => Number(negated(a)) - Number(negated(b)) || weight(b) - weight(a));
  for (const t of apart) if (lines.length < 5) lines.push(sentence(t));
  // A trait the whole study shares belongs to the study, not to this persona (PERSONAS.md).
  const shared = picked.filter((t) => !distinctive(t));
  if (shared.length && lines.length < 5)
    lines.push(`Shared with the whole study: ${shared.map(sharedClause).join('; ')}.`);
  if (segment.small && lines.length < 5)
    lines.push('A small segment: treat it as a lead to check, not a finding.');
  if (lines.length === 1)
    lines.push(
      'No behaviour, goal or pain point sets this segment clearly apart from the rest of the study.',
    );
  if (lines.length === 2) lines.push('Read its traits and quotes before acting on it.');
  return lines.join(' ');
}

function backstory(name: string, segment: DescribableSegment): string {
  const profile = segment.traits
    .filter((t) => t.kind === 'DEMOGRAPHIC')
    .sort((a, b) => b.share - a.share)
    .slice(0, 2)
    .map((t) => `${traitPhrase(t)} (${pct(t.share)})`);
  const lines = [
    profile.length > 0
      ? `${name} is drawn from ${segment.memberIds.length} participants; their most common profile answers: ${profile.join('; ')}.`
      : `${name} is drawn from ${segment.memberIds.length} participants; no profile answer sets them apart from the study.`,
  ];
  // A trait already worded as people's own words ("What they want: “Pycharm”") is quoted as such.
  const clause = (t: Trait): string => {
    const phrase = traitPhrase(t);
    const quoted = /^[^“]+: (“.*”)$/.exec(phrase);
    return quoted ? `in their words, ${quoted[1]}` : lowerFirst(phrase);
  };
  // A quote that ends its own sentence (“… I do.”) takes no second full stop.
  const sentence = (text: string): string => (/[.!?]”?$/.test(text) ? text : `${text}.`);
  const behaviour = top(segment.traits, 'BEHAVIOR');
  if (behaviour) lines.push(sentence(`Day to day: ${clause(behaviour)}`));
  const goal = top(segment.traits, 'GOAL');
  const motive = top(segment.traits, 'MOTIVATION');
  if (goal) lines.push(sentence(`What they are after: ${clause(goal)}`));
  if (motive) lines.push(sentence(`What drives them: ${clause(motive)}`));
  const pain = top(segment.traits, 'PAIN_POINT');
  if (pain) lines.push(sentence(`What gets in the way: ${clause(pain)}`));
  return lines.join(' ');
}
