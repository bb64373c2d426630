import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RESPONDENT = resolve(__dirname, '../src/features/respondent');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|vue)$/.test(name) ? [path] : [];
  });
}

describe('the respondent form', () => {
  it('imports survey-logic only through its zod-free entry', () => {
    const offenders = files(RESPONDENT)
      .filter((file) => !file.endsWith('.spec.ts'))
      .filter((file) => /from ['"]@persona-lab\/survey-logic['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(RESPONDENT, file));
    expect(offenders).toEqual([]);
    expect(files(RESPONDENT).length).toBeGreaterThan(5);
  });
});
