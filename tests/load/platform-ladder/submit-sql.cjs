// The app's group-commit statement (libs/surveys/src/data/response.repository.ts, PLAIN_BATCH_SQL)
// and a group committer like the app's: while a statement runs, arrivals queue; the next takes them all.
// Shared by the ladder's servers so that every rung does the same database work as the app.
const PLAIN_BATCH_SQL = `
  INSERT INTO response AS r (survey_id, client_response_id, survey_version, complete, answers, hidden_fields, ip, user_agent)
  SELECT x.survey_id, x.client_response_id, x.survey_version, x.complete, x.answers, x.hidden_fields,
         CASE WHEN s.anonymous THEN NULL ELSE x.ip END, CASE WHEN s.anonymous THEN NULL ELSE x.user_agent END
    FROM jsonb_to_recordset($1::jsonb) AS x(survey_id uuid, client_response_id text, survey_version int, complete boolean,
                                             answers jsonb, hidden_fields jsonb, ip text, user_agent text)
    JOIN survey s ON s.id = x.survey_id
   WHERE s.status = 'OPEN' AND s.version = x.survey_version AND s.response_limit IS NULL
  ON CONFLICT (survey_id, client_response_id) DO UPDATE
    SET answers = EXCLUDED.answers, complete = EXCLUDED.complete, submitted_at = now()
    WHERE r.complete = false AND r.survey_version = EXCLUDED.survey_version
  RETURNING r.id AS "responseId", r.complete, r.client_response_id`;

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
