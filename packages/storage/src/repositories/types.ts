import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** A Kysely handle or an open transaction over the foundation tables: what every repository function takes. */
export type Db = Kysely<Database>;

/** A page request and its answer. */
export interface PageRequest {
  page: number;
  pageSize: number;
}
export interface PageResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
