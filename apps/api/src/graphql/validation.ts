import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { validateSync } from 'class-validator';
import { badInput } from '@persona-lab/errors';

const firstMessage = (errors: ValidationError[], prefix = ''): { field: string; message: string } | null => {
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

/** class-validator on every input type; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new ValidationPipe({ transform: true, ...VALIDATOR_OPTIONS, exceptionFactory: inputError });

/**
 * The same checks for a flat input class whose nested values carry no decorators (no
 * `@ValidateNested`/`@Type`), without class-transformer's deep copy: the pipe's work for such a
 * class, at a fraction of its cost. Throws the pipe's BAD_USER_INPUT.
 */
export function validateFlatInput<T extends object>(metatype: new () => T, value: Record<string, unknown>): T {
  const instance = Object.assign(new metatype(), value);
  const errors = validateSync(instance, VALIDATOR_OPTIONS);
  if (errors.length > 0) throw inputError(errors);
  return instance;
}
