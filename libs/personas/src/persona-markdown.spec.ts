import { describe, expect, it } from 'vitest';
import type { Persona } from './models/persona.model';
import { personaMarkdown } from './persona-markdown';

const quote = (text: string, label: string | null) => ({
  source: { type: 'TRANSCRIPT_SEGMENT' as const, segmentId: 's1' },
  start: 0,
  end: text.length,
  quote: text,
  participant: label ? { id: 'p1', label, attributes: null } : null,
});

const persona = {
  id: 'a1',
  name: 'Dana',
  tagline: 'Exports everything',
  summary: 'Works around a slow dashboard.',
  status: 'APPROVED',
  version: 3,
  participantCount: 12,
  segmentShare: 0.4,
  traits: [
    {
      kind: 'PAIN_POINT',
      text: 'The dashboard is slow',
      evidence: [quote('it *never* loads', 'P2')],
      share: null,
      lift: null,
    },
    {
      kind: 'BEHAVIOR',
      text: 'Exports to CSV',
      evidence: [quote('# every morning', null)],
      share: 0.8,
      lift: 2,
    },
  ],
  quotes: [quote('I live in spreadsheets', 'P1')],
} as unknown as Persona;

describe('personaMarkdown', () => {
  it('lists traits by kind with their quotes, and escapes quotes so they stay text', () => {
    const md = personaMarkdown(persona, 'Tools study');
    expect(md).toContain('# Dana\n\n*Exports everything*\n\nWorks around a slow dashboard.');
    expect(md).toContain('Stands for 12 participants (40 % of the study "Tools study").');
    expect(md.indexOf('## What they do')).toBeLessThan(md.indexOf('## Pain points'));
    expect(md).toContain('  > it \\*never\\* loads — P2');
    expect(md).toContain('  > \\# every morning\n');
    expect(md).toContain('## In their words\n\n> I live in spreadsheets — P1');
    expect(md).toContain('Persona a1, version 3 (APPROVED).');
  });
});
