import type { Plugin } from 'vite';

const SUFFIX = '?respondent';

/**
 * Gives the respondent form its own copy of a library's modules (here
 * survey-logic), tagged `?respondent`.
 *
 * Why: the builder's preview renders the respondent form, so the two share
 * modules, and a bundler puts each module in one chunk only. survey-logic's
 * `validateDefinition` (used by the builder) needs zod, and once its module is
 * shared, the respondent chunk would import zod too. With its own copy, the
 * respondent side tree-shakes to what the form calls (no zod). The code is
 * the same source file, so browser and server still run identical rules.
 */
export function respondentCopy(options: {
  /** Modules of the respondent form (the importers that get the copy). */
  isRespondent: (id: string) => boolean;
  /** Absolute directory of the library to copy (with a trailing slash). */
  library: string;
}): Plugin {
  return {
    name: 'persona-lab:respondent-copy',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, resolveOptions) {
      if (!importer) return null;
      const tagged = importer.endsWith(SUFFIX);
      if (!tagged && !options.isRespondent(importer)) return null;
      const from = tagged ? importer.slice(0, -SUFFIX.length) : importer;
      const resolved = await this.resolve(source, from, { ...resolveOptions, skipSelf: true });
      if (!resolved || resolved.external || resolved.id.includes('?')) return resolved;
      if (!resolved.id.startsWith(options.library)) return resolved;
      return { ...resolved, id: resolved.id + SUFFIX };
    },
    load(id) {
      // Vite's own loader skips ids with unknown queries; read the file ourselves.
      if (!id.endsWith(SUFFIX)) return null;
      return this.fs.readFile(id.slice(0, -SUFFIX.length), { encoding: 'utf8' });
    },
  };
}
