/**
 * Injection token of the secret customer identifiers are hashed with (a string). The app provides
 * it through `CustomerKeysModule.forRoot({ secret })`, derived from its link secret so that it
 * survives restarts and replicas agree.
 */
export const CUSTOMER_KEY_SECRET = Symbol('CUSTOMER_KEY_SECRET');
