// The traffic of the "soak" benchmark (lib/soak.mjs): a GraphQL caller that counts every
// request and every error, and the closed loops (each waits for its answer, then a think
// time): submitResponse, surveyResults / responses(first: 50) readers, periodic synthesis.
import { performance } from 'node:perf_hooks';
import { sleep } from './app.mjs';
import { randomAnswers } from './corpus.mjs';
import { fmt } from './stats.mjs';

const SUBMIT =
  'mutation($input: SubmitResponseInput!) { submitResponse(input: $input) { responseId complete } }';
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { responseCount completeCount
  questions { questionId answered mean median choices { choiceId count } nps { score } texts(first: 20) } } }`;
const PAGE = `query($id: ID!) { responses(surveyId: $id, first: 50) {
  nodes { id complete submittedAt answers { questionId value } } endCursor } }`;
const START = 'mutation($i: StartSynthesisInput!) { startSynthesis(input: $i) { id status } }';
const RUN = 'query($id: ID!) { synthesisRun(id: $id) { status error personas { id } } }';
const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

/**
 * Counters plus `call(query, variables, { token, conflictOk })`: one POST /graphql that
 * returns the body, or null after counting an error (a network failure or timeout, a
 * non-2xx answer, any GraphQL error). With `conflictOk`, an answer whose only errors are
 * CONFLICT is expected (counted in `conflicts`, not in `errors`).
 */
export function traffic(app) {
  const stats = { requests: 0, errors: 0, conflicts: 0, partial: 0, complete: 0, reads: 0 };
  stats.firstErrors = [];
  stats.synthesisRunning = false;
  const fail = (what) => {
    stats.errors++;
    if (stats.firstErrors.length < 10) stats.firstErrors.push(what);
  };
  const call = async (query, variables, { token, conflictOk = false } = {}) => {
    stats.requests++;
    let res, text, body;
    try {
      res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      text = await res.text();
    } catch (e) {
      fail(`fetch failed: ${e?.name ?? ''} ${e?.message ?? e}`);
      return null;
    }
    try {
      body = JSON.parse(text);
    } catch {
      fail(`HTTP ${res.status}, not JSON: ${text.slice(0, 120)}`);
      return null;
    }
    const codes = (body.errors ?? []).map((e) => e.extensions?.code);
    if (conflictOk && codes.length && codes.every((c) => c === 'CONFLICT')) {
      stats.conflicts++;
      return body;
    }
    if (!res.ok || codes.length) {
      fail(`HTTP ${res.status}: ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
      return null;
    }
    return body;
  };
  return { stats, fail, call };
}

/**
 * One respondent after another until `end`, each with a unique clientResponseId; every
 * fourth saves three answers with complete: false first, then completes under the same id
 * (which must answer with the same responseId). `acked`: id → { responseId, complete }.
 */
export async function submitLoop({ t, slug, loop, end, thinkMs, acked }) {
  const { call, fail, stats } = t;
  for (let n = 0; performance.now() < end; n++) {
    const id = `soak-${loop}-${n.toString(36).padStart(5, '0')}`;
    const answers = randomAnswers((loop + n) % 4);
    const steps = n % 4 === 1 ? [false, true] : [true];
    for (const complete of steps) {
      const input = {
        slug,
        clientResponseId: id,
        complete,
        answers: complete ? answers : answers.slice(0, 3),
      };
      const body = await call(SUBMIT, { input });
      const got = body?.data?.submitResponse;
      if (!body) break; // counted; the pair is not finished
      if (typeof got?.responseId !== 'string' || got.complete !== complete) {
        fail(`${id} (complete: ${complete}) answered ${JSON.stringify(got)}`);
        break;
      }
      const before = acked.get(id);
      if (before && before.responseId !== got.responseId)
        fail(`${id}: partial saved as ${before.responseId}, completed as ${got.responseId}`);
      acked.set(id, { responseId: got.responseId, complete });
      stats[complete ? 'complete' : 'partial']++;
      await sleep(thinkMs);
    }
  }
}

/** Alternates surveyResults and responses(first: 50) (which must give 50 nodes) until `end`. */
export async function readLoop({ t, token, surveyId, loop, end, thinkMs }) {
  for (let n = loop; performance.now() < end; n++) {
    const page = n % 2 === 1;
    const body = await t.call(page ? PAGE : RESULTS, { id: surveyId }, { token });
    if (body && page && body.data.responses.nodes.length !== 50)
      t.fail(`responses(first: 50) answered ${body.data.responses.nodes.length} nodes`);
    if (body) t.stats.reads++;
    await sleep(thinkMs);
  }
}

/**
 * An offline synthesis at `firstS`, then every `everyS` seconds (from `t0`) while before
 * `end`: startSynthesis, at once a second startSynthesis (must be refused with CONFLICT while
 * the first is queued or running), then synthesisRun polled every second until it ends.
 * A start refused because an earlier run is still going is expected too. Any run that does
 * not end SUCCEEDED is an error. Returns [{ at, status, seconds, personas }].
 */
export async function synthesisLoop({ t, token, studyId, t0, end, firstS, everyS, log, note }) {
  const runs = [];
  const start = () =>
    t.call(START, { i: { studyId, provider: 'offline' } }, { token, conflictOk: true });
  for (let k = 0; t0 + (firstS + k * everyS) * 1000 < end; k++) {
    const wait = t0 + (firstS + k * everyS) * 1000 - performance.now();
    if (wait > 0) await sleep(wait);
    const at = (performance.now() - t0) / 1000;
    const first = await start();
    const id = first?.data?.startSynthesis?.id;
    if (!id) {
      if (first)
        log(`  synthesis at ${fmt(at, 0)} s: refused with CONFLICT (a run is still going)`);
      continue;
    }
    t.stats.synthesisRunning = true;
    const second = await start();
    const secondId = second?.data?.startSynthesis?.id; // only if the first had already ended
    for (const runId of [id, secondId].filter(Boolean)) {
      let run = null;
      for (;;) {
        const body = await t.call(RUN, { id: runId }, { token });
        run = body?.data?.synthesisRun ?? run;
        if (!run || FINAL.includes(run.status)) break;
        if (performance.now() > end + 300_000) {
          run = { ...run, status: 'TIMEOUT' };
          break;
        }
        await sleep(1000);
      }
      const r = {
        at,
        status: run?.status ?? 'UNKNOWN',
        seconds: (performance.now() - t0) / 1000 - at,
        personas: run?.personas?.length ?? 0,
      };
      runs.push(r);
      if (r.status !== 'SUCCEEDED') t.fail(`synthesis ${runId}: ${r.status} ${run?.error ?? ''}`);
      const how =
        second && !secondId
          ? 'refused with CONFLICT'
          : secondId
            ? 'accepted (first had ended)'
            : 'errored';
      log(
        `  synthesis at ${fmt(at, 0)} s: ${r.status} in ${fmt(r.seconds, 1)} s, ${r.personas} personas written (0: the same as the last run's) (${note()}); second start ${how}`,
      );
    }
    t.stats.synthesisRunning = false;
  }
  return runs;
}
