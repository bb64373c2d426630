import { createRequire } from 'node:module';
import type { ValueNode } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

// The CommonJS graphql that Nest, Apollo and graphql-scalars load: under Vitest an ES import
// would load a second copy whose classes fail their `instanceof` checks.
const { GraphQLError, GraphQLScalarType, Kind } = createRequire(__filename)(
  'graphql',
) as typeof import('graphql');

/**
 * Bounds of any value sent as the `JSON` scalar. A value is checked where graphql-js reads it
 * (variables and literals), before the validation pipe or anything else copies it: an object
 * of 400,000 keys used to cost the validation pipe's deep copy 93 s of a stalled event loop.
 * The walk itself stops at the first bound it passes, so a hostile value costs at most
 * `maxNodes` steps. Real uses (an answer, a condition value, trait checks, hidden fields) stay
 * far below these.
 */
export const JSON_LIMITS = {
  /** Objects and arrays nested in one another. */
  maxDepth: 12,
  /** Keys, array items and scalars, counted together. */
  maxNodes: 5_000,
  /** Characters of all strings and keys together. */
  maxChars: 1_000_000,
} as const;

const tooBig = (what: string) =>
  new GraphQLError(`This JSON value is too large: ${what}. Send a smaller value.`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });

/** Bounds of a JSON walk (see `JSON_LIMITS`). */
export interface JsonLimits {
  maxDepth: number;
  maxNodes: number;
  maxChars: number;
}

/** Throws BAD_USER_INPUT when `value` passes a bound of `limits`; linear and early-exiting. */
export function assertJsonWithinLimits(value: unknown, limits: JsonLimits = JSON_LIMITS): void {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  let chars = 0;
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++nodes > limits.maxNodes) throw tooBig(`at most ${limits.maxNodes} keys and items in all`);
    if (typeof v === 'string') chars += v.length;
    else if (v !== null && typeof v === 'object') {
      if (depth >= limits.maxDepth) throw tooBig(`at most ${limits.maxDepth} levels of nesting`);
      if (Array.isArray(v)) {
        if (v.length > limits.maxNodes)
          throw tooBig(`at most ${limits.maxNodes} keys and items in all`);
        for (const item of v) stack.push([item, depth + 1]);
      } else {
        // for…in stops early; Object.keys would list 400,000 keys before the first check.
        for (const key in v) {
          if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
          if (++nodes > limits.maxNodes)
            throw tooBig(`at most ${limits.maxNodes} keys and items in all`);
          chars += key.length;
          stack.push([(v as Record<string, unknown>)[key], depth + 1]);
        }
      }
    }
    if (chars > limits.maxChars) throw tooBig(`at most ${limits.maxChars} characters in all`);
  }
}

/** The same bounds over a literal written into the document. */
function assertLiteralWithinLimits(ast: ValueNode): void {
  const stack: [ValueNode, number][] = [[ast, 0]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > JSON_LIMITS.maxNodes)
      throw tooBig(`at most ${JSON_LIMITS.maxNodes} keys and items in all`);
    if (node.kind === Kind.OBJECT || node.kind === Kind.LIST) {
      if (depth >= JSON_LIMITS.maxDepth)
        throw tooBig(`at most ${JSON_LIMITS.maxDepth} levels of nesting`);
      const children = node.kind === Kind.OBJECT ? node.fields.map((f) => f.value) : node.values;
      if (children.length > JSON_LIMITS.maxNodes)
        throw tooBig(`at most ${JSON_LIMITS.maxNodes} keys and items in all`);
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
}

/** The contract's `JSON` scalar, shared by every domain lib: graphql-scalars' JSON, bounded. */
export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  parseValue(value) {
    assertJsonWithinLimits(value);
    return GraphQLJSON.parseValue(value);
  },
  parseLiteral(ast, variables) {
    assertLiteralWithinLimits(ast);
    return GraphQLJSON.parseLiteral(ast, variables);
  },
});
