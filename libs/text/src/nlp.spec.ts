import { describe, expect, it } from 'vitest';
import { englishNlp, tokenLemma, type ItemToken } from './nlp';

describe('englishNlp', () => {
  it('is one instance for the whole process', () => {
    expect(englishNlp()).toBe(englishNlp());
  });

  it('gives lemmas through tokenLemma', () => {
    const lemmas: string[] = [];
    englishNlp()
      .readDoc('the exports were failing')
      .tokens()
      .each((t: ItemToken) => lemmas.push(tokenLemma(t)));
    expect(lemmas).toEqual(['the', 'export', 'be', 'fail']);
  });
});
