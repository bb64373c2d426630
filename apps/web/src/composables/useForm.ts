import { nextTick, reactive, ref, watch } from 'vue';
import { ErrorCode } from '@persona-lab/errors';
import { ApiError } from '../api/client';

type Rules<T> = { [K in keyof T]?: (value: T[K], values: T) => string };

/**
 * Form state with inline validation: rules run on submit, then live on every
 * edit; a server error lands in `serverError` and, when it names a field, on
 * that field too.
 */
export function useForm<T extends Record<string, string>>(initial: T, rules: Rules<T>) {
  const values = reactive({ ...initial }) as T;
  const errors = reactive({}) as Partial<Record<keyof T, string>>;
  const serverError = ref<ApiError | null>(null);
  const submitting = ref(false);
  const attempted = ref(false);

  function validate(): boolean {
    let valid = true;
    for (const key of Object.keys(values) as (keyof T)[]) {
      const message = rules[key]?.(values[key], values) ?? '';
      errors[key] = message;
      if (message) valid = false;
    }
    return valid;
  }

  // Only nag after the first submit, then clear each message as soon as it is fixed.
  watch(values, () => {
    if (attempted.value) validate();
  });

  /** Validates, then runs `action`; resolves true when it succeeded. */
  async function submit(
    event: Event | undefined,
    action: (values: T) => Promise<void>,
  ): Promise<boolean> {
    const form = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    attempted.value = true;
    serverError.value = null;
    if (!validate()) {
      await nextTick();
      form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return false;
    }
    submitting.value = true;
    try {
      await action({ ...values });
      return true;
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : new ApiError(
              ErrorCode.INTERNAL_SERVER_ERROR,
              'Something went wrong. Please try again.',
            );
      serverError.value = apiError;
      if (apiError.field && apiError.field in values)
        errors[apiError.field as keyof T] = apiError.message;
      return false;
    } finally {
      submitting.value = false;
    }
  }

  function reset(): void {
    Object.assign(values, initial);
    for (const key of Object.keys(errors)) delete errors[key as keyof T];
    serverError.value = null;
    attempted.value = false;
  }

  return { values, errors, serverError, submitting, validate, submit, reset };
}
