import type { EntityManager } from 'typeorm';

/**
 * A caller's open transaction, handed through services to a repository method that must join it
 * (e.g. a participant created beside the response that names it). Only data layers use it.
 */
export type Transaction = EntityManager;
