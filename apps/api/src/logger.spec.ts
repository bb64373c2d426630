import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

describe('createLogger', () => {
  it('never writes a failed query’s parameters or PostgreSQL’s row detail, but keeps what helps debugging', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "response_client_id_key"'), {
      code: '23505',
      detail: 'Key (survey_id, client_response_id)=(s1, respondent@example.com) already exists.',
    });
    const batch = JSON.stringify([{ answers: { mail: 'respondent@example.com', phone: '+44 20 7946 0958' } }]);
    const error = new QueryFailedError('INSERT INTO response SELECT … FROM jsonb_to_recordset($1::jsonb)', [batch], driverError);
    logger.error({ err: error, path: ['submitResponse'] }, 'unexpected error in a GraphQL request');
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).not.toContain('respondent@example.com');
    expect(line).not.toContain('7946');
    const logged = JSON.parse(line);
    expect(logged.err.parameters).toBe('[Redacted]');
    expect(logged.err.driverError.detail).toBe('[Redacted]');
    expect(logged.err.code).toBe('23505');
    expect(logged.err.query).toContain('jsonb_to_recordset');
  });

  it('still redacts passwords, tokens and emails given as fields', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    logger.info({ user: { email: 'a@example.com', password: 'pw-123456', token: 'tok-abcdef' } }, 'signed up');
    expect(lines[0]).not.toMatch(/a@example\.com|pw-123456|tok-abcdef/);
  });
});
