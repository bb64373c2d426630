import { describe, expect, it } from 'vitest';
import { MappingError, metricRole, proposeMapping, resolveMapping } from './mapping';

describe('proposeMapping', () => {
  it('maps the usual names of an events export', () => {
    expect(
      proposeMapping(
        ['distinct_id', 'Event Name', 'Timestamp', 'properties'],
        [['u1', 'dashboard_opened', '2026-12-01T10:00:00Z', '{"plan":"pro"}']],
      ),
    ).toEqual({
      kind: 'EVENTS',
      userColumn: 'distinct_id',
      eventColumn: 'Event Name',
      timeColumn: 'Timestamp',
      propertiesColumn: 'properties',
    });
  });

  it('finds the time column by its values when the names say nothing', () => {
    const m = proposeMapping(
      ['who', 'what', 'when', 'plan'],
      [
        ['u1', 'export', '1764583200', 'pro'],
        ['u2', 'login', 'Tue, 01 Dec 2026 10:00:00 +0000', 'free'],
      ],
    );
    expect(m).toMatchObject({ kind: 'EVENTS', userColumn: 'who', timeColumn: 'when', eventColumn: 'what' });
  });

  it('reads a per-user summary: a user column and numeric columns', () => {
    expect(
      proposeMapping(
        ['user_id', 'sessions', 'dashboards_opened', 'plan'],
        [
          ['u1', '12', '40', 'pro'],
          ['u2', '3', '0', 'free'],
        ],
      ),
    ).toEqual({ kind: 'SUMMARY', userColumn: 'user_id', metricColumns: ['sessions', 'dashboards_opened'] });
  });

  it('gives up on a file with nothing to map', () => {
    expect(proposeMapping(['a'], [['x']])).toBeNull();
  });
});

describe('resolveMapping', () => {
  const header = ['user', 'event', 'at', 'sessions'];
  it('answers column indices', () => {
    expect(
      resolveMapping(header, { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event', timeColumn: 'at' }),
    ).toMatchObject({ user: 0, event: 1, time: 2 });
    expect(resolveMapping(header, { kind: 'SUMMARY', userColumn: 'user', metricColumns: ['sessions'] }).metrics).toEqual([
      { index: 3, name: 'sessions' },
    ]);
  });
  it('names what is missing or wrong', () => {
    expect(() => resolveMapping(header, { kind: 'EVENTS', userColumn: 'user', eventColumn: 'event' })).toThrow(
      /timestamp/,
    );
    expect(() =>
      resolveMapping(header, { kind: 'EVENTS', userColumn: 'uid', eventColumn: 'event', timeColumn: 'at' }),
    ).toThrow(MappingError);
    expect(() =>
      resolveMapping(header, { kind: 'EVENTS', userColumn: 'user', eventColumn: 'user', timeColumn: 'at' }),
    ).toThrow(/three different/);
  });
});

describe('metricRole', () => {
  it('reads recency, shares and counts from the column name', () => {
    expect(metricRole('days_since_last_login')).toBe('RECENCY');
    expect(metricRole('Recency')).toBe('RECENCY');
    expect(metricRole('export_share')).toBe('SHARE');
    expect(metricRole('pct_sessions_with_export')).toBe('SHARE');
    expect(metricRole('dashboards_opened')).toBe('COUNT');
    expect(metricRole('sessions')).toBe('COUNT');
  });
});
