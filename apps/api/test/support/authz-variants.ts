import { createRequire } from 'node:module';
import type { GraphQLInputType, GraphQLSchema } from 'graphql';

/**
 * Variants of valid variables, generated from the schema: for every variable
 * of a document and every field of its input objects (two levels deep), values
 * of the wrong type (GraphQL must refuse them before any resolver runs) and
 * values of the right type that a hostile client would send (unknown or
 * malformed ids, edge integers, empty and huge strings, impossible dates).
 */

// Nest loads graphql's CommonJS build; using the same instance avoids the dual-package problem.
const g = createRequire(__filename)('graphql') as typeof import('graphql');

export interface Variant {
  /** e.g. `i.questions.0.title ← 42` */
  label: string;
  vars: Record<string, unknown>;
  /** type: refused by GraphQL coercion (400, BAD_USER_INPUT). value: refused with a client code, or accepted. */
  kind: 'type' | 'value';
}

export const HOSTILE_IDS = ['not-a-uuid', "' OR '1'='1' --", '', '00000000-0000-0000-0000-000000000000', 'x'.repeat(10_000), '../../etc/passwd'];
export const HOSTILE_DATES: unknown[] = ['yesterday', '', '2024-02-30T25:61:00Z', '+275760-09-13T00:00:00.001Z', 1e20, {}, []];

type Gen = { value: unknown; kind: Variant['kind']; what: string; at?: (string | number)[] };

function scalarVariants(name: string): Gen[] {
  const type = (value: unknown, what = JSON.stringify(value)): Gen => ({ value, kind: 'type', what });
  const value = (v: unknown, what = JSON.stringify(v)?.slice(0, 40) ?? String(v)): Gen => ({ value: v, kind: 'value', what });
  switch (name) {
    case 'ID':
      return [type(true), type(1.5), type({ id: 1 }), ...HOSTILE_IDS.map((v) => value(v, v.length > 40 ? `"x"×${v.length}` : JSON.stringify(v)))];
    case 'String':
      return [type(42), type(true), type({ s: 'x' }), value(''), value('x'.repeat(20_000), '"x"×20000')];
    case 'Int':
      return [type('1'), type(1.5), type(2 ** 31), type(true), value(-1), value(0), value(2147483647), value(-2147483648)];
    case 'Boolean':
      return [type('true'), type(0), type({})];
    case 'DateTime':
      return HOSTILE_DATES.map((v) => value(v));
    case 'JSON':
      return [value(JSON.parse(`${'['.repeat(1000)}${']'.repeat(1000)}`), '[[[…]]] 1000 deep'), value(JSON.parse('{"$where": "1 == 1", "__proto__": {"admin": true}}'), '{$where, __proto__}')];
    default:
      return [];
  }
}

/** A valid value of `type` (required fields only), for input objects the base variables leave out. */
export function defaultOf(type: GraphQLInputType): unknown {
  if (g.isNonNullType(type)) return defaultOf(type.ofType);
  if (g.isListType(type)) return [defaultOf(type.ofType)];
  if (g.isEnumType(type)) return type.getValues()[0].value;
  if (g.isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (g.isNonNullType(f.type)) out[f.name] = defaultOf(f.type);
    return out;
  }
  return { ID: '00000000-0000-4000-8000-000000000000', String: 'x', Int: 1, Boolean: true, DateTime: new Date().toISOString(), JSON: {} }[type.name] ?? null;
}

function* variantsAt(type: GraphQLInputType, value: unknown, path: (string | number)[], depth: number): Generator<[(string | number)[], Gen]> {
  if (g.isNonNullType(type)) {
    yield [path, { value: null, kind: 'type', what: 'null' }];
    yield* variantsAt(type.ofType, value, path, depth);
    return;
  }
  if (g.isListType(type)) {
    // A single value is coerced to a one-item list, so the wrong value is an object (no list here holds JSON).
    yield [path, { value: { notAList: true }, kind: 'type', what: '{notAList}' }];
    const first = Array.isArray(value) && value.length ? value[0] : undefined;
    if (first !== undefined) yield* variantsAt(type.ofType, first, [...path, 0], depth);
    return;
  }
  if (g.isEnumType(type)) {
    const first = type.getValues()[0].name;
    for (const v of ['NOT_A_VALUE', first.toLowerCase(), 3]) yield [path, { value: v, kind: 'type', what: JSON.stringify(v) }];
    return;
  }
  if (g.isInputObjectType(type)) {
    yield [path, { value: 'not an object', kind: 'type', what: '"not an object"' }];
    yield [path, { value: { ...(value as object), notAField: 1 }, kind: 'type', what: '{…, notAField}' }];
    if (depth >= 2) return;
    const base = (value ?? defaultOf(type)) as Record<string, unknown>;
    for (const f of Object.values(type.getFields())) {
      for (const [p, gen] of variantsAt(f.type, base[f.name], [...path, f.name], depth + 1)) {
        // A variant below a field the base leaves out needs the rest of a valid object around it.
        yield value === undefined ? [path, { ...gen, value: setAt(structuredClone(base), p.slice(path.length), gen.value), at: gen.at ?? p }] : [p, gen];
      }
    }
    return;
  }
  for (const gen of scalarVariants(type.name)) yield [path, gen];
}

function setAt(root: any, path: (string | number)[], value: unknown): any {
  if (!path.length) return value;
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return root;
}

/** Every variant of `base` for the variables `doc` declares. */
export function variantsOf(schema: GraphQLSchema, doc: string, base: Record<string, unknown>): Variant[] {
  const op = g.parse(doc).definitions.find((d) => d.kind === g.Kind.OPERATION_DEFINITION);
  const out: Variant[] = [];
  for (const def of op?.variableDefinitions ?? []) {
    const name = def.variable.name.value;
    const type = g.typeFromAST(schema, def.type as any) as GraphQLInputType;
    for (const [path, gen] of variantsAt(type, base[name], [], 0)) {
      out.push({ label: `${[name, ...(gen.at ?? path)].join('.')} ← ${gen.what}`, vars: setAt(structuredClone(base), [name, ...path], gen.value), kind: gen.kind });
    }
  }
  return out;
}
