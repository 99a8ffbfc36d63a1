import type { CompiledQuery, Compilable, Kysely, QueryResult } from 'kysely';
import { dialectOf } from './dialect.js';

/** A compiled query and where each parameter comes from: a position in the values, or a constant. */
interface Template {
  compiled: CompiledQuery;
  slots: ({ at: number } | { constant: unknown })[];
}

const templates = new Map<string, Template>();
const MARK = '\u0000duban-value:';
const MAX_VALUES = 200;

/**
 * Runs a query on the hot write paths without building it again: Kysely builds and compiles a query anew on every
 * call, which costs as much as SQLite takes to run a small statement. The first call with a `key` (per dialect)
 * builds it with a marker for each value (`value(i)` stands for `values[i]`), compiles it once and remembers where each marker landed among the
 * parameters; later calls only swap the values in. `build` must pass each marker through as a plain value (never
 * transform, test or inline it) and the query's shape must follow from `key` alone — a marker that does not come
 * out as a parameter of its own throws, so a misuse fails on its first run.
 */
export async function runPrepared<O, DB>(
  db: Kysely<DB>,
  key: string,
  values: readonly unknown[],
  build: (value: ValueMarker) => Compilable<O>,
): Promise<QueryResult<O>> {
  // Large batches (bulk writes) are rare and of ever new sizes: built as usual rather than kept.
  if (values.length > MAX_VALUES) return db.executeQuery<O>(build(<T>(i: number) => (values[i] ?? null) as T));
  const k = `${dialectOf(db)}:${key}`;
  let t = templates.get(k);
  if (!t) {
    t = template(build(<T>(i: number) => `${MARK}${i}` as T).compile(), values.length, key);
    templates.set(k, t);
  }
  // An undefined value is stored as NULL (as PostgreSQL's driver does; better-sqlite3 would refuse it).
  const parameters = t.slots.map((s) => ('at' in s ? (values[s.at] ?? null) : s.constant));
  return db.executeQuery<O>({ ...(t.compiled as CompiledQuery<O>), parameters });
}

function template(compiled: CompiledQuery, count: number, key: string): Template {
  const seen = new Set<number>();
  const slots = compiled.parameters.map((p) => {
    const at = typeof p === 'string' && p.startsWith(MARK) ? Number(p.slice(MARK.length)) : NaN;
    if (Number.isInteger(at) && at < count && `${MARK}${at}` === p) {
      seen.add(at);
      return { at };
    }
    if (typeof p === 'string' && p.includes(MARK))
      throw new Error(`prepared query ${key}: a value was transformed before it became a parameter`);
    return { constant: p };
  });
  if (seen.size !== count || compiled.sql.includes(MARK))
    throw new Error(`prepared query ${key}: every value must become a parameter of its own`);
  return { compiled, slots };
}

/** Stands for the value at an index of the values given to {@link runPrepared}. */
export type ValueMarker = <T>(index: number) => T;

/**
 * Rows to insert (all with the same columns, in the same order), split for {@link runPrepared}: a shape for its
 * key, the values in order, and the same rows made of markers for its build.
 */
export function preparedRows<R extends object>(rows: R[]): { shape: string; values: unknown[]; rows(v: ValueMarker): R[] } {
  const columns = Object.keys(rows[0] ?? {}) as (keyof R & string)[];
  return {
    shape: `${columns.join(',')}*${rows.length}`,
    values: rows.flatMap((r) => columns.map((c) => r[c])),
    rows: (v) => rows.map((_, i) => Object.fromEntries(columns.map((c, j) => [c, v(i * columns.length + j)])) as R),
  };
}
