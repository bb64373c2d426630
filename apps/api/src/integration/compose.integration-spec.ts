import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { BlockList } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../config';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Issue 14, "Serving": docker-compose.yml runs two API replicas behind Caddy plus a worker and
// PostgreSQL, with TRUST_PROXY set to the proxy's address; tools/compose-smoke.sh brings it up where
// Docker exists. Docker is not on every machine (not on CI's), so this checks what can be checked
// without it: the file's structure and every process's environment against the app's own config
// validation, the Caddyfile's upstreams, the script's shell syntax and its skip message, and the
// script's request flow against two real replicas on one database.

const ROOT = resolve(__dirname, '../../../..');

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: unknown;
  networks?: { default?: { ipv4_address?: string } };
}
interface Compose {
  services: Record<string, Service>;
  networks: { default: { ipam: { config: { subnet: string }[] } } };
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as Compose;
/** The Caddyfile without its comments. */
const caddyfile = readFileSync(join(ROOT, 'Caddyfile'), 'utf8').replace(/#.*$/gm, '');

describe('docker-compose.yml', () => {
  const { services } = compose;
  const apis = Object.entries(services).filter(([, s]) => s.environment?.ROLE === 'api');

  it('runs PostgreSQL, two API replicas, a worker and Caddy from its official image', () => {
    expect(apis.map(([name]) => name).sort()).toEqual(['api1', 'api2']);
    expect(Object.values(services).filter((s) => s.environment?.ROLE === 'worker')).toHaveLength(1);
    expect(services.postgres.image).toMatch(/^postgres:\d+/);
    expect(services.proxy.image).toMatch(/^caddy:2[\w.-]*$/);
    expect(services.proxy.volumes).toContain('./Caddyfile:/etc/caddy/Caddyfile:ro');
  });

  it('publishes only the proxy: no replica can be reached around it', () => {
    for (const [name, s] of Object.entries(services))
      if (name !== 'proxy' && name !== 'mailpit') expect(s.ports, name).toBeUndefined();
    expect(services.proxy.ports).toEqual(['${PROXY_PORT:-3000}:80']);
  });

  it("sends every process's mail to Mailpit, whose web UI (not its SMTP port) is published on loopback only", () => {
    expect(services.mailpit.image).toMatch(/^axllent\/mailpit(:|$)/);
    expect(services.mailpit.ports).toEqual(['127.0.0.1:${MAILPIT_PORT:-8025}:8025']);
    for (const [name, s] of Object.entries(services)) {
      if (!s.environment?.ROLE) continue;
      const config = loadConfig(s.environment);
      expect(config.SMTP_URL, name).toBe('smtp://mailpit:1025');
      expect(config.PUBLIC_URL, name).toBe('http://localhost:3000');
    }
  });

  it("gives every process an environment the app accepts, and the replicas TRUST_PROXY = the proxy's fixed address", () => {
    const proxyAddress = services.proxy.networks?.default?.ipv4_address;
    const [subnet, prefix] = compose.networks.default.ipam.config[0].subnet.split('/');
    const network = new BlockList();
    network.addSubnet(subnet, Number(prefix));
    expect(proxyAddress && network.check(proxyAddress)).toBe(true);
    for (const [name, s] of Object.entries(services)) {
      if (!s.environment?.ROLE) continue;
      const config = loadConfig(s.environment);
      expect(config.DATABASE_URL, name).toMatch(/@postgres:5432\//);
      expect(s.volumes, name).toContain('appdata:/data'); // one participant-link secret for all
      if (config.ROLE === 'api') expect(config.TRUST_PROXY, name).toEqual([proxyAddress]);
    }
    // Exactly one process seeds the demo account (two seeding one empty database would race).
    expect(
      Object.values(services).filter(
        (s) => s.environment?.ROLE && loadConfig(s.environment).SEED_DEMO,
      ),
    ).toHaveLength(1);
  });

  it('Caddy balances over exactly the API replicas, checking their /healthz', () => {
    const upstreams = /reverse_proxy\s+([^{\n]+)\{/.exec(caddyfile)?.[1].trim().split(/\s+/);
    expect(upstreams?.sort()).toEqual(apis.map(([name]) => `${name}:3000`).sort());
    expect(caddyfile).toMatch(/health_uri \/healthz/);
    expect(caddyfile).not.toMatch(/trusted_proxies/); // Caddy must not pass on a client's X-Forwarded-For
    // Balanced braces: the one structural mistake a reader misses.
    expect(caddyfile.split('{').length).toBe(caddyfile.split('}').length);
  });
});

describe('tools/compose-smoke.sh', () => {
  const script = join(ROOT, 'tools/compose-smoke.sh');

  it('is valid bash and executable', () => {
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
    expect(spawnSync('test', ['-x', script]).status).toBe(0);
  });

  it('says Docker is not installed and exits 0 where there is no docker command', () => {
    const out = spawnSync('/bin/bash', [script], {
      encoding: 'utf8',
      // The system's tools but not /usr/local/bin, where this machine's docker client lives.
      env: { PATH: '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp' },
    });
    expect(out.stdout.trim()).toBe('Docker is not installed here; skipped.');
    expect(out.status).toBe(0);
  });
});

describe('tools/compose-smoke-flow.mjs against two replicas on one database', () => {
  let one: TestApp;
  let two: TestApp;
  beforeAll(async () => {
    one = await createTestApp();
    two = await createTestApp({}, one.db);
  });
  afterAll(async () => {
    await two?.close();
    await one?.close();
  });

  it('signs up, creates and answers a survey through each, and sees every response through both', async () => {
    expect(existsSync(join(ROOT, 'tools/compose-smoke-flow.mjs'))).toBe(true);
    const urls = [one.url, two.url].map((u) => u.replace('[::1]', '127.0.0.1'));
    const child = spawn(process.execPath, ['--input-type=module', '-'], {
      env: { ...process.env, SMOKE_URLS: urls.join(' ') },
    });
    child.stdin.end(readFileSync(join(ROOT, 'tools/compose-smoke-flow.mjs')));
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    const code = await new Promise((r) => child.on('close', r));
    expect(output).toMatch(/every survey shows its one response through each of 2 URLs/);
    expect(code, output).toBe(0);
  });
});
