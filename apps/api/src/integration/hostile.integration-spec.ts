import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, type Ws } from '../../test/support/authz-fixture';
import { describeStats, judge, newStats, openSql, rawGraphql, rowCounts, type Sql } from '../../test/support/authz-http';
import { RULES, type RuleHelpers } from '../../test/support/authz-rules';
import { variantsOf } from '../../test/support/authz-variants';
import { createTestApp, type TestApp } from '../../test/support/test-app';

// Hostile requests against the running app: malformed documents and bodies, transport tricks,
// invalid UTF-8, resource bombs, 10,000-item lists and, generated from the schema, wrong types and
// hostile values for every variable of every operation. Each answer must be a 4xx or a GraphQL
// error with a client code (or a success), with nothing internal in it, and a refused request
// must leave every table as it was. Latency is recorded, not asserted.

const { buildSchema } = createRequire(__filename)('graphql') as typeof import('graphql');
const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.gql'), 'utf8'));

let t: TestApp;
let w: Ws;
let sql: Sql;
let closeSql: () => Promise<void>;
let helpers: RuleHelpers;
const stats = newStats();
let generated = 0;

interface Init {
  headers?: Record<string, string>;
  method?: string;
  query?: string;
}

/** Sends a raw request, counting every table's rows before and after, and judges the answer. */
async function probe(label: string, body: string | Buffer, init: Init = {}, sent?: unknown, withCounts = true) {
  const before = withCounts ? await rowCounts(sql) : null;
  const answer = await rawGraphql(t, stats, label, body, init);
  const counts = before ? { before, after: await rowCounts(sql) } : undefined;
  return { answer, ...judge(answer, sent, counts) };
}

const auth = (): Init => ({ headers: { authorization: `Bearer ${w.members.OWNER.token}` } });
const gqlBody = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

/** Probes, then asserts the universal rules and, if given, that it was refused (optionally with `status`). */
async function expectHostile(label: string, body: string | Buffer, opts: { init?: Init; sent?: unknown; refused?: boolean; status?: number } = {}) {
  const r = await probe(label, body, opts.init ?? {}, opts.sent);
  expect(r.problems.join('\n'), label).toBe('');
  if (opts.refused) expect(r.refused, `${label} should be refused: ${r.answer.text.slice(0, 300)}`).toBe(true);
  if (opts.status) expect(r.answer.status, `${label}: ${r.answer.text.slice(0, 300)}`).toBe(opts.status);
  return r;
}

beforeAll(async () => {
  t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '1000000', LOGIN_ATTEMPTS_PER_15_MIN: '1000000' });
  ({ sql, close: closeSql } = await openSql(t));
  w = await buildWorkspace(t, 'Hostile', { sql });
  const loginUser = await t.signUp('Login user');
  helpers = {
    loginEmail: loginUser.email,
    newAccountEmail: async () => {
      const email = `invitee-${randomUUID()}@example.com`;
      await sql(`INSERT INTO app_user (email, name, password_hash) SELECT $1, 'Invitee', password_hash FROM app_user WHERE id = $2`, [email, loginUser.id]);
      return email;
    },
  };
}, 180_000);

afterAll(async () => {
  console.log(`hostile: ${describeStats(stats)}; ${generated} of them generated from the schema`);
  await closeSql?.();
  await t?.close();
});

const SYNTAX_ERRORS = [
  '{', '}', '{ me { id }', '{ me { id } } }', 'query {', 'mutation', 'query($x: ) { me { id } }', '{ me(id: ) { id } }', '{ "me" }',
  '{ me @ { id } }', 'fragment on on on { id }', '{ ... }', 'query Q($a: Int = ) { me { id } }', '{ me { id } } garbage', '{ me { id ,,,, } ]',
  '\u0000', '{ me { \u0007 } }', '"""unterminated', '{ me { id } # no closing brace', 'subscription { me { id } }', '{ __schema }',
  '{ me { noSuchField } }', '{ noSuchQuery }', 'mutation { noSuchMutation }', 'query { me { id } } query { me { id } }', '{ me(noSuchArg: 1) { id } }',
  'query($v: NoSuchType) { me { id } }', '{ me { id ... on Study { name } } }', '{ workspace(id: 1.5) { id } }', '{ workspace { id } }', '   ', '😀',
  '{ me { id } } fragment F on Query { me { id } }', 'query($a: Int, $a: Int) { me { id } }', '{ me { id @noSuchDirective } }', "{ study(id: '1') { id } }",
];

describe('malformed documents → 400 BAD_USER_INPUT', () => {
  for (const [i, doc] of SYNTAX_ERRORS.entries()) {
    it(`#${i} ${JSON.stringify(doc).slice(0, 50)}`, async () => {
      const r = await expectHostile(`syntax #${i}`, gqlBody(doc), { init: auth(), refused: true, status: 400 });
      expect(r.code).toBe('BAD_USER_INPUT');
    });
  }
});

const q = '{ me { id } }';
const BODIES: { label: string; body: string | Buffer; init?: Init | (() => Init); status?: number }[] = [
  { label: 'empty body', body: '', status: 400 },
  { label: 'JSON null', body: 'null', status: 400 },
  { label: 'JSON number', body: '42', status: 400 },
  { label: 'JSON string', body: '"{ me { id } }"', status: 400 },
  { label: 'JSON true', body: 'true', status: 400 },
  { label: 'truncated JSON', body: '{"query": "{ me { id } }"', status: 400 },
  { label: 'lone brace', body: '{', status: 400 },
  { label: 'empty object', body: '{}', status: 400 },
  { label: 'query null', body: '{"query":null}', status: 400 },
  { label: 'query number', body: '{"query":42}', status: 400 },
  { label: 'query object', body: '{"query":{}}', status: 400 },
  { label: 'query array', body: JSON.stringify({ query: [q] }), status: 400 },
  { label: 'variables string', body: JSON.stringify({ query: q, variables: 'abc' }), status: 400 },
  { label: 'variables array', body: JSON.stringify({ query: q, variables: [1] }), status: 400 },
  { label: 'variables number', body: JSON.stringify({ query: q, variables: 5 }), status: 400 },
  { label: 'operationName number', body: JSON.stringify({ query: q, operationName: 5 }), status: 400 },
  { label: 'unknown operationName', body: JSON.stringify({ query: 'query A { me { id } } query B { me { id } }', operationName: 'C' }), status: 400 },
  { label: 'two operations, no operationName', body: JSON.stringify({ query: 'query A { me { id } } query B { me { id } }' }), status: 400 },
  { label: 'extensions string', body: JSON.stringify({ query: q, extensions: 'x' }), status: 400 },
  { label: 'persisted query with a wrong hash', body: JSON.stringify({ query: q, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }) },
  { label: 'persisted query, hash only', body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }) },
  { label: 'duplicate "query" keys (last wins: logOut, no token)', body: '{"query":"{ me { id } }","query":"mutation { logOut }"}' },
  { label: '__proto__ body', body: '{"__proto__":{"query":"{ me { id } }"}}', status: 400 },
  { label: '__proto__ in variables', body: '{"query":"{ me { id } }","variables":{"__proto__":{"admin":true}}}' },
  { label: 'batch of two', body: JSON.stringify([{ query: q }, { query: q }]), status: 400 },
  { label: 'empty batch', body: '[]', status: 400 },
  { label: 'batch of 1,000 mutations', body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: 'mutation { createWorkspace(name: "batched") { id } }' }))), init: auth, status: 400 },
  { label: 'text/plain (CSRF)', body: JSON.stringify({ query: 'mutation { createWorkspace(name: "csrf") { id } }' }), init: () => ({ headers: { 'content-type': 'text/plain', ...auth().headers } }), status: 400 },
  { label: 'form-urlencoded', body: 'query=mutation%20%7B%20logOut%20%7D', init: { headers: { 'content-type': 'application/x-www-form-urlencoded' } }, status: 400 },
  { label: 'multipart', body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--', init: { headers: { 'content-type': 'multipart/form-data; boundary=x' } }, status: 400 },
  { label: 'application/graphql', body: q, init: { headers: { 'content-type': 'application/graphql' } } },
  { label: 'application/xml', body: '<query>{ me { id } }</query>', init: { headers: { 'content-type': 'application/xml' } } },
  { label: 'charset utf-16 declared', body: JSON.stringify({ query: q }), init: { headers: { 'content-type': 'application/json; charset=utf-16' } } },
  { label: 'UTF-16LE body with BOM', body: Buffer.from(`\ufeff${JSON.stringify({ query: q })}`, 'utf16le'), status: 400 },
  { label: 'UTF-8 BOM', body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ query: q }))]) },
  {
    label: 'raw lone surrogate in a UTF-16LE body (no \\u escape)',
    body: Buffer.from(`{"query":"mutation($n: String!) { createWorkspace(name: $n) { id } }","variables":{"n":"a\uD800z"}}`, 'utf16le'),
    init: () => ({ headers: { 'content-type': 'application/json; charset=utf-16le', ...auth().headers } }),
    status: 400,
  },
  { label: 'raw NUL byte in a JSON string', body: Buffer.from('{"query":"{ me { id } }\u0000"}'), status: 400 },
  { label: 'GET mutation', body: '', init: () => ({ method: 'GET', query: `query=${encodeURIComponent('mutation { createWorkspace(name: "get") { id } }')}`, headers: { 'apollo-require-preflight': '1', ...auth().headers } }), status: 405 },
  { label: 'GET without a CSRF header', body: '', init: { method: 'GET', query: `query=${encodeURIComponent(q)}`, headers: {} }, status: 400 },
  { label: 'GET with a broken query string', body: '', init: { method: 'GET', query: 'query=%E0%A4%A&variables=%7B', headers: { 'apollo-require-preflight': '1' } } },
  { label: 'PUT', body: JSON.stringify({ query: q }), init: { method: 'PUT' } },
  { label: 'DELETE', body: JSON.stringify({ query: q }), init: { method: 'DELETE' } },
  { label: 'PATCH', body: JSON.stringify({ query: q }), init: { method: 'PATCH' } },
  { label: 'Authorization "Bearer"', body: JSON.stringify({ query: q }), init: { headers: { authorization: 'Bearer' } } },
  { label: 'Authorization with SQL', body: JSON.stringify({ query: q }), init: { headers: { authorization: "Bearer ' OR 1=1 --" } } },
  { label: 'Authorization 10 KB token', body: JSON.stringify({ query: q }), init: { headers: { authorization: `Bearer ${'x'.repeat(10_000)}` } } },
  { label: 'Authorization Basic', body: JSON.stringify({ query: q }), init: { headers: { authorization: 'Basic Zm9vOmJhcg==' } } },
  { label: 'Authorization two tokens', body: JSON.stringify({ query: 'mutation { createWorkspace(name: "two tokens") { id } }' }), init: { headers: { authorization: `Bearer ${'a'.repeat(43)} Bearer x` } } },
];

// Invalid UTF-8 inside the body: overlong encodings, lone surrogates, stray continuation bytes, a cut sequence.
const BAD_UTF8: [string, number[]][] = [
  ['0xFF 0xFE', [0xff, 0xfe]],
  ['overlong "/" (0xC0 0xAF)', [0xc0, 0xaf]],
  ['UTF-8-encoded lone surrogate (0xED 0xA0 0x80)', [0xed, 0xa0, 0x80]],
  ['stray continuation bytes', [0x80, 0xbf]],
  ['cut 3-byte sequence', [0xe2, 0x82]],
  ['code point above U+10FFFF (0xF4 0x90 0x80 0x80)', [0xf4, 0x90, 0x80, 0x80]],
];

describe('malformed bodies and transport', () => {
  for (const b of BODIES) {
    it(b.label, async () => {
      const r = await expectHostile(b.label, b.body, { init: typeof b.init === 'function' ? b.init() : b.init, status: b.status });
      if (b.status === undefined) expect(r.answer.status, r.answer.text.slice(0, 300)).toBeLessThan(500);
    });
  }
  for (const [name, bytes] of BAD_UTF8) {
    it(`invalid UTF-8 in the query: ${name}`, async () => {
      const body = Buffer.concat([Buffer.from('{"query":"{ me { id } } # '), Buffer.from(bytes), Buffer.from('"}')]);
      await expectHostile(`utf8 query ${name}`, body, { init: auth() });
    });
    it(`invalid UTF-8 in a stored name: ${name} → refused or stored as decoded (U+FFFD)`, async () => {
      const raw = Buffer.concat([Buffer.from('a'), Buffer.from(bytes), Buffer.from('z')]);
      const body = Buffer.concat([Buffer.from('{"query":"mutation($n: String!) { createWorkspace(name: $n) { id name } }","variables":{"n":"'), raw, Buffer.from('"}}')]);
      const r = await expectHostile(`utf8 name ${name}`, body, { init: auth() });
      if (r.refused) return;
      const [row] = await sql<{ name: string }>('SELECT name FROM workspace WHERE id = $1', [r.answer.body.data.createWorkspace.id]);
      expect(row.name).toBe(new TextDecoder().decode(raw));
      expect(r.answer.body.data.createWorkspace.name).toBe(row.name);
    });
  }
  it('a 20 MB body → 413, nothing stored', async () => {
    const body = gqlBody('mutation($n: String!) { createWorkspace(name: $n) { id } }', { n: 'x'.repeat(20 * 1024 * 1024) });
    await expectHostile('20 MB body', body, { init: auth(), refused: true, status: 413 });
  });
  it('a body one byte over the 8 MB limit → 413', async () => {
    const filler = 8 * 1024 * 1024 + 1 - gqlBody(q, { pad: '' }).length;
    const body = gqlBody(q, { pad: 'x'.repeat(filler) });
    expect(body.length).toBe(8 * 1024 * 1024 + 1);
    await expectHostile('8 MB + 1 body', body, { init: auth(), refused: true, status: 413 });
  });
});

const aliases = (sel: string, n: number) => Array.from({ length: n }, (_, i) => `a${i}: ${sel}`).join(' ');
const fragmentBomb = (levels: number) => {
  let doc = `{ ...F${levels} }\nfragment F0 on Query { me { id } }\n`;
  for (let i = 1; i <= levels; i++) doc += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return doc;
};

describe('resource bombs', () => {
  const BOMBS: [string, () => string, boolean][] = [
    ['1,000-deep selection', () => `{ workspaces { ${'studies { workspace { '.repeat(500)} id ${'} } '.repeat(500)} } }`, true],
    ['1,000-deep introspection', () => `{ __schema { types { ${'fields { type { '.repeat(500)} name ${'} } '.repeat(500)} } } }`, true],
    ['1,000-deep list literal', () => `mutation { createInvitations(surveyId: "${w.surveyId}", emails: ${'['.repeat(1000)}"a@b.co"${']'.repeat(1000)}) { id } }`, true],
    ['1,000-deep object literal in a JSON argument', () => `mutation { submitResponse(input: { slug: "${w.slug}", clientResponseId: "deep-${randomUUID()}", complete: false, answers: [], hiddenFields: ${'{a: '.repeat(1000)}1${'}'.repeat(1000)} }) { responseId } }`, true],
    ['1,000 aliases of me', () => `{ ${aliases('me { id }', 1000)} }`, true],
    ['31 aliases (one over the limit)', () => `{ ${aliases('me { id }', 31)} }`, true],
    ['1,000 aliased createWorkspace mutations', () => `mutation { ${aliases('createWorkspace(name: "alias bomb") { id }', 1000)} }`, true],
    ['1,000 aliases inside a study', () => `{ study(id: "${w.studyId}") { ${aliases('name', 1000)} } }`, true],
    ['1,000 aliases of __typename', () => `{ ${aliases('__typename', 1000)} }`, false],
    ['fragment bomb (2^25 fields)', () => fragmentBomb(25), true],
    ['fragment bomb (2^60 fields)', () => fragmentBomb(60), true],
    ['fragment cycle A → B → A', () => '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', true],
    ['fragment spreading itself', () => '{ ...A } fragment A on Query { me { id } ...A }', true],
    ['1,000 unused fragments', () => `{ me { id } } ${Array.from({ length: 1000 }, (_, i) => `fragment U${i} on Query { me { id } }`).join(' ')}`, true],
    ['1,000 spreads of one fragment', () => `{ ${'...F '.repeat(1000)} } fragment F on Query { me { id } }`, false],
    ['1,000 @include directives', () => `{ me ${'@include(if: true) '.repeat(1000)} { id } }`, true],
    ['1,000 @skip directives on a mutation', () => `mutation { createWorkspace(name: "directives") ${'@skip(if: false) '.repeat(1000)} { id } }`, true],
    ['1,000 unknown directives', () => `{ me ${'@boom '.repeat(1000)} { id } }`, true],
    ['1,000 distinct directives on 1,000 fields', () => `{ ${Array.from({ length: 1000 }, (_, i) => `f${i}: __typename @include(if: true)`).join(' ')} }`, true],
    ['10,000 declared variables', () => `query(${Array.from({ length: 10_000 }, (_, i) => `$v${i}: Int`).join(', ')}) { me { id } }`, true],
    ['1,000 operations', () => Array.from({ length: 1000 }, (_, i) => `query Q${i} { me { id } }`).join(' '), false],
    ['a 5 MB string literal as a workspace name', () => `mutation { createWorkspace(name: "${'x'.repeat(5 * 1024 * 1024)}") { id } }`, true],
  ];
  for (const [label, doc, refused] of BOMBS) {
    it(label, async () => {
      await expectHostile(label, JSON.stringify({ query: doc(), operationName: label === '1,000 operations' ? 'Q7' : undefined }), { init: auth(), refused });
    });
  }
  it('1,000-deep JSON in a response answer is refused, nothing stored', async () => {
    const deep = JSON.parse(`${'['.repeat(1000)}"x"${']'.repeat(1000)}`);
    const vars = { i: { slug: w.slug, clientResponseId: randomUUID(), complete: false, answers: [{ questionId: 'pain', value: deep }] } };
    await expectHostile('deep answer', gqlBody(RULES.submitResponse.doc, vars), { refused: true });
  });
  it('1,000-deep JSON traitChecks are refused or stored exactly as sent', async () => {
    const deep = JSON.parse(`${'['.repeat(1000)}{"ok":true}${']'.repeat(1000)}`);
    const vars = { i: { personaId: await w.newPersona('IN_REVIEW'), decision: 'APPROVE', traitChecks: deep } };
    const r = await expectHostile('deep traitChecks', gqlBody(RULES.reviewPersona.doc, vars), { init: auth() });
    if (r.refused) return;
    const [row] = await sql<{ trait_checks: unknown }>('SELECT trait_checks FROM review WHERE persona_id = $1', [vars.i.personaId]);
    expect(row.trait_checks).toEqual(deep);
  });
});

const many = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_, i) => f(i));
const question = (i: number) => ({ id: `q${i}`, type: 'SHORT_TEXT', title: `Question ${i}` });

describe('10,000-item lists', () => {
  const LISTS: [string, () => Promise<[string, Record<string, unknown>]>, boolean][] = [
    ['createInvitations with 10,000 emails', async () => [RULES.createInvitations.doc, { s: w.surveyId, e: many(10_000, (i) => `guest${i}@example.com`) }], true],
    ['createInvitations with 10,000 invalid emails', async () => [RULES.createInvitations.doc, { s: w.surveyId, e: many(10_000, (i) => `not an email ${i}`) }], true],
    ['submitResponse with 10,000 answers', async () => [RULES.submitResponse.doc, { i: { slug: w.slug, clientResponseId: randomUUID(), complete: false, answers: many(10_000, () => ({ questionId: 'pain', value: 'x' })) } }], true],
    ['submitResponse with 10,000 hidden fields', async () => [RULES.submitResponse.doc, { i: { slug: w.slug, clientResponseId: randomUUID(), complete: false, answers: [], hiddenFields: Object.fromEntries(many(10_000, (i) => [`k${i}`, 'v'])) } }], true],
    ['createSurvey with 10,000 questions', async () => [RULES.createSurvey.doc, { i: { studyId: w.studyId, title: 'Huge', questions: many(10_000, question) } }], true],
    ['createSurvey with a 10,000-option question', async () => [RULES.createSurvey.doc, { i: { studyId: w.studyId, title: 'Wide', questions: [{ id: 'c', type: 'SINGLE_CHOICE', title: 'Pick', options: many(10_000, (i) => ({ id: `o${i}`, label: `Option ${i}` })) }] } }], false],
    ['updateSurvey with 10,000 questions', async () => [RULES.updateSurvey.doc, { id: await w.newSurvey(false), i: { questions: many(10_000, question) } }], true],
    ['importTranscript with 10,000 interviewer names', async () => [RULES.importTranscript.doc, { i: { studyId: w.studyId, title: 'Names', format: 'PLAIN', content: 'P1: hi', interviewerSpeakers: many(10_000, (i) => `I${i}`) } }], true],
    ['importTranscript with 30,000 turns', async () => [RULES.importTranscript.doc, { i: { studyId: w.studyId, title: 'Long', format: 'PLAIN', content: many(30_000, (i) => `P${i % 7}: turn ${i}`).join('\n') } }], true],
    ['updatePersona with 10,000 traits', async () => [RULES.updatePersona.doc, { id: await w.newPersona('DRAFT'), i: { traits: many(10_000, () => ({ kind: 'GOAL', text: 'x', evidence: [{ source: { type: 'TRANSCRIPT_SEGMENT', segmentId: w.segmentId }, start: 0, end: 2 }] })) } }], true],
    ['surveyResults with 10,000 conditions', async () => ['query($s: ID!, $f: ResultsFilter) { surveyResults(surveyId: $s, filter: $f) { responseCount } }', { s: w.surveyId, f: { where: many(10_000, () => ({ questionId: 'role', operator: 'EQUALS', value: 'analyst' })) } }], true],
    ['importCodebook with 10,000 codes', async () => [RULES.importCodebook.doc, { s: w.studyId, f: 'CSV', c: `name,category\n${many(10_000, (i) => `Bulk ${i},NEED`).join('\n')}` }], true],
    ['importSurveyCsv with 10,000 column settings', async () => [RULES.importSurveyCsv.doc, { i: { studyId: w.studyId, title: 'Cols', csv: 'A\n1\n', columns: many(10_000, (i) => ({ header: `H${i}`, skip: true })) } }], false],
    ['importSurveyCsv with 10,000 columns (a survey has at most 500 questions)', async () => [RULES.importSurveyCsv.doc, { i: { studyId: w.studyId, title: 'Wide CSV', csv: `${many(10_000, (i) => `Q${i}`).join(',')}\n${many(10_000, (i) => i).join(',')}\n` } }], true],
    ['createInvitations with 10,000 copies of one email (deduplicated)', async () => [RULES.createInvitations.doc, { s: w.surveyId, e: many(10_000, () => 'same@example.com') }], false],
  ];
  for (const [label, build, refused] of LISTS) {
    it(label, async () => {
      const [doc, vars] = await build();
      await expectHostile(label, gqlBody(doc, vars), { init: auth(), sent: vars, refused });
    }, 60_000);
  }
});

describe('wrong types and hostile values for every variable of every operation (generated from the schema)', () => {
  it('every argument of every operation is a variable of its rule document', () => {
    const { parse, Kind } = createRequire(__filename)('graphql') as typeof import('graphql');
    const missing: string[] = [];
    for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(type.getFields())) {
        const rule = RULES[field.name];
        if (!rule) continue; // the authz suite fails for an operation without a rule
        const op = parse(rule.doc).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        const call = op?.kind === Kind.OPERATION_DEFINITION ? op.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === field.name) : undefined;
        const passed = new Set(call?.kind === Kind.FIELD ? call.arguments?.filter((a) => a.value.kind === Kind.VARIABLE).map((a) => a.name.value) : []);
        for (const arg of field.args) if (!passed.has(arg.name)) missing.push(`${field.name}(${arg.name})`);
      }
    }
    expect(missing).toEqual([]);
  });
  for (const [op, rule] of Object.entries(RULES)) {
    if (op === 'logOut' || op === 'signOutEverywhere') continue; // no variables, and it would end the owner's sessions
    it(op, async () => {
      const base = await rule.vars(w, helpers);
      const variants = variantsOf(schema, rule.doc, base);
      const mutation = rule.doc.trimStart().startsWith('mutation');
      for (const v of variants) {
        generated++;
        const label = `${op}: ${v.label}`;
        const r = await probe(label, gqlBody(rule.doc, v.vars), auth(), v.vars, mutation);
        expect.soft(r.problems.join('\n'), label).toBe('');
        if (v.kind === 'type') expect.soft({ status: r.answer.status, code: r.code }, label).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      }
    }, 300_000);
  }
});
