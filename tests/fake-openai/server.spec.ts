import OpenAI, { APIConnectionTimeoutError, InternalServerError } from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NOT_OFFERED, startFakeOpenAI, type FakeOpenAI } from './server';

const EvidenceId = z.enum(['ev-1', 'ev-2', 'ev-3']);
const Persona = z.object({
  name: z.string().min(2).max(40),
  tagline: z.string().nullable(),
  age: z.number().int().min(18).max(99),
  confidence: z.number().gt(0).lt(1),
  traits: z
    .array(
      z.object({
        kind: z.enum(['GOAL', 'PAIN_POINT']),
        text: z.string().min(5),
        evidenceIds: z.array(EvidenceId).min(2).max(3),
      }),
    )
    .min(2),
});
const messages = [{ role: 'user' as const, content: 'Write a persona from these traits: …' }];

describe('fake OpenAI server with the real openai client', () => {
  let fake: FakeOpenAI;
  let client: OpenAI;

  beforeAll(async () => {
    fake = await startFakeOpenAI();
    client = new OpenAI({ baseURL: fake.url, apiKey: 'test', maxRetries: 1 });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('answers JSON that validates against the schema it received, with ids from the offered enum', async () => {
    const completion = await client.chat.completions.parse({
      model: 'gpt-test',
      messages,
      response_format: zodResponseFormat(Persona, 'persona'),
    });
    const persona = completion.choices[0].message.parsed!;
    expect(Persona.parse(persona)).toEqual(persona);
    expect(persona.traits).toHaveLength(2);
    for (const t of persona.traits)
      expect(EvidenceId.options).toEqual(expect.arrayContaining(t.evidenceIds));
    expect(persona.traits[0].evidenceIds).toEqual(['ev-1', 'ev-2']);

    const sent = fake.requests[0];
    expect(sent.model).toBe('gpt-test');
    expect(sent.response_format?.json_schema?.name).toBe('persona');
    const bodyChars = JSON.stringify(sent).length;
    expect(completion.usage!.prompt_tokens).toBeGreaterThan(bodyChars / 4 - 20);
    expect(completion.usage!.prompt_tokens).toBeLessThan(bodyChars / 4 + 20);
    expect(completion.usage!.total_tokens).toBe(
      completion.usage!.prompt_tokens + completion.usage!.completion_tokens,
    );
  });

  it('handles hand-written schemas with $ref, nullable unions and const', async () => {
    const schema = {
      type: 'object',
      $defs: {
        quote: {
          type: 'object',
          properties: { id: { type: 'string', enum: ['q1', 'q2'] } },
          required: ['id'],
          additionalProperties: false,
        },
      },
      properties: {
        quotes: { type: 'array', items: { $ref: '#/$defs/quote' }, minItems: 3 },
        note: { anyOf: [{ type: 'null' }, { type: 'string', maxLength: 5 }] },
        version: { type: 'string', const: 'v1' },
        count: { type: ['integer', 'null'], exclusiveMinimum: 0 },
      },
      required: ['quotes', 'note', 'version', 'count'],
      additionalProperties: false,
    };
    const completion = await client.chat.completions.create({
      model: 'gpt-test',
      messages,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'quotes', schema, strict: true },
      },
    });
    const value = JSON.parse(completion.choices[0].message.content!);
    expect(value).toEqual({
      quotes: [{ id: 'q1' }, { id: 'q1' }, { id: 'q1' }],
      note: 'fake ',
      version: 'v1',
      count: 1,
    });
  });

  it('retries after a 429 (retry-after: 0) and then succeeds', async () => {
    fake.script(['429', 'ok']);
    const completion = await client.chat.completions.create({ model: 'gpt-test', messages });
    expect(completion.choices[0].message.content).toBe('ok');
    expect(fake.requests).toHaveLength(2);
  });

  it('surfaces a 500 once retries are spent', async () => {
    fake.script(['500', '500']);
    await expect(
      client.chat.completions.create({ model: 'gpt-test', messages }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(fake.requests).toHaveLength(2);
  });

  it('returns malformed content that the parse helper rejects', async () => {
    fake.script(['malformed']);
    await expect(
      client.chat.completions.parse({
        model: 'gpt-test',
        messages,
        response_format: zodResponseFormat(Persona, 'persona'),
      }),
    ).rejects.toThrow(SyntaxError);
  });

  it('plants an evidence id that was never offered', async () => {
    fake.script(['bad-evidence']);
    const completion = await client.chat.completions.create({
      model: 'gpt-test',
      messages,
      response_format: zodResponseFormat(Persona, 'persona'),
    });
    const value = JSON.parse(completion.choices[0].message.content!);
    expect(value.traits[0].evidenceIds[0]).toBe(NOT_OFFERED);
    expect(Persona.safeParse(value).success).toBe(false);
  });

  it('hangs on timeout until the client gives up (after its one retry)', async () => {
    fake.script(['timeout', 'timeout']);
    await expect(
      client.chat.completions.create({ model: 'gpt-test', messages }, { timeout: 200 }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError);
    expect(fake.requests).toHaveLength(2);
  });

  it('lets a test script the content from the request', async () => {
    fake.script([{ custom: (request) => ({ echoed: request.messages?.length }) }]);
    const completion = await client.chat.completions.create({ model: 'gpt-test', messages });
    expect(JSON.parse(completion.choices[0].message.content!)).toEqual({ echoed: 1 });
  });

  it('answers with a fallback behaviour whenever nothing is scripted, scripted ones first', async () => {
    const other = await startFakeOpenAI({ fallback: { custom: () => ({ from: 'fallback' }) } });
    try {
      const c = new OpenAI({ baseURL: other.url, apiKey: 'test', maxRetries: 0 });
      const content = async () =>
        JSON.parse(
          (await c.chat.completions.create({ model: 'gpt-test', messages })).choices[0].message
            .content!,
        );
      expect(await content()).toEqual({ from: 'fallback' });
      other.script([{ custom: () => ({ from: 'script' }) }]);
      expect(await content()).toEqual({ from: 'script' });
      expect(await content()).toEqual({ from: 'fallback' });
      expect(other.requests).toHaveLength(3);
    } finally {
      await other.close();
    }
  });
});
