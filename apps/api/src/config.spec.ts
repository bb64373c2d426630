import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.ROLE).toBe('all');
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.BODY_LIMIT).toBe('8mb');
    expect(config.SEED_DEMO).toBe(true);
    expect(config.dataDir.endsWith('.data')).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('names every bad variable in one message', () => {
    try {
      loadConfig({ PORT: 'eighty', ROLE: 'boss', DATABASE_URL: 'mysql://x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('ROLE');
      expect(message).toContain('DATABASE_URL');
    }
  });

  it('parses SEED_DEMO=0 as off and coerces numbers', () => {
    const config = loadConfig({ SEED_DEMO: '0', PORT: '8080', OPENAI_API_KEY: 'k' });
    expect(config.SEED_DEMO).toBe(false);
    expect(config.PORT).toBe(8080);
    expect(config.OPENAI_API_KEY).toBe('k');
  });

  it('rejects a malformed body limit and OpenAI URL', () => {
    expect(() => loadConfig({ BODY_LIMIT: 'lots' })).toThrow(/BODY_LIMIT/);
    expect(() => loadConfig({ OPENAI_BASE_URL: 'not a url' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('trusts no proxy by default and reads TRUST_PROXY as a hop count or a list (issue 14, finding 7)', () => {
    expect(loadConfig({}).TRUST_PROXY).toBeUndefined();
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    expect(
      loadConfig({
        TRUST_PROXY: ' loopback, 172.16.0.0/12 ,10.1.2.3, fd00::/8, 10.0.0.0/255.0.0.0',
      }).TRUST_PROXY,
    ).toEqual(['loopback', '172.16.0.0/12', '10.1.2.3', 'fd00::/8', '10.0.0.0/255.0.0.0']);
  });

  it('refuses a TRUST_PROXY Express would misread or that trusts everyone, naming the bad entry', () => {
    for (const bad of [
      'true',
      'caddy',
      '10.0.0.0/33',
      '10.0.0/8',
      'loopback,,nope',
      '::1/129',
      ',',
    ])
      expect(() => loadConfig({ TRUST_PROXY: bad })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback, caddy' })).toThrow(
      /"caddy" is not an address/,
    );
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/any client choose its IP/);
  });
});
