/** The app's public base URL (config PUBLIC_URL, without a trailing slash): links in mails. */
export const NOTIFICATIONS_PUBLIC_URL = Symbol('NOTIFICATIONS_PUBLIC_URL');
