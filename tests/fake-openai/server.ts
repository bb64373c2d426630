import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleFromSchema, setAt, type EnumSite, type JsonSchema } from './schema-sample';

/** The parts of a chat-completions request body the fake looks at (the rest is recorded as sent). */
export interface ChatRequest {
  model?: string;
  messages?: { role: string; content?: unknown }[];
  response_format?: {
    type: string;
    json_schema?: { name: string; schema?: JsonSchema; strict?: boolean | null };
  };
  [key: string]: unknown;
}

/**
 * What the fake does with the next request:
 * - `ok`: 200 with content generated from the request's JSON schema;
 * - `429`: rate limited, with `retry-after: 0` so the client retries at once;
 * - `500`: server error (the client retries);
 * - `timeout`: never answers, until the client gives up;
 * - `malformed`: 200 whose content is not valid JSON;
 * - `bad-evidence`: 200 with valid JSON except one enum value (an evidence id, if any) that was not offered;
 * - `{ custom }`: 200 with the content the function returns (objects are JSON-encoded).
 */
export type Behaviour =
  | 'ok'
  | '429'
  | '500'
  | 'timeout'
  | 'malformed'
  | 'bad-evidence'
  | { custom: (request: ChatRequest) => string | object };

/** A running fake OpenAI server. */
export interface FakeOpenAI {
  /** Base URL for the client: `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Every chat-completions request body received, in order (including failed ones). */
  requests: ChatRequest[];
  /** Replaces the queue of behaviours; once it is empty every request gets the fallback (`ok` by default). */
  script(behaviours: Behaviour[]): void;
  /** Clears the queue and the recorded requests. */
  reset(): void;
  /** Stops the server and drops open connections (including hanging `timeout` ones). */
  close(): Promise<void>;
}

/** The id planted by `bad-evidence`: never among the ids a caller offers. */
export const NOT_OFFERED = 'not-an-offered-id';

/**
 * Starts a fake OpenAI chat-completions server on 127.0.0.1 at a random port. `fallback` is
 * what every request gets while no scripted behaviour is queued (default `ok`).
 */
export async function startFakeOpenAI({
  fallback = 'ok',
}: { fallback?: Behaviour } = {}): Promise<FakeOpenAI> {
  let queue: Behaviour[] = [];
  const requests: ChatRequest[] = [];
  let served = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) =>
      sendJson(res, 500, apiError(String(error), 'server_error')),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/v1/models') {
      return sendJson(res, 200, {
        object: 'list',
        data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'fake' }],
      });
    }
    if (req.method !== 'POST' || path !== '/v1/chat/completions') {
      return sendJson(
        res,
        404,
        apiError(`No route ${req.method} ${path}`, 'invalid_request_error'),
      );
    }
    let body: ChatRequest;
    try {
      body = JSON.parse(raw) as ChatRequest;
    } catch {
      return sendJson(res, 400, apiError('Body is not JSON', 'invalid_request_error'));
    }
    requests.push(body);
    if (body.stream)
      return sendJson(res, 400, apiError('The fake does not stream', 'invalid_request_error'));
    const behaviour = queue.shift() ?? fallback;
    switch (behaviour) {
      case '429':
        return sendJson(
          res,
          429,
          apiError('Rate limit reached', 'rate_limit_error', 'rate_limit_exceeded'),
          { 'retry-after': '0' },
        );
      case '500':
        return sendJson(res, 500, apiError('The fake failed on purpose', 'server_error'));
      case 'timeout':
        // Answer nothing; the client aborts, or close() drops the socket.
        return;
      case 'malformed':
        return sendCompletion(res, body, raw, '{"name": "unfinished');
      case 'bad-evidence':
        return sendCompletion(res, body, raw, badEvidence(body));
      case 'ok':
        return sendCompletion(res, body, raw, okContent(body));
      default:
        return sendCompletion(res, body, raw, toContent(behaviour.custom(body)));
    }
  }

  function sendCompletion(
    res: ServerResponse,
    body: ChatRequest,
    raw: string,
    content: string,
  ): void {
    served++;
    const promptTokens = Math.ceil(raw.length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    sendJson(res, 200, {
      id: `chatcmpl-fake-${served}`,
      object: 'chat.completion',
      created: 1_700_000_000,
      model: body.model ?? 'fake-model',
      system_fingerprint: 'fake',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    script(behaviours) {
      queue = [...behaviours];
    },
    reset() {
      queue = [];
      requests.length = 0;
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };
}

function okContent(body: ChatRequest): string {
  const format = body.response_format;
  if (format?.type === 'json_schema' && format.json_schema?.schema)
    return JSON.stringify(sampleFromSchema(format.json_schema.schema));
  if (format?.type === 'json_object') return '{}';
  return 'ok';
}

// Plant an id that was not offered, preferring an enum that looks like evidence ids.
function badEvidence(body: ChatRequest): string {
  const schema = body.response_format?.json_schema?.schema;
  if (!schema) return JSON.stringify({ evidenceIds: [NOT_OFFERED] });
  const sites: EnumSite[] = [];
  const value = sampleFromSchema(schema, sites);
  const site =
    sites.find((s) => s.path.some((p) => typeof p === 'string' && /evidence|id/i.test(p))) ??
    sites[0];
  if (!site || site.path.length === 0) return JSON.stringify(NOT_OFFERED);
  setAt(value, site.path, NOT_OFFERED);
  return JSON.stringify(value);
}

function toContent(value: string | object): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function apiError(message: string, type: string, code: string | null = null): object {
  return { error: { message, type, param: null, code } };
}

function sendJson(
  res: ServerResponse,
  status: number,
  payload: object,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(payload));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
