import type { Evidence, Persona, TraitKind } from './models/persona.model';

const KIND_TITLES: Record<TraitKind, string> = {
  DEMOGRAPHIC: 'Who they are',
  PSYCHOGRAPHIC: 'How they think',
  BEHAVIOR: 'What they do',
  GOAL: 'Goals',
  PAIN_POINT: 'Pain points',
  MOTIVATION: 'Motivations',
};

/**
 * Every field is text, never Markdown or HTML: persona words come from edits, LLM output and
 * participants. Collapses whitespace, backslash-escapes CommonMark's inline punctuation (HTML
 * tags, links, images, emphasis, code, headings, tables, strikethrough, entities) and a
 * block marker at the start (`-`, `+`, `=`, `1.`), so a field can start a line safely.
 */
const inline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]()<>#|!~&])/g, '\\$1')
    .replace(/^([-+=])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
/** A multi-line field: its paragraphs kept apart, each escaped as {@link inline}. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map(inline)
    .filter(Boolean)
    .join('\n\n');
const quoteLine = (e: Evidence) =>
  `> ${inline(e.quote)}${e.participant ? ` — ${inline(e.participant.label)}` : ''}`;

/** A persona as a Markdown document: words, traits by kind with their quotes, and where it came from. */
export function personaMarkdown(p: Persona, studyName: string): string {
  const lines: string[] = [`# ${inline(p.name)}`, ''];
  if (p.tagline) lines.push(`*${inline(p.tagline)}*`, '');
  lines.push(paragraphs(p.summary), '');
  lines.push(
    `Stands for ${p.participantCount} participant${p.participantCount === 1 ? '' : 's'} (${Math.round(p.segmentShare * 100)} % of the study "${inline(studyName)}").`,
    '',
  );
  for (const kind of Object.keys(KIND_TITLES) as TraitKind[]) {
    const traits = p.traits.filter((t) => t.kind === kind);
    if (!traits.length) continue;
    lines.push(`## ${KIND_TITLES[kind]}`, '');
    for (const t of traits) {
      lines.push(`- ${inline(t.text)}`);
      for (const e of t.evidence) lines.push(`  ${quoteLine(e)}`);
    }
    lines.push('');
  }
  if (p.quotes.length) {
    lines.push('## In their words', '');
    for (const q of p.quotes) lines.push(quoteLine(q), '');
  }
  lines.push('---', '', `Persona ${p.id}, version ${p.version} (${p.status}).`, '');
  return lines.join('\n');
}
