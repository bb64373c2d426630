// The benchmarks' OpenAI-compatible server: the same fake the tests use
// (tests/fake-openai/server.ts, loaded from TypeScript with jiti), answering every request
// with persona words: each segment of the request's `personas` schema exactly once, quoting
// the first offered evidence id. usage.prompt_tokens is the request body's length / 4.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);

/** The words driver's contract: every `segment` enum value once, only offered `quoteIds`. */
export function personaWords(request) {
  const item = request.response_format?.json_schema?.schema?.properties?.personas?.items;
  const segments = item?.properties?.segment?.enum;
  if (!Array.isArray(segments)) return {};
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

/** Starts the fake on 127.0.0.1 (random port); `requests` records every request body. */
export async function startFakeOpenAI() {
  const { startFakeOpenAI: start } = await jiti.import('../../fake-openai/server.ts');
  return start({ fallback: { custom: personaWords } });
}
