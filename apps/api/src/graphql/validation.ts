import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { createRequire } from 'node:module';
import { ValidationTypes, getMetadataStorage, validateSync } from 'class-validator';
import { badInput } from '@persona-lab/errors';

const firstMessage = (
  errors: ValidationError[],
  prefix = '',
): { field: string; message: string } | null => {
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const message = e.constraints && Object.values(e.constraints)[0];
    if (message) return { field, message };
    const nested = firstMessage(e.children ?? [], field);
    if (nested) return nested;
  }
  return null;
};

const inputError = (errors: ValidationError[]) => {
  const first = firstMessage(errors);
  return badInput(first?.message ?? 'The input is not valid.', first ? { field: first.field } : {});
};

const VALIDATOR_OPTIONS = { forbidUnknownValues: false };

type Ctor = abstract new (...args: never[]) => object;
/** class-transformer's registry of @Type/@Transform/@Expose/@Exclude, by class (internal maps, read-only here). */
const transformerMaps = (
  createRequire(__filename)('class-transformer/cjs/storage') as { defaultMetadataStorage: unknown }
).defaultMetadataStorage as Record<
  '_typeMetadatas' | '_transformMetadatas' | '_exposeMetadatas' | '_excludeMetadatas',
  Map<unknown, unknown>
>;

/**
 * A class class-transformer would only copy: no transformer decorator on it or its ancestors, and no
 * `@ValidateNested` (so nested values are validated as they are either way).
 */
function isFlat(metatype: Ctor): boolean {
  for (
    let c: unknown = metatype;
    typeof c === 'function' && c !== Function.prototype;
    c = Object.getPrototypeOf(c)
  ) {
    if (Object.values(transformerMaps).some((m) => m.has(c))) return false;
  }
  return !getMetadataStorage()
    .getTargetValidationMetadatas(metatype as new () => object, '', true, false)
    .some((m) => m.type === ValidationTypes.NESTED_VALIDATION);
}

/**
 * Nest's ValidationPipe, minus class-transformer's deep copy for flat input classes (all of ours): such
 * a value (freshly coerced by graphql-js) becomes an instance by copying its own fields, then gets the
 * same prototype-key stripping and the same class-validator rules. Anything else goes to Nest's pipe.
 */
class InputValidationPipe extends ValidationPipe {
  private readonly flat = new WeakMap<Ctor, boolean>();

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const metatype = metadata.metatype as Ctor | undefined;
    if (
      !metatype ||
      !value ||
      typeof value !== 'object' ||
      Array.isArray(value) ||
      !this.toValidate(metadata)
    )
      return super.transform(value, metadata);
    let flat = this.flat.get(metatype);
    if (flat === undefined) this.flat.set(metatype, (flat = isFlat(metatype)));
    if (!flat) return super.transform(value, metadata);
    this.stripProtoKeys(value);
    return validateFlatInput(
      metatype as unknown as new () => object,
      value as Record<string, unknown>,
    );
  }
}

/** class-validator on every input type; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new InputValidationPipe({
  transform: true,
  ...VALIDATOR_OPTIONS,
  exceptionFactory: inputError,
});

/** A flat input class's checks without class-transformer's deep copy. Throws the pipe's BAD_USER_INPUT. */
export function validateFlatInput<T extends object>(
  metatype: new () => T,
  value: Record<string, unknown>,
): T {
  const instance = Object.assign(new metatype(), value);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw inputError(errors);
  return instance;
}
