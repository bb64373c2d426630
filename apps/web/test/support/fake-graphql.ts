import { vi } from 'vitest';

/**
 * What a handler answers: the operation's data, or `{ error }` for a GraphQL error (`field` becomes
 * `extensions.field`, as the API sends it for a BAD_USER_INPUT about one input field).
 */
type Answer =
  Record<string, unknown> | { error: { message: string; code: string; field?: string } };
type Handler = (variables: Record<string, any>) => Answer | Promise<Answer>;

/**
 * Stubs `fetch` with a GraphQL endpoint that answers each operation (by its name, e.g.
 * `PreviewSurveyCsv`) from `handlers` and records every request; an unknown operation fails
 * the test. Undo with `vi.unstubAllGlobals()`.
 */
export function fakeGraphql(handlers: Record<string, Handler>) {
  const requests: { operation: string; variables: Record<string, any> }[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as {
      query: string;
      variables: Record<string, any>;
    };
    const operation = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    requests.push({ operation, variables });
    const handler = handlers[operation];
    if (!handler) throw new Error(`No fake answer for the GraphQL operation "${operation}"`);
    const answer = await handler(variables);
    const body =
      'error' in answer && answer.error && typeof answer.error === 'object'
        ? {
            data: null,
            errors: [
              {
                message: (answer.error as { message: string }).message,
                extensions: {
                  code: (answer.error as { code: string }).code,
                  ...((answer.error as { field?: string }).field
                    ? { field: (answer.error as { field: string }).field }
                    : {}),
                },
              },
            ],
          }
        : { data: answer };
    return new Response(JSON.stringify(body), {
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** The variables of every request of `operation`, oldest first. */
    calls: (operation: string) =>
      requests.filter((r) => r.operation === operation).map((r) => r.variables),
  };
}
