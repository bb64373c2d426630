import { afterAll, beforeAll, it } from 'vitest';
import { createStudyFixture } from '../testing/fixtures';
import { seedStudyViaApi } from '../testing/seed-study';
import { createTestApp, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => { t = await createTestApp({ PUBLIC_REQUESTS_PER_MINUTE: '1000000' }); }, 60000);
afterAll(async () => t?.close());
const raw = async (body: string | Buffer, headers: Record<string, string> = {}) => {
  const s = Date.now();
  const res = await fetch(`${t.url.replace('[::1]', '127.0.0.1')}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: (await res.text()).slice(0, 400), ms: Date.now() - s };
};
it('probe', async () => {
  const ctx = await createStudyFixture(t, 'P');
  const tok = ctx.owner.token;
  const log = (k: string, v: unknown) => console.log(k, JSON.stringify(v).slice(0, 500));
  log('nul ws', await t.gql('mutation($n:String!){createWorkspace(name:$n){id name}}', { n: 'a\u0000b' }, tok));
  log('lone surrogate ws', await t.gql('mutation($n:String!){createWorkspace(name:$n){id name}}', { n: 'a\ud800b' }, tok));
  log('parentId x', await t.gql('mutation($i:CreateCodeInput!){createCode(input:$i){id}}', { i: { studyId: ctx.studyId, name: 'c1', category: 'OTHER', parentId: 'x' } }, tok));
  log('bad utf8', await raw(Buffer.concat([Buffer.from('{"query":"{ me { id } }", "x":"'), Buffer.from([0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80]), Buffer.from('"}')])));
  log('20MB', await raw('{"query":"' + 'a'.repeat(20 * 1024 * 1024) + '"}'));
  log('batch', await raw(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }])));
  log('text/plain', await raw(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' }));
  log('depth', await raw(JSON.stringify({ query: '{ ' + 'workspaces { studies { '.repeat(500) + 'id' + ' }'.repeat(1000) + ' }' }), { authorization: `Bearer ${tok}` }));
  log('alias', await raw(JSON.stringify({ query: '{ ' + Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ') + ' }' })));
  let frags = 'fragment F0 on Query { me { id } }\n';
  for (let i = 1; i <= 25; i++) frags += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  log('frag bomb', await raw(JSON.stringify({ query: '{ ...F25 }\n' + frags })));
  log('frag cycle', await raw(JSON.stringify({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' })));
  log('directives', await raw(JSON.stringify({ query: '{ me ' + '@include(if: true) '.repeat(1000) + '{ id } }' })));
  log('nested json', await raw(JSON.stringify({ query: 'query($v: JSON!) { __typename }', variables: { v: JSON.parse('['.repeat(1000) + ']'.repeat(1000)) } })));
  log('deep json parse 100k', await raw('{"query":"{ __typename }","variables":{"v":' + '['.repeat(100000) + ']'.repeat(100000) + '}}'));
  const seeded = await seedStudyViaApi(t, tok, ctx.studyId, { responses: 12, transcripts: 1 });
  log('seeded', { highlights: seeded.highlights, codes: Object.keys(seeded.codes).length });
  const start = Date.now();
  const run = await t.gql('mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status } }', { i: { studyId: ctx.studyId, provider: 'offline' } }, tok);
  let r: any;
  for (let i = 0; i < 100; i++) { r = await t.gql('query($id:ID!){synthesisRun(id:$id){status error personas { id name status }}}', { id: run.data!.startSynthesis.id }, tok); if (!['QUEUED','RUNNING'].includes(r.data.synthesisRun.status)) break; await new Promise((x) => setTimeout(x, 200)); }
  log('synth', { ms: Date.now() - start, r });
  const survey = seeded.survey;
  log('nul answer', await t.gql('mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { responseId } }', { i: { slug: survey.slug, clientResponseId: 'abcdefgh-nul', complete: false, answers: [{ questionId: 'pain', value: 'x\u0000y' }] } }));
  log('nul transcript', await t.gql('mutation($i: ImportTranscriptInput!) { importTranscript(input: $i) { id } }', { i: { studyId: ctx.studyId, title: 'T', format: 'PLAIN', content: 'P1: hello\u0000 there' } }, tok));
  log('codebook csv', await t.gql('mutation($s: ID!, $c: String!) { importCodebook(studyId: $s, format: CSV, content: $c) { name } }', { s: ctx.studyId, c: 'name,category\nZed,OTHER\n' }, tok));
  log('sourceText email', await t.gql('query($s: SourceRefInput!) { sourceText(source: $s) { text } }', { s: { type: 'SURVEY_ANSWER', responseId: seeded.responseIds[0], questionId: 'email' } }, (await t.signUp('o')).token));
  log('invitations 10000', await t.gql('mutation($s: ID!, $e: [String!]!) { createInvitations(surveyId: $s, emails: $e) { id } }', { s: survey.id, e: Array.from({ length: 10000 }, (_, i) => `u${i}@x.com`) }, tok));
}, 300000);
