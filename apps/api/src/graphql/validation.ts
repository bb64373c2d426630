import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** class-validator on every input type; the first problem becomes a BAD_USER_INPUT naming the field. */
export const validationPipe = new ValidationPipe({
  transform: true,
  forbidUnknownValues: false,
  exceptionFactory: (errors) => {
    const first = firstMessage(errors);
    return badInput(first?.message ?? 'The input is not valid.', first ? { field: first.field } : {});
  },
});
