/**
 * Builds a deterministic value that validates against a JSON schema — the
 * subset that OpenAI structured outputs accept (objects, arrays, strings,
 * numbers, booleans, null, enum, const, anyOf/oneOf, type lists, $ref).
 */

/** A JSON schema node, loosely typed: the fake reads whatever the client sent. */
export type JsonSchema = { [key: string]: unknown };

/** Where in the generated value an enum member was placed (for corrupting it on purpose). */
export interface EnumSite {
  path: (string | number)[];
  options: unknown[];
}

const FORMATS: Record<string, string> = {
  email: 'someone@example.com',
  'date-time': '2024-01-01T00:00:00Z',
  date: '2024-01-01',
  time: '00:00:00',
  uuid: '00000000-0000-4000-8000-000000000000',
  uri: 'https://example.com/',
};

/** A value valid under `schema`; `sites` collects every enum placement, depth first. */
export function sampleFromSchema(schema: JsonSchema, sites: EnumSite[] = []): unknown {
  return sample(schema, schema, [], sites);
}

function sample(
  node: JsonSchema,
  root: JsonSchema,
  path: (string | number)[],
  sites: EnumSite[],
): unknown {
  if (typeof node.$ref === 'string') return sample(resolveRef(node.$ref, root), root, path, sites);
  if (Array.isArray(node.enum) && node.enum.length > 0) {
    sites.push({ path, options: node.enum });
    // Items of one array take distinct members in order, so ids are varied but reproducible.
    const at = typeof path[path.length - 1] === 'number' ? (path[path.length - 1] as number) : 0;
    return node.enum[at % node.enum.length];
  }
  if ('const' in node) return node.const;
  const alternatives = (node.anyOf ?? node.oneOf) as JsonSchema[] | undefined;
  if (alternatives?.length) {
    const nonNull = alternatives.find((s) => s.type !== 'null') ?? alternatives[0];
    return sample(nonNull, root, path, sites);
  }
  if (Array.isArray(node.allOf) && node.allOf.length > 0) {
    return sample(Object.assign({}, ...(node.allOf as JsonSchema[])), root, path, sites);
  }
  const types = Array.isArray(node.type)
    ? (node.type as string[])
    : [node.type as string | undefined];
  const type =
    types.find((t) => t !== 'null') ??
    types[0] ??
    (node.properties ? 'object' : node.items ? 'array' : 'string');
  switch (type) {
    case 'object': {
      const props = (node.properties ?? {}) as Record<string, JsonSchema>;
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(props))
        out[key] = sample(child, root, [...path, key], sites);
      return out;
    }
    case 'array': {
      const min = typeof node.minItems === 'number' ? node.minItems : 1;
      const max = typeof node.maxItems === 'number' ? node.maxItems : Infinity;
      const length = Math.min(Math.max(min, 1), max);
      const items = (node.items ?? {}) as JsonSchema;
      return Array.from({ length }, (_, i) => sample(items, root, [...path, i], sites));
    }
    case 'integer':
    case 'number':
      return sampleNumber(node, type === 'integer');
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return sampleString(node, path);
  }
}

function sampleString(node: JsonSchema, path: (string | number)[]): string {
  if (typeof node.format === 'string' && FORMATS[node.format]) return FORMATS[node.format];
  const name = [...path].reverse().find((p) => typeof p === 'string') ?? 'value';
  let text = `fake ${name}`;
  const min = typeof node.minLength === 'number' ? node.minLength : 0;
  const max = typeof node.maxLength === 'number' ? node.maxLength : Infinity;
  while (text.length < min) text += ' text';
  return text.slice(0, Math.max(min, Math.min(max, text.length)));
}

function sampleNumber(node: JsonSchema, integer: boolean): number {
  const num = (k: string): number | undefined =>
    typeof node[k] === 'number' ? (node[k] as number) : undefined;
  const lo = num('minimum') ?? num('exclusiveMinimum');
  const hi = num('maximum') ?? num('exclusiveMaximum');
  const loOpen = num('minimum') === undefined && lo !== undefined;
  const hiOpen = num('maximum') === undefined && hi !== undefined;
  let x =
    lo !== undefined && hi !== undefined
      ? (lo + hi) / 2
      : lo !== undefined
        ? lo + 1
        : hi !== undefined
          ? hi - 1
          : 1;
  if (integer) {
    x = Math.round(x);
    if (lo !== undefined && (x < lo || (loOpen && x === lo))) x = Math.floor(lo) + 1;
    if (hi !== undefined && (x > hi || (hiOpen && x === hi))) x = Math.ceil(hi) - 1;
  }
  return x;
}

function resolveRef(ref: string, root: JsonSchema): JsonSchema {
  if (!ref.startsWith('#'))
    throw new Error(`fake-openai: only local $ref is supported, got ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`fake-openai: unresolved $ref ${ref}`);
  }
  return node as JsonSchema;
}

/** Sets `value` at `path` inside `target` (used to plant an id that was never offered). */
export function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
