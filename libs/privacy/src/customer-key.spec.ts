import { describe, expect, it } from 'vitest';
import { customerLabel, hashCustomerKey, normalizeCustomerKey } from './customer-key';

describe('customer keys', () => {
  it('normalises case and whitespace so one person gives one key', () => {
    expect(normalizeCustomerKey('  Ana.Lima@Example.COM ')).toBe('ana.lima@example.com');
    expect(normalizeCustomerKey('User\t 42\n')).toBe('user 42');
  });

  it('hashes the normalised key per study with the secret, never exposing the raw value', () => {
    const a = hashCustomerKey('s3cret', 'study-1', 'Ana@example.com');
    expect(a).toBe(hashCustomerKey('s3cret', 'study-1', ' ana@EXAMPLE.com'));
    expect(a).not.toBe(hashCustomerKey('s3cret', 'study-2', 'ana@example.com'));
    expect(a).not.toBe(hashCustomerKey('other', 'study-1', 'ana@example.com'));
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('ana');
  });

  it('labels a customer from the hash: six hex digits', () => {
    const hash = hashCustomerKey('s3cret', 'study-1', 'ana@example.com');
    expect(customerLabel(hash)).toMatch(/^Customer [0-9a-f]{6}$/);
    expect(customerLabel(hash)).toBe(customerLabel(hash));
  });
});
