import { describe, expect, it } from 'vitest';
import { createLogger, PinoNestLogger } from './logger';
import { formatLogLine, prettyDestination } from './pretty-log';

describe('pretty log lines', () => {
  it('writes one human line per entry: time, level, message, then the fields that matter', () => {
    const out: string[] = [];
    const logger = createLogger(
      'info',
      prettyDestination({ write: (s: string) => out.push(s) }, false),
    );
    logger.info({ role: 'all' }, 'Persona Lab is ready at http://localhost:3000');
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(
      /^\d\d:\d\d:\d\d INFO {2}Persona Lab is ready at http:\/\/localhost:3000 role=all\n$/,
    );
    expect(out[0]).not.toContain('hostname');
    expect(out[0]).not.toContain('"level"');
  });

  it('keeps redaction, quotes values with spaces and prints an error’s stack under its line', () => {
    const out: string[] = [];
    const logger = createLogger(
      'info',
      prettyDestination({ write: (s: string) => out.push(s) }, false),
    );
    logger.error(
      { user: { email: 'a@example.com' }, note: 'two words', err: new Error('boom') },
      'failed',
    );
    const text = out.join('');
    expect(text).toContain('ERROR failed');
    expect(text).not.toContain('a@example.com');
    expect(text).toContain('user={"email":"[Redacted]"}');
    expect(text).toContain('note="two words"');
    expect(text).toMatch(/\n {4}Error: boom\n {5,}at /);
  });

  it('colours the level only when asked, and passes a line that is not JSON through', () => {
    const line = JSON.stringify({
      level: 40,
      time: Date.UTC(2026, 0, 1, 9, 5, 7),
      msg: 'slow query',
      ms: 812,
    });
    expect(formatLogLine(line, false)).toBe('09:05:07 WARN  slow query ms=812\n');
    expect(formatLogLine(line, true)).toContain('\u001b[33mWARN \u001b[0m');
    expect(formatLogLine('plain text', true)).toBe('plain text\n');
  });
});

describe('PinoNestLogger', () => {
  it('keeps Nest’s start-up chatter at debug and its other messages at info', () => {
    const lines: string[] = [];
    const nest = new PinoNestLogger(
      createLogger('info', { write: (line: string) => void lines.push(line) }),
    );
    nest.log('AppModule dependencies initialized', 'InstanceLoader');
    nest.log('Mapped {/graphql, POST} route', 'GraphQLModule');
    nest.log('a message worth seeing', 'SomeService');
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['a message worth seeing']);
  });
});
