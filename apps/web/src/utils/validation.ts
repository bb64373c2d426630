/** Client-side checks; the API checks again and has the last word. */
export const MIN_PASSWORD_LENGTH = 10;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailError(value: string): string {
  if (!value.trim()) return 'Enter an email address.';
  return EMAIL_PATTERN.test(value.trim())
    ? ''
    : 'Enter a valid email address, like name@example.com.';
}

export function newPasswordError(value: string): string {
  if (!value) return 'Choose a password.';
  return value.length >= MIN_PASSWORD_LENGTH
    ? ''
    : `Password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
}

export function requiredError(label: string): (value: string) => string {
  return (value) => (value.trim() ? '' : `${label} is required.`);
}
