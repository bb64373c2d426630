import 'reflect-metadata';
import { Type } from 'class-transformer';
import { Length, ValidateNested } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@persona-lab/errors';
import { validationPipe } from '../../src/graphql/validation';

class FlatInput {
  @Length(3, 10) name!: string;
  tags!: { label: string }[];
}

class Inner {
  @Length(3, 10) label!: string;
}

class NestedInput {
  @ValidateNested() @Type(() => Inner) inner!: Inner;
}

const asArg = (metatype: unknown) => ({ type: 'body' as const, metatype: metatype as never });

describe('validationPipe', () => {
  it('makes a flat input an instance of its class with the same values, without copying nested values', async () => {
    const tags = [{ label: 'a' }];
    const out = (await validationPipe.transform(
      { name: 'Ada', tags },
      asArg(FlatInput),
    )) as FlatInput;
    expect(out).toBeInstanceOf(FlatInput);
    expect(out).toEqual(Object.assign(new FlatInput(), { name: 'Ada', tags }));
    expect(out.tags).toBe(tags);
  });

  it("refuses a flat input with the pipe's BAD_USER_INPUT naming the field", async () => {
    const error = await validationPipe
      .transform({ name: 'Al', tags: [] }, asArg(FlatInput))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect((error as DomainError).message).toMatch(
      /name must be longer than or equal to 3 characters/,
    );
  });

  it('strips __proto__ keys, at the top and nested, before anything is copied', async () => {
    const value = JSON.parse(
      '{"name":"Ada","tags":[{"label":"a","__proto__":{"polluted":true}}],"__proto__":{"polluted":true}}',
    ) as Record<string, unknown>;
    const out = (await validationPipe.transform(value, asArg(FlatInput))) as FlatInput & {
      polluted?: boolean;
    };
    expect(out.polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(FlatInput.prototype);
    expect(Object.keys(out.tags[0])).toEqual(['label']);
  });

  it("leaves a class with transformer or nested-validation decorators to Nest's pipe: nested values become instances and are checked", async () => {
    const out = (await validationPipe.transform(
      { inner: { label: 'fine' } },
      asArg(NestedInput),
    )) as NestedInput;
    expect(out.inner).toBeInstanceOf(Inner);
    const error = await validationPipe
      .transform({ inner: { label: 'x' } }, asArg(NestedInput))
      .catch((e: unknown) => e);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect((error as DomainError).details).toMatchObject({ field: 'inner.label' });
  });

  it('passes scalars through as Nest does', async () => {
    expect(await validationPipe.transform('abc', asArg(String))).toBe('abc');
    expect(await validationPipe.transform(5, asArg(Number))).toBe(5);
  });
});
