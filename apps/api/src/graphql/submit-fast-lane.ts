import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { Logger } from 'pino';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { FieldNode, GraphQLFormattedError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { SubmissionService, SubmitResponseInput } from '@persona-lab/surveys';
import { bodyErrorAnswer, flagEscapedText, unstorableText, type BodyError } from '../http/body-errors';
import { validateFlatInput } from './validation';

// The CommonJS build of graphql-js, the one Nest and Apollo load: a schema only works with its own copy
// (under Vitest a plain import would resolve to the ESM build).
const { GraphQLError, Kind, getVariableValues, parse, specifiedRules, validate } = createRequire(__filename)('graphql') as typeof import('graphql');

/**
 * A lighter lane for the one hot public mutation.
 *
 * `submitResponse` is what every respondent's browser sends, many times per
 * survey (partial saves), so it is the request the server answers most. The
 * lane is the HTTP server's request listener, in front of Express. A small
 * plain JSON `POST /graphql` whose document is exactly one
 * `submitResponse(input: $var) { … }` mutation over payload fields is answered
 * here, without Express's router and body parser or Apollo's pipeline:
 * - the document is parsed and validated against the schema once per distinct text;
 * - the variables are coerced as graphql-js coerces them (`coercePlainSubmitInput`,
 *   else graphql-js itself), the input gets the validation pipe's checks
 *   (`validateFlatInput`), the body's text the body parser's NUL/surrogate check;
 * - the same `SubmissionService`, the same error formatter, the same security headers.
 * The answer is the one Apollo would give (`submit-fast-lane.integration-spec.ts`
 * compares them). Every other request — and any of these the lane is unsure
 * about (variables that do not coerce, an operation name that does not match)
 * — goes on to Express and Apollo as before. Measured with
 * `node tests/load/run.mjs submit` and `node tests/load/profile-submit.mjs`.
 */
interface Plan {
  operation: OperationDefinitionNode;
  field: FieldNode;
  responseKey: string;
  variable: string;
  /** [response key, payload field] in selection order. */
  selections: [string, 'responseId' | 'complete' | '__typename'][];
}

const PAYLOAD_FIELDS = new Set(['responseId', 'complete', '__typename']);
const MAX_SELECTIONS = 8;
const MAX_PLANS = 64;
const MAX_QUERY_LENGTH = 2000;

/** The plan for a document this lane can answer, or null (then Apollo answers it). */
export function planSubmit(schema: GraphQLSchema, query: string): Plan | null {
  let document;
  try {
    document = parse(query, { noLocation: false });
  } catch {
    return null;
  }
  if (document.definitions.length !== 1) return null;
  const [operation] = document.definitions;
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return null;
  if (operation.directives?.length || operation.variableDefinitions?.length !== 1) return null;
  const [field] = operation.selectionSet.selections;
  if (operation.selectionSet.selections.length !== 1 || field.kind !== Kind.FIELD) return null;
  if (field.name.value !== 'submitResponse' || field.directives?.length || field.arguments?.length !== 1) return null;
  const [arg] = field.arguments;
  if (arg.name.value !== 'input' || arg.value.kind !== Kind.VARIABLE) return null;
  const variable = operation.variableDefinitions[0];
  if (variable.variable.name.value !== arg.value.name.value || variable.defaultValue || variable.directives?.length) return null;
  const sub = field.selectionSet?.selections ?? [];
  if (sub.length === 0 || sub.length > MAX_SELECTIONS) return null;
  const selections: Plan['selections'] = [];
  for (const s of sub) {
    if (s.kind !== Kind.FIELD || s.directives?.length || s.selectionSet || !PAYLOAD_FIELDS.has(s.name.value)) return null;
    selections.push([s.alias?.value ?? s.name.value, s.name.value as Plan['selections'][number][1]]);
  }
  // The shape is right; the schema has the last word (variable type, field names).
  if (validate(schema, document, specifiedRules).length > 0) return null;
  return { operation, field, responseKey: field.alias?.value ?? 'submitResponse', variable: variable.variable.name.value, selections };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const INPUT_FIELDS = new Set(['slug', 'clientResponseId', 'complete', 'answers', 'invitationToken', 'hiddenFields']);

/**
 * `SubmitResponseInput` coerced as graphql-js coerces it, for the shape every respondent's browser
 * sends (strings, a boolean, an array of `{questionId, value}`); null for anything else, which then
 * goes through graphql-js's own coercion. It only takes inputs on which the two cannot differ:
 * String and ID accept strings as they are, and the JSON scalar takes any non-null value as it is.
 */
export function coercePlainSubmitInput(raw: unknown): Record<string, unknown> | null {
  if (!isRecord(raw)) return null;
  for (const key of Object.keys(raw)) if (!INPUT_FIELDS.has(key)) return null;
  const { slug, clientResponseId, complete, answers, invitationToken, hiddenFields } = raw;
  if (typeof slug !== 'string' || typeof clientResponseId !== 'string' || typeof complete !== 'boolean' || !Array.isArray(answers)) return null;
  if (invitationToken != null && typeof invitationToken !== 'string') return null;
  const coercedAnswers: { questionId: string; value: unknown }[] = [];
  for (const answer of answers) {
    if (!isRecord(answer)) return null;
    const keys = Object.keys(answer);
    const { questionId, value } = answer;
    if (keys.length !== 2 || typeof questionId !== 'string' || value === undefined || value === null || !('value' in answer)) return null;
    coercedAnswers.push({ questionId, value });
  }
  const out: Record<string, unknown> = { slug, clientResponseId, complete, answers: coercedAnswers };
  if ('invitationToken' in raw) out.invitationToken = invitationToken;
  if ('hiddenFields' in raw) out.hiddenFields = hiddenFields;
  return out;
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** A JSON body this lane reads itself: small, plain UTF-8, length declared up front. */
const PLAIN_JSON = /^application\/json(\s*;\s*charset=utf-8)?$/i;
const MAX_PLAIN_BODY = 64 * 1024;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Bytes in a BODY_LIMIT value such as 8mb, 512kb or 1000000b. */
export function limitBytes(limit: string): number {
  const m = /^(\d+)(b|kb|mb)$/i.exec(limit);
  if (!m) throw new Error(`not a size: ${limit}`);
  return Number(m[1]) * { b: 1, kb: 1024, mb: 1024 * 1024 }[m[2].toLowerCase() as 'b' | 'kb' | 'mb'];
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;
type LaneRequest = IncomingMessage & { body?: unknown };

export interface FastLaneOptions {
  formatError: FormatError;
  logger: Logger;
  /** Security headers (helmet), set on every answer the lane gives. */
  security: Middleware;
  /** The client's address as Express computes `req.ip` (same trust-proxy setting). */
  clientIp: (req: IncomingMessage) => string;
  bodyLimit: string;
}

/**
 * The HTTP server's request listener in front of Express (`handler`). It reads a small plain JSON
 * `POST /graphql` body itself and answers it if it is a plain submission; a body it read that is
 * anything else goes on to Express with `req.body` set (the body parser skips a body already read).
 * Requests it does not read (other paths and methods, large, chunked or compressed bodies, other
 * types or charsets) go to Express untouched.
 */
export function submitFastLane(app: INestApplication, options: FastLaneOptions) {
  const { formatError, logger, security, clientIp } = options;
  const maxBody = Math.min(MAX_PLAIN_BODY, limitBytes(options.bodyLimit));
  const plans = new Map<string, Plan | null>();
  let schema: GraphQLSchema | undefined;
  let submissions: SubmissionService | undefined;

  const planFor = (query: string): Plan | null => {
    let plan = plans.get(query);
    if (plan === undefined) {
      schema ??= app.get(GraphQLSchemaHost).schema;
      plan = planSubmit(schema, query);
      if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
      plans.set(query, plan);
    }
    return plan;
  };

  /** Security headers first (as on every other answer), then the JSON. */
  const send = (req: IncomingMessage, res: ServerResponse, status: number, body: unknown) => {
    const json = JSON.stringify(body);
    security(req, res, () => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
      res.end(json);
    });
  };

  /** Answers a plain submission, or returns false (then the request goes on to Express). */
  const answer = (req: LaneRequest, res: ServerResponse): boolean => {
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') return false;
    // Every other operation passes with one substring test.
    if (body.query.length > MAX_QUERY_LENGTH || !body.query.includes('submitResponse')) return false;
    let plan: Plan | null;
    try {
      plan = planFor(body.query);
    } catch (error) {
      // Never worse than no lane: Apollo answers whatever this lane cannot plan.
      logger.warn({ err: error }, 'submitResponse fast lane could not plan a request');
      return false;
    }
    if (!plan) return false;
    if (body.operationName != null && body.operationName !== plan.operation.name?.value) return false;
    if (body.variables != null && (typeof body.variables !== 'object' || Array.isArray(body.variables))) return false;
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    let value = coercePlainSubmitInput(variables[plan.variable]);
    if (!value) {
      const coerced = getVariableValues(schema!, plan.operation.variableDefinitions!, variables);
      if (coerced.errors) return false;
      value = coerced.coerced[plan.variable] as Record<string, unknown>;
    }
    submissions ??= app.get(SubmissionService, { strict: false });
    const found = plan;
    const input = value;
    void (async () => {
      try {
        const payload = await submissions!.submit(validateFlatInput(SubmitResponseInput, input), {
          ip: clientIp(req),
          userAgent: req.headers['user-agent'] ?? null,
        });
        const out: Record<string, unknown> = {};
        for (const [key, name] of found.selections) out[key] = name === '__typename' ? 'SubmitResponsePayload' : payload[name];
        send(req, res, 200, { data: { [found.responseKey]: out } });
      } catch (error) {
        const original = error instanceof Error ? error : new Error(String(error));
        const wrapped = new GraphQLError(original.message, { nodes: [found.field], path: [found.responseKey], originalError: original });
        send(req, res, 200, { errors: [formatError(wrapped.toJSON(), wrapped)], data: null });
      }
    })().catch((error: unknown) => {
      logger.error({ err: error }, 'submitResponse fast lane could not answer');
      res.destroy();
    });
    return true;
  };

  const refuseBody = (req: IncomingMessage, res: ServerResponse, err: BodyError) => {
    const { status, body } = bodyErrorAnswer(err, options.bodyLimit);
    send(req, res, status, body);
  };

  return (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
    (req: LaneRequest, res: ServerResponse): void => {
      if (req.method !== 'POST' || (req.url !== '/graphql' && !req.url?.startsWith('/graphql?'))) return handler(req, res);
      const type = req.headers['content-type'];
      const length = Number(req.headers['content-length']);
      const encoding = req.headers['content-encoding'];
      if (!type || !PLAIN_JSON.test(type) || !(length > 0 && length <= maxBody) || (encoding && encoding.toLowerCase() !== 'identity')) {
        return handler(req, res);
      }
      const chunks: Buffer[] = [];
      let received = 0;
      req.on('data', (c: Buffer) => {
        received += c.length;
        chunks.push(c);
      });
      // A client that goes away mid-body gets no answer; the socket is already gone.
      req.on('error', () => res.destroy());
      req.on('end', () => {
        if (received !== length) return refuseBody(req, res, { type: 'request.size.invalid' });
        let buf = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, received);
        if (buf.subarray(0, 3).equals(UTF8_BOM)) buf = buf.subarray(3);
        const text = buf.toString('utf8').trim();
        // Strict, like the body parser: a JSON object or array, nothing else.
        if (text[0] !== '{' && text[0] !== '[') return refuseBody(req, res, { type: 'entity.parse.failed' });
        try {
          req.body = JSON.parse(text);
        } catch {
          return refuseBody(req, res, { type: 'entity.parse.failed' });
        }
        flagEscapedText(req, res, buf, 'utf-8');
        const unstorable = unstorableText(req);
        if (unstorable) return refuseBody(req, res, unstorable);
        if (!answer(req, res)) handler(req, res);
      });
    };
}
