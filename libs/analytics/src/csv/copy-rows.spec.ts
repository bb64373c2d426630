import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CopyRows, copyCell } from './copy-rows';

/** CSV text of `rows` (quoted where needed), fed in chunks of 7 characters to cut records anywhere. */
async function run(rows: string[][], mapping: ConstructorParameters<typeof CopyRows>[0]) {
  const csv = rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  const pieces = csv.match(/[\s\S]{1,7}/g) ?? [];
  const t = new CopyRows(mapping, (raw) => `h(${raw})`);
  let text = '';
  for await (const chunk of Readable.from(pieces).pipe(t)) text += chunk;
  return { text, counts: t.counts };
}

describe('CopyRows', () => {
  it('hashes the user, keeps event and time, skips unreadable rows', async () => {
    const { text, counts } = await run(
      [
        ['\uFEFFuser', 'event', 'ts', 'properties'],
        ['ana@example.com', 'export', '2026-12-01T10:00:00Z', '{"email":"ana@example.com"}'],
        ['u2', 'tab\there', '1764583200', ''],
        ['u4', 'say "hi",\nthen go', '1764583200', '{"a":"b,c"}'],
        ['', 'export', '2026-12-01T10:00:00Z', ''],
        ['u3', 'export', 'not a date', ''],
      ],
      { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'ts', propertiesColumn: 'properties' },
    );
    expect(text).toBe(
      `h(ana@example.com)\texport\t${Date.UTC(2026, 11, 1, 10)}\nh(u2)\ttab\\there\t1764583200000\n` +
        'h(u4)\tsay "hi",\\nthen go\t1764583200000\n',
    );
    expect(text).not.toContain('{');
    expect(counts).toEqual({ rows: 5, skipped: 2 });
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
