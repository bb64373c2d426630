import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Fields whose cost depends on their arguments, beyond what the shape of the query says. A
 * `surveyResults` with a `filter` aggregates the responses again under a condition per answer
 * (jsonb predicates over every response of the survey), where the unfiltered one is the same
 * aggregate without them: it costs `cost` more. A filter given as a variable counts as a filter
 * (validation runs before variables are read); a literal `filter: null` does not.
 */
export const ARGUMENT_COSTS: Record<string, { argument: string; cost: number }> = {
  surveyResults: { argument: 'filter', cost: 2000 },
};

export interface CostLimitOptions {
  maxCost: number;
  objectCost?: number;
  scalarCost?: number;
  depthCostFactor?: number;
}

/**
 * graphql-armor's cost limit (same figures: objects 2, scalars 1, ×1.5 per level, `first`/`last`
 * multiply, introspection free, fragments counted where spread) plus `ARGUMENT_COSTS`. A query over
 * `maxCost` is refused as a validation error (a BAD_USER_INPUT for the client).
 */
export function costLimitRule(options: CostLimitOptions): ValidationRule {
  const objectCost = options.objectCost ?? 2;
  const scalarCost = options.scalarCost ?? 1;
  const factor = options.depthCostFactor ?? 1.5;
  return (context: ValidationContext) => {
    const fragments = new Map<string, number>();
    const cost = (node: ASTNode): number => {
      if (node.kind === Kind.OPERATION_DEFINITION)
        return node.selectionSet.selections.reduce((v, child) => v + cost(child), 0);
      if (node.kind === Kind.FIELD && node.name.value === '__schema') return 0;
      let total = scalarCost;
      if ('selectionSet' in node && node.selectionSet) {
        total = objectCost;
        let multiplier = 1;
        const args = 'arguments' in node ? (node.arguments ?? []) : [];
        for (const arg of args) {
          if (arg.name.value === 'first' || arg.name.value === 'last') {
            if (arg.value.kind === Kind.INT)
              multiplier = Math.max(parseInt(arg.value.value, 10) || 1, multiplier);
            break;
          }
        }
        if (node.kind === Kind.FIELD) {
          const extra = ARGUMENT_COSTS[node.name.value];
          const arg = extra && args.find((a) => a.name.value === extra.argument);
          if (arg && arg.value.kind !== Kind.NULL) total += extra.cost;
        }
        for (const child of node.selectionSet.selections) total += factor * cost(child);
        total *= multiplier;
      } else if (node.kind === Kind.FRAGMENT_SPREAD) {
        const name = node.name.value;
        if (fragments.has(name)) return total + factor * Math.max(0, fragments.get(name)!);
        fragments.set(name, -1);
        const fragment = context.getFragment(name);
        if (fragment) {
          const fragmentCost = cost(fragment);
          total += factor * fragmentCost;
          if (fragments.get(name) === -1) fragments.set(name, fragmentCost);
        }
      }
      return total;
    };
    return {
      OperationDefinition(operation) {
        const found = cost(operation);
        if (found > options.maxCost)
          context.reportError(
            new GraphQLError(`Query Cost limit of ${options.maxCost} exceeded, found ${found}.`, {
              nodes: [operation],
            }),
          );
      },
    };
  };
}
