import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as full from './index';
import * as respondent from './respondent';

/** Module specifiers a file imports or re-exports for their values (type-only ones vanish at build). */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      const clause = node.exportClause;
      const onlyTypes =
        clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) found.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found;
}

/** Every package the entry reaches through value imports of its own modules. */
function packagesReached(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of valueImports(file)) {
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const next = resolve(dirname(file), `${specifier}.ts`);
        expect(existsSync(next), `${specifier} from ${file}`).toBe(true);
        visit(next);
      }
    }
  };
  visit(entry);
  return packages;
}

describe('@persona-lab/survey-logic/respondent', () => {
  it('reaches no zod, while the full entry does (so the walk can see it)', () => {
    expect([...packagesReached(resolve(__dirname, 'respondent.ts'))]).toEqual([]);
    expect(packagesReached(resolve(__dirname, 'index.ts')).has('zod')).toBe(true);
  });

  it('hands out the same functions as the full entry', () => {
    for (const [name, value] of Object.entries(respondent)) {
      expect(full[name as keyof typeof full], name).toBe(value);
    }
    expect(Object.keys(respondent)).toEqual(
      expect.arrayContaining(['validateAnswer', 'validateResponse', 'visibleQuestions']),
    );
  });

  it('checks an answer and the display logic without zod', () => {
    const questions = [
      {
        id: 'nps',
        type: 'NPS' as const,
        title: 'Recommend?',
        required: true,
        personaField: 'NONE' as const,
      },
      {
        id: 'why',
        type: 'SHORT_TEXT' as const,
        title: 'Why not?',
        required: true,
        personaField: 'NONE' as const,
        showIf: { questionId: 'nps', operator: 'LESS_THAN' as const, value: 7 },
      },
    ];
    expect(respondent.validateAnswer(questions[0], 11)).toMatch(/0.*10/);
    expect(respondent.validateAnswer(questions[0], 3)).toBeNull();
    expect(respondent.visibleQuestions({ questions }, { nps: 9 }).map((q) => q.id)).toEqual([
      'nps',
    ]);
    expect(respondent.visibleQuestions({ questions }, { nps: 3 }).map((q) => q.id)).toEqual([
      'nps',
      'why',
    ]);
  });
});
