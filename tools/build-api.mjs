// Compiles the API and the libraries it uses to dist/api with SWC: decorator
// metadata for Nest and TypeORM, tsconfig path aliases rewritten to relative
// imports. Type checking is a separate step (`npm run typecheck`).
import { readdirSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { transformFile } from '@swc/core';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'dist/api');
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));

const sources = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') walk(path);
    } else if (/\.ts$/.test(entry.name) && !/\.(spec|integration-spec|report|d)\.ts$/.test(entry.name)) {
      sources.push(path);
    }
  }
};
walk(join(root, 'apps/api/src'));
for (const lib of readdirSync(join(root, 'libs'))) walk(join(root, 'libs', lib, 'src'));

rmSync(out, { recursive: true, force: true });
const started = Date.now();
await Promise.all(
  sources.map(async (file) => {
    const { code, map } = await transformFile(file, {
      sourceMaps: true,
      module: { type: 'commonjs' },
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
        baseUrl: root,
        paths: compilerOptions.paths,
        keepClassNames: true,
      },
    });
    // Test code never ships: the lint rule keeps it out of src/, this catches what slips through.
    if (/require\("(?:@?vitest(?:\/[^"]*)?|[^"]*\/(?:test|testing)(?:\/[^"]*)?)"\)/.test(code)) {
      throw new Error(`build-api: ${relative(root, file)} imports test code`);
    }
    const target = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
    writeFileSync(`${target}.map`, map ?? '');
  }),
);
console.log(`build-api: ${sources.length} files in ${Date.now() - started} ms → ${relative(root, out)}`);
