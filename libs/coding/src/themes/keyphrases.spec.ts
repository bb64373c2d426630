import { describe, expect, it } from 'vitest';
import { countPhrases, labelFrom, phrasesOf, topKeyphrases } from './keyphrases';

describe('labelFrom', () => {
  it('takes a 2–4 word phrase among the top three, in Title Case', () => {
    expect(labelFrom(['kernel', 'version control', 'git'], 'x')).toBe('Version Control');
    expect(labelFrom(['export', 'csv'], 'x')).toBe('Export and Csv');
  });

  it('never joins a word with its own variant', () => {
    expect(labelFrom(['code', 'coding', 'python'], 'x')).toBe('Code and Python');
    expect(labelFrom(['integration', 'integrated'], 'x')).toBe('Mentions of Integration');
  });

  it('falls back when there is no keyphrase', () => {
    expect(labelFrom([], 'The first words')).toBe('The first words');
  });
});

describe('topKeyphrases', () => {
  it('leaves out sentiment words that name no theme', () => {
    const theme = [
      'I love the inline plots',
      'I love inline plots so much',
      'Great inline plots',
      'Love how the plots render inline',
    ].map((s) => ({ phrases: phrasesOf(s), weight: 1 }));
    const other = ['The kernel dies', 'Kernel crashes again', 'Slow kernel start'].map((s) => ({
      phrases: phrasesOf(s),
      weight: 1,
    }));
    const corpus = countPhrases([...theme, ...other]);
    const top = topKeyphrases(countPhrases(theme), corpus.counts, corpus.total / 3);
    expect(top[0]).toBe('inline plots');
    expect(top.some((k) => /\blove\b|\bgreat\b/.test(k))).toBe(false);
  });
});
