import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CopyRows, copyCell } from './copy-rows';

async function run(rows: string[][], mapping: ConstructorParameters<typeof CopyRows>[0]) {
  const t = new CopyRows(mapping, (raw) => `h(${raw})`);
  let text = '';
  for await (const chunk of Readable.from(rows).pipe(t)) text += chunk;
  return { text, counts: t.counts };
}

describe('CopyRows', () => {
  it('hashes the user, keeps event and time, skips unreadable rows', async () => {
    const { text, counts } = await run(
      [
        ['\uFEFFuser', 'event', 'ts', 'properties'],
        ['ana@example.com', 'export', '2026-12-01T10:00:00Z', '{"email":"ana@example.com"}'],
        ['u2', 'tab\there', '1764583200', ''],
        ['', 'export', '2026-12-01T10:00:00Z', ''],
        ['u3', 'export', 'not a date', ''],
      ],
      { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'ts', propertiesColumn: 'properties' },
    );
    expect(text).toBe(
      `h(ana@example.com)\texport\t${Date.UTC(2026, 11, 1, 10)}\nh(u2)\ttab\\there\t1764583200000\n`,
    );
    expect(text).not.toContain('{');
    expect(counts).toEqual({ rows: 4, skipped: 2 });
  });

  it('unpivots the numeric cells of a summary', async () => {
    const { text } = await run(
      [
        ['user_id', 'sessions', 'export_share'],
        ['u1', '12', '40%'],
        ['u2', 'n/a', '0.1'],
      ],
      { kind: 'SUMMARY', userColumn: 'user_id', metricColumns: ['sessions', 'export_share'] },
    );
    expect(text).toBe('h(u1)\tsessions\t12\nh(u1)\texport_share\t40\nh(u2)\texport_share\t0.1\n');
  });

  it('fails with a sentence when the header lacks a mapped column', async () => {
    await expect(
      run([['a', 'b']], { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'ts' }),
    ).rejects.toThrow(/no column “user”/);
  });

  it('escapes COPY text', () => {
    expect(copyCell('a\\b\nc\rd\u0000e')).toBe('a\\\\b\\nc\\rde');
  });
});
