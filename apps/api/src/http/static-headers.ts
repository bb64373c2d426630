import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Runs a header-only middleware (helmet) once, at start-up, against a recording response, and returns a
 * middleware that replays what it did: the same headers set and removed, in the same order, on every
 * request. Helmet's headers do not depend on the request (no nonces here), so the answer is the same
 * without walking its dozen sub-middlewares per request. If the middleware does anything else with the
 * response, or does not call `next` at once, it is returned as it is.
 */
export function replayHeaders(middleware: RequestHandler): RequestHandler {
  const steps: ([name: string, value: string | number | readonly string[]] | [name: string])[] = [];
  let other = false;
  let nextCalled = false;
  const recorder = new Proxy(
    {},
    {
      get(_target, prop) {
        if (prop === 'setHeader')
          return (name: string, value: string | number | readonly string[]) =>
            steps.push([name, value]);
        if (prop === 'removeHeader') return (name: string) => steps.push([name]);
        other = true;
        return undefined;
      },
      set() {
        other = true;
        return true;
      },
    },
  );
  const fakeRequest = new Proxy(
    {},
    {
      get: () => {
        other = true;
        return undefined;
      },
    },
  );
  try {
    middleware(fakeRequest as Request, recorder as Response, (err?: unknown) => {
      nextCalled = !err;
    });
  } catch {
    other = true;
  }
  if (other || !nextCalled) return middleware;
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const step of steps) {
      if (step.length === 2) res.setHeader(step[0], step[1]);
      else res.removeHeader(step[0]);
    }
    next();
  };
}
