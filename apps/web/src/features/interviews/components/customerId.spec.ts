import { describe, expect, it } from 'vitest';
import { CUSTOMER_ID_HINT, customerLinkText } from './customerId';

describe('customerLinkText', () => {
  it('names the customer by the label the server derives from the hash, or says there is none', () => {
    expect(customerLinkText('Customer 3f9a1c')).toBe('Linked to customer 3f9a1c');
    expect(customerLinkText(null)).toBe('Not linked to a customer yet');
    expect(customerLinkText(undefined)).toBe('Not linked to a customer yet');
  });

  it('tells the researcher the id is kept only as a hash', () => {
    expect(CUSTOMER_ID_HINT).toMatch(/only as a hash/);
  });
});
