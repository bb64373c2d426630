import type { DestinationStream } from 'pino';

const LEVELS: Record<number, { label: string; color: string }> = {
  10: { label: 'TRACE', color: '90' },
  20: { label: 'DEBUG', color: '36' },
  30: { label: 'INFO ', color: '32' },
  40: { label: 'WARN ', color: '33' },
  50: { label: 'ERROR', color: '31' },
  60: { label: 'FATAL', color: '35' },
};

/** Fields every line carries or that the line shows already: left out of the `key=value` tail. */
const HIDDEN = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'err']);

function formatValue(value: unknown): string {
  if (typeof value === 'string') return /[\s="]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Turns one pino JSON line into one human line: `12:04:05 INFO  message key=value …`, then the
 * error's stack (indented) when there is one. A line that is not JSON is passed through unchanged.
 */
export function formatLogLine(line: string, color: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const paint = (code: string, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const level = LEVELS[Number(entry.level)] ?? {
    label: String(entry.level).toUpperCase().padEnd(5),
    color: '0',
  };
  const time =
    typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const fields = Object.entries(entry)
    .filter(([key, value]) => !HIDDEN.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${paint('90', `${key}=`)}${formatValue(value)}`);
  let out = [paint('90', time), paint(level.color, level.label), String(entry.msg ?? ''), ...fields]
    .filter(Boolean)
    .join(' ');
  const err = entry.err as { message?: string; stack?: string } | undefined;
  if (err)
    out += `\n    ${(err.stack ?? err.message ?? JSON.stringify(err)).split('\n').join('\n    ')}`;
  return `${out}\n`;
}

/** A pino destination that writes human lines to `out` (stdout when it is a terminal). */
export function prettyDestination(
  out: { write(chunk: string): unknown },
  color: boolean,
): DestinationStream {
  return { write: (line: string) => void out.write(formatLogLine(line, color)) };
}
