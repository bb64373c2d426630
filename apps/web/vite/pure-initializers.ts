import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * Marks module-level `const x = someCall(…)` initializers of the given files
 * as pure, by wrapping them in an annotated arrow call:
 * `const x = /* @__PURE__ *\/ (() => someCall(…))()`.
 *
 * Why: survey-logic builds its zod schemas at module level (`z.object(…)`,
 * `.nullish()`…). A bundler must assume those calls have side effects, so any
 * chunk that imports one survey-logic function (the respondent form needs
 * `validateAnswer`) would carry all of zod. The schemas are plain values with
 * no observable side effects, so chunks that never read them may drop them —
 * and zod with them. Behaviour is unchanged where a schema is used.
 */
export function pureInitializers(matches: (id: string) => boolean): Plugin {
  return {
    name: 'persona-lab:pure-initializers',
    apply: 'build',
    transform(code, id) {
      const path = id.replace(/\?respondent$/, '');
      if (path.includes('?') || !matches(path)) return null;
      const program = this.parse(code, { lang: 'ts' }) as unknown as { body: Node[] };
      const calls: Node[] = [];
      for (const statement of program.body) {
        const declaration =
          statement.type === 'ExportNamedDeclaration'
            ? (statement.declaration as Node | null)
            : statement;
        if (declaration?.type !== 'VariableDeclaration') continue;
        for (const declarator of declaration.declarations as Node[]) {
          const init = declarator.init as Node | null;
          if (init?.type === 'CallExpression') calls.push(init);
        }
      }
      if (calls.length === 0) return null;
      let next = code;
      // From the end, so earlier offsets stay valid.
      for (const call of calls.sort((a, b) => b.start - a.start)) {
        next = `${next.slice(0, call.start)}/* @__PURE__ */ (() => ${next.slice(call.start, call.end)})()${next.slice(call.end)}`;
      }
      return { code: next, map: null };
    },
  };
}
