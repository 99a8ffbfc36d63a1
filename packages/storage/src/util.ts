import { randomUUID } from 'node:crypto';

/** A new row id (UUID v4, text in both dialects). */
export function newId(): string {
  return randomUUID();
}

/** The current time as stored: ISO-8601 UTC with milliseconds. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Parses a JSON text column, falling back when it is empty. */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text === null || text === undefined || text === '') return fallback;
  return JSON.parse(text) as T;
}

/** Count aggregates come back as bigint strings on PostgreSQL and numbers on SQLite. */
export function toCount(value: unknown): number {
  return Number(value ?? 0);
}
