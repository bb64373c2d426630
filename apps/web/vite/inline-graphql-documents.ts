import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const GENERATED_DOCUMENT =
  /export const (\w+) = new TypedDocumentString\(`([\s\S]*?)`(?:, \{[^}]*\})?\)/g;
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
const DEFINITION = /\b(query|mutation|subscription|fragment)\s+(\w+)/;
const GQL_IMPORT =
  /^\s*import\s*\{\s*graphql\s*\}\s*from\s*['"][./]*gql(?:\/index(?:\.ts)?)?['"];?[ \t]*$/m;

/**
 * Replaces each `graphql(`…`)` call with its generated document text at build
 * time, as the client preset's babel/swc plugin would: a chunk then carries only
 * its own operations, not the map of every operation (which would otherwise
 * land in the entry chunk that respondents download too).
 */
export function inlineGraphqlDocuments(generatedFile: string): Plugin {
  let documents = new Map<string, string>();

  return {
    name: 'persona-lab:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      documents = new Map();
      for (const [, name, text] of readFileSync(generatedFile, 'utf8').matchAll(
        GENERATED_DOCUMENT,
      )) {
        documents.set(name, text);
      }
    },
    transform(code, id) {
      if (id.includes('?') || !/\.(ts|vue)$/.test(id) || /[\\/]src[\\/]gql[\\/]/.test(id))
        return null;
      if (!code.includes('graphql(')) return null;
      let replaced = false;
      const next = code.replace(GRAPHQL_CALL, (call, source: string) => {
        const match = DEFINITION.exec(source);
        if (!match) return call;
        const [, kind, name] = match;
        const constant = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const text = documents.get(constant);
        // A stale src/gql means types and runtime disagree: stop the build rather than ship that.
        if (text === undefined)
          this.error(`${name} is missing from src/gql; run \`npm run codegen\`.`);
        replaced = true;
        return `\`${text}\``;
      });
      if (!replaced) return null;
      // Drop the import of the runtime map once nothing calls it, so it is not bundled.
      return { code: /\bgraphql\(/.test(next) ? next : next.replace(GQL_IMPORT, ''), map: null };
    },
  };
}
