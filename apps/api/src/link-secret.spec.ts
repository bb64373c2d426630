import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkSecret } from './link-secret';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'link-secret-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('linkSecret', () => {
  it('uses LINK_SECRET when set', () => {
    const secret = 'x'.repeat(40);
    expect(linkSecret({ LINK_SECRET: secret, NODE_ENV: 'production', dataDir: tempDir() })).toBe(
      secret,
    );
  });

  it('otherwise generates one on first start, keeps it in DATA_DIR readable by the owner only, and reuses it', () => {
    const dataDir = tempDir();
    const first = linkSecret({ NODE_ENV: 'production', dataDir });
    expect(first).toMatch(/^[\w-]{43}$/);
    const file = join(dataDir, 'link-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(linkSecret({ NODE_ENV: 'production', dataDir })).toBe(first);
    expect(linkSecret({ NODE_ENV: 'production', dataDir: tempDir() })).not.toBe(first);
  });
});
