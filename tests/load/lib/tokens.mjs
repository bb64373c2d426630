// Benchmark "tokens": `openai` synthesis against the loopback fake at 1k, 5k and 10k
// respondents; tokens sent per run, and tokens(largest)/tokens(smallest) against the
// corpus growth (sub-linear means well under the size ratio).
import { fmt, ratio } from './stats.mjs';
import { getCorpus, runSynthesis } from './synthesis-corpus.mjs';

export async function run(ctx) {
  const { log, broken } = ctx;
  log('tokens (openai provider, fake server on 127.0.0.1): building or reusing the corpus…');
  const corpus = await getCorpus(ctx);
  const runs = [];
  for (const { size, studyId } of corpus.studies) {
    const before = corpus.fake.requests.length;
    const r = await runSynthesis(corpus, studyId, 'openai');
    const calls = corpus.fake.requests.slice(before);
    // The openai client sends JSON.stringify(body), so this is the request's length in characters.
    const chars = calls.reduce((s, c) => s + JSON.stringify(c).length, 0);
    runs.push({ size, ...r, calls: calls.length, chars });
    log(
      `  ${String(size).padStart(6)} respondents: ${r.status} in ${fmt(r.seconds, 1)} s, tokensIn ${r.tokensIn}, tokensOut ${r.tokensOut}, ` +
        `${calls.length} model call(s), ${chars} request chars, ${r.personas?.length ?? 0} personas${r.error ? `, error: ${r.error}` : ''}`,
    );
    if (r.status !== 'SUCCEEDED')
      broken.push(`tokens ${size}: ${r.status} ${r.error ?? ''}`.trim());
  }
  const ok = runs.filter((r) => r.status === 'SUCCEEDED');
  const rows = ok.map((r) => [
    `openai tokensIn ${r.size / 1000}k`,
    `${r.tokensIn}`,
    `${r.calls} call(s)`,
    '—',
    '(reported)',
    '—',
  ]);
  const small = ok[0];
  const big = ok[ok.length - 1];
  if (small && big && big !== small) {
    const growth = ratio(big.tokensIn, small.tokensIn);
    const sizeRatio = big.size / small.size;
    rows.push([
      `openai tokens ${big.size / 1000}k/${small.size / 1000}k`,
      `${big.tokensIn}`,
      `${small.tokensIn}`,
      fmt(growth),
      `≤ ${sizeRatio / 2} (well under ${sizeRatio})`,
      growth < sizeRatio / 2 ? 'yes' : 'NO',
    ]);
  }
  for (const r of runs.filter((x) => x.status !== 'SUCCEEDED'))
    rows.push([`openai synthesis ${r.size}`, r.status, '—', '—', 'SUCCEEDED', 'BROKEN']);
  return rows;
}
