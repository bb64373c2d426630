import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CopyRows, copyCell } from './copy-rows';

/** CSV text of `rows` (quoted where needed), fed in chunks of 7 characters to cut records anywhere. */
async function run(
  rows: string[][],
  mapping: ConstructorParameters<typeof CopyRows>[0],
  limits?: ConstructorParameters<typeof CopyRows>[2],
) {
  const csv = rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  const pieces = csv.match(/[\s\S]{1,7}/g) ?? [];
  const t = new CopyRows(mapping, (raw) => `h(${raw})`, limits);
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
    // user number, event number, epoch ms, then the hash and the name where a number first appears.
    expect(text).toBe(
      `1\t1\t${Date.UTC(2026, 11, 1, 10)}\th(ana@example.com)\texport\n2\t2\t1764583200000\th(u2)\ttab\\there\n` +
        '3\t3\t1764583200000\th(u4)\tsay "hi",\\nthen go\n',
    );
    expect(text).not.toContain('{');
    expect(counts).toEqual({ rows: 5, skipped: 2 });
  });

  it('hashes each user once and names each event once, starting over past its limits', async () => {
    const rows = [
      ['user', 'event', 'ts'],
      ['a', 'open', '1764583200'],
      ['b', 'open', '1764583201'],
      ['a', 'save', '1764583202'],
      ['a', 'open', '1764583203'],
    ];
    const mapping = { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'ts' } as const;
    expect((await run(rows, mapping)).text).toBe(
      '1\t1\t1764583200000\th(a)\topen\n2\t1\t1764583201000\th(b)\t\\N\n' +
        '1\t2\t1764583202000\t\\N\tsave\n1\t1\t1764583203000\t\\N\t\\N\n',
    );
    // With room for one entry, a user or an event seen again after another gets a new number and
    // its hash or name again (SQL folds the numbers of one hash or one name).
    expect((await run(rows, mapping, { users: 1, events: 1 })).text).toBe(
      '1\t1\t1764583200000\th(a)\topen\n2\t1\t1764583201000\th(b)\t\\N\n' +
        '3\t2\t1764583202000\th(a)\tsave\n3\t3\t1764583203000\t\\N\topen\n',
    );
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
