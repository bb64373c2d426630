/** The hint under every interview "Customer id" field: what it links and how it is kept. */
export const CUSTOMER_ID_HINT =
  'The id your product, survey (customer_id) or support tool uses for this person. Stored only as a hash, never shown; it links this interview to their survey answers and tickets.';

/** What the interview page says about its customer link. */
export function customerLinkText(customerLabel: string | null | undefined): string {
  return customerLabel ? `Linked to ${customerLabel.replace(/^Customer /, 'customer ')}` : 'Not linked to a customer yet';
}
