import { Foundation1764300000000 } from './1764300000000-foundation';

/** Every migration, in order. The app runs them at boot; `synchronize` is never used. */
export const migrations = [Foundation1764300000000];
