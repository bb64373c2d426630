#!/usr/bin/env node
// A tiny OpenAI-compatible chat-completions server for the token benchmark (plain .mjs:
// tests/fake-openai/server.ts is TypeScript and cannot be imported from here).
// POST /v1/chat/completions answers with JSON valid for the request's
// response_format.json_schema.schema; for the persona words schema it writes one persona
// per `segment` enum value, each quoting the first offered evidence id. usage.prompt_tokens
// is the request body's length / 4, as a tokenizer would roughly count it.
//
//   node tests/load/fake-openai.mjs            # standalone: prints its base URL
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

/** A value valid under a JSON schema (objects, arrays, enums, consts, scalars, anyOf, local $ref). */
function sample(node, root, key = 'value') {
  if (!node || typeof node !== 'object') return null;
  if (typeof node.$ref === 'string') {
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce((n, k) => n?.[k], root);
    return sample(target, root, key);
  }
  if (Array.isArray(node.enum) && node.enum.length) return node.enum[0];
  if ('const' in node) return node.const;
  const alt = node.anyOf ?? node.oneOf;
  if (Array.isArray(alt) && alt.length)
    return sample(alt.find((s) => s.type !== 'null') ?? alt[0], root, key);
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== 'null') : node.type;
  switch (type ?? (node.properties ? 'object' : node.items ? 'array' : 'string')) {
    case 'object': {
      if (key === 'personas' || !node.properties) break;
      return Object.fromEntries(
        Object.entries(node.properties).map(([k, child]) => [k, sample(child, root, k)]),
      );
    }
    case 'array':
      return Array.from({ length: Math.max(1, node.minItems ?? 1) }, () =>
        sample(node.items ?? {}, root, key),
      );
    case 'integer':
    case 'number':
      return node.minimum ?? 1;
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return `fake ${key}`.padEnd(node.minLength ?? 0, ' text');
  }
  return {};
}

/** Persona words: every segment exactly once, each quoting the first offered evidence id. */
function personas(schema) {
  const item = schema?.properties?.personas?.items;
  const segments = item?.properties?.segment?.enum;
  if (!Array.isArray(segments)) return null;
  const ids = item.properties.quoteIds?.items?.enum ?? [];
  return {
    personas: segments.map((segment) => ({
      segment,
      name: `Fake Persona ${segment + 1}`,
      tagline: `Segment ${segment + 1} in one line`,
      summary: `A persona written by the load-test fake for segment ${segment + 1}. It repeats the traits it was given.`,
      quoteIds: ids.length ? [ids[0]] : [],
    })),
  };
}

/** Starts the fake on 127.0.0.1 (random port). `requests` records { chars, promptTokens }. */
export function startFakeOpenAI() {
  const requests = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const send = (status, body) => {
        const text = JSON.stringify(body);
        res.writeHead(status, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        });
        res.end(text);
      };
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/v1/models')
        return send(200, {
          object: 'list',
          data: [{ id: 'fake-model', object: 'model', created: 0, owned_by: 'fake' }],
        });
      if (req.method !== 'POST' || path !== '/v1/chat/completions')
        return send(404, {
          error: { message: `No route ${req.method} ${path}`, type: 'invalid_request_error' },
        });
      let body;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(400, { error: { message: 'Body is not JSON', type: 'invalid_request_error' } });
      }
      const schema = body.response_format?.json_schema?.schema;
      const content = JSON.stringify(personas(schema) ?? (schema ? sample(schema, schema) : {}));
      const promptTokens = Math.ceil(raw.length / 4);
      const completionTokens = Math.ceil(content.length / 4);
      requests.push({
        chars: raw.length,
        promptTokens,
        schema: body.response_format?.json_schema?.name ?? null,
      });
      send(200, {
        id: `chatcmpl-fake-${requests.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: body.model ?? 'fake-model',
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
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ok({
        url: `http://127.0.0.1:${server.address().port}/v1`,
        requests,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fake = await startFakeOpenAI();
  console.log(`fake OpenAI listening at ${fake.url} (Ctrl-C to stop)`);
}
