import { createAvatar } from '@dicebear/core';
import { shapes } from '@dicebear/collection';
import { hashString } from './rng';
import { KIND_ORDER } from './traits';
import type { SegmentResult, Trait, TraitKind } from './types';

/** The words of a persona. */
export interface PersonaWords {
  name: string;
  tagline: string;
  summary: string;
}

/** What describing a segment needs (a SegmentResult has it). */
export type DescribableSegment = Pick<SegmentResult, 'memberIds' | 'share' | 'traits'>;

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

const HEADINGS: Record<TraitKind, string> = {
  DEMOGRAPHIC: 'Profile',
  PSYCHOGRAPHIC: 'Attitudes',
  BEHAVIOR: 'Habits',
  GOAL: 'Goals',
  PAIN_POINT: 'Pain points',
  MOTIVATION: 'Motivations',
};

/**
 * Offline words for one segment: a given name picked by a hash of the
 * segment's content (skipping `taken` names), a tagline from its top goal and
 * pain point, and a summary that only restates its traits — templates, no
 * guesses about age, gender or anything the data does not say.
 */
export function describeSegment(
  segment: DescribableSegment,
  taken: ReadonlySet<string> = new Set(),
): PersonaWords {
  const content = [...segment.traits.map((t) => t.key), ...segment.memberIds.slice(0, 10)].join(
    '|',
  );
  let at = hashString(content) % NAMES.length;
  for (let tries = 0; tries < NAMES.length && taken.has(NAMES[at]); tries++)
    at = (at + 1) % NAMES.length;
  let name = NAMES[at];
  // More segments than names: number the repeats rather than collide.
  for (let i = 2; taken.has(name); i++) name = `${NAMES[at]} ${i}`;
  return { name, tagline: tagline(segment.traits), summary: summary(name, segment) };
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

function top(traits: Trait[], kind: TraitKind): Trait | undefined {
  return traits
    .filter((t) => t.kind === kind)
    .sort((a, b) => b.lift - a.lift || b.share - a.share)[0];
}

function subject(t: Trait): string {
  return t.question ? `“${t.label}” for “${t.question}”` : `“${t.label}”`;
}

function tagline(traits: Trait[]): string {
  const goal = top(traits, 'GOAL');
  const pain = top(traits, 'PAIN_POINT');
  if (goal && pain) return `Wants ${subject(goal)}, held back by ${subject(pain)}`;
  if (goal) return `Wants ${subject(goal)}`;
  if (pain) return `Held back by ${subject(pain)}`;
  const motive = top(traits, 'MOTIVATION');
  if (motive) return `Driven by ${subject(motive)}`;
  const any = [...traits].sort((a, b) => b.lift - a.lift)[0];
  return any ? `Stands out for ${subject(any)}` : 'A segment without distinctive traits';
}

function summary(name: string, segment: DescribableSegment): string {
  const count = segment.memberIds.length;
  const lines = [
    `${name} stands for ${Math.round(segment.share * 100)} % of participants (${count} ${count === 1 ? 'person' : 'people'}).`,
  ];
  for (const kind of KIND_ORDER) {
    const texts = segment.traits.filter((t) => t.kind === kind).map((t) => t.text);
    if (texts.length > 0) lines.push(`${HEADINGS[kind]}: ${texts.join('; ')}.`);
  }
  if (lines.length === 1)
    lines.push('No trait sets this segment clearly apart from the rest of the study.');
  return lines.join(' ');
}

/** A deterministic SVG avatar (DiceBear "shapes": abstract, no faces, so no gender or age). */
export function avatarSvg(seed: string): string {
  return createAvatar(shapes, { seed }).toString();
}
