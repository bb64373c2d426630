import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { assertJsonWithinLimits, type JsonLimits } from '@persona-lab/auth';

/**
 * Bounds of a request's variables as a whole, checked before graphql-js coerces them. Coercion
 * copies every input object, and a coercion error prints the offending value in its message:
 * 400,000 hidden-field keys became a 5 MB error sentence and seconds of a blocked event loop.
 * 20,000 nodes hold the largest legitimate input (a 10,000-address invitation list) with room;
 * strings are bounded by the body limit, not here (a CSV import is one long string).
 */
export const VARIABLE_LIMITS: JsonLimits = { maxDepth: 16, maxNodes: 20_000, maxChars: Number.POSITIVE_INFINITY };

// The CommonJS graphql that Apollo loads (an ES import under Vitest would be a second copy).
const { GraphQLError } = createRequire(__filename)('graphql') as typeof import('graphql');

export const variablesLimitPlugin: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    return {
      async didResolveOperation() {
        if (!request.variables) return;
        try {
          assertJsonWithinLimits(request.variables, VARIABLE_LIMITS);
        } catch (error) {
          // Thrown from a plugin, an error answers HTTP 500 unless it says otherwise: this one is the client's.
          throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        }
      },
    };
  },
};
