// The app's group-commit statement (PLAIN_BATCH_SQL, which ladder.mjs reads from
// libs/surveys/src/data/response.repository.ts and hands over in LADDER_SUBMIT_SQL) and a group
// committer like the app's: while a statement runs, arrivals queue; the next takes them all.
// Shared by the ladder's servers so that every rung does the same database work as the app.
const PLAIN_BATCH_SQL = process.env.LADDER_SUBMIT_SQL;
if (!PLAIN_BATCH_SQL)
  throw new Error('LADDER_SUBMIT_SQL is not set: start the rungs with ladder.mjs');

/** submitResponse's work below the resolver: find the survey (memoised), group-commit the row. */
function submitter(pool) {
  const surveys = new Map();
  let queue = [];
  let running = 0;
  const flush = () => {
    if (!queue.length || running >= 4) return;
    const items = queue;
    queue = [];
    running++;
    pool
      .query(PLAIN_BATCH_SQL, [JSON.stringify(items.map((i) => i.row))])
      .then(
        ({ rows }) => {
          const by = new Map(rows.map((r) => [r.client_response_id, r]));
          for (const i of items) i.ok(by.get(i.row.client_response_id));
        },
        (e) => items.forEach((i) => i.fail(e)),
      )
      .finally(() => {
        running--;
        flush();
      });
  };
  return async function submit(input, ip) {
    let s = surveys.get(input.slug);
    if (!s) {
      s = (await pool.query('SELECT id, version FROM survey WHERE slug = $1', [input.slug]))
        .rows[0];
      surveys.set(input.slug, s);
    }
    const answers = {};
    for (const a of input.answers) answers[a.questionId] = a.value;
    const row = {
      survey_id: s.id,
      client_response_id: input.clientResponseId,
      survey_version: s.version,
      complete: input.complete,
      answers,
      hidden_fields: null,
      ip,
      user_agent: null,
    };
    return new Promise((ok, fail) => {
      queue.push({ row, ok, fail });
      queueMicrotask(flush);
    });
  };
}

const SUBMIT_SDL = `
  scalar JSON
  input AnswerInput { questionId: ID!, value: JSON! }
  input SubmitResponseInput { slug: String!, invitationToken: String, clientResponseId: ID!, answers: [AnswerInput!]!, complete: Boolean!, hiddenFields: JSON }
  type SubmitResponsePayload { responseId: ID!, complete: Boolean! }
  type Query { ok: Boolean }
  type Mutation { submitResponse(input: SubmitResponseInput!): SubmitResponsePayload! }
`;

module.exports = { PLAIN_BATCH_SQL, submitter, SUBMIT_SDL };
