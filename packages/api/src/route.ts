import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AnyContractEntry, HttpMethod } from '@duban/core';
import type { Actor, Services } from '@duban/services';
import type { CsvColumn } from './csv.js';

/** What a handler receives: validated input, the actor, the services, and the raw request/reply when needed. */
export interface HandlerContext<P, Q, B> {
  actor: Actor;
  params: P;
  query: Q;
  body: B;
  services: Services;
  req: FastifyRequest;
  reply: FastifyReply;
  /** The cookie session (token and CSRF token) when the request came with one. */
  session: { token: string; csrfToken: string } | null;
}

/** The answer of a route that sends no body (204), as the contract names it. */
export const noContent = 'none';

/** The answer of a route that sends a file's bytes (its own content type and name); the handler sends it through `reply`. */
export const fileDownload = 'file';

/** What a route answers on success: a zod schema of its JSON body, no body, or a file. */
export type ResponseSpec = z.ZodType | typeof noContent | typeof fileDownload;

/** True when the route answers JSON described by a zod schema. */
export function isJsonResponse(spec: ResponseSpec): spec is z.ZodType {
  return spec !== noContent && spec !== fileDownload;
}

/** What a handler may return for a response spec: the schema's JSON (its input shape), nothing, or the sent reply. */
export type HandlerResult<R extends ResponseSpec> = R extends z.ZodType
  ? z.input<R> | FastifyReply
  : R extends typeof noContent
    ? void | undefined
    : FastifyReply;

/** One HTTP route as the server keeps it: its contract entry's schemas with the route's documentation and handler. */
export interface RouteDef<P = unknown, Q = unknown, B = unknown, R extends ResponseSpec = ResponseSpec> {
  method: HttpMethod;
  /** Fastify path, e.g. `/api/plans/:id`. */
  url: string;
  summary: string;
  tag: string;
  /** `public` routes run without sign-in (the actor is then anonymous, with no roles). */
  auth?: 'public' | 'user';
  /** Usable while the account must still change its password (everything else answers `auth.password_change_required`). */
  duringPasswordChange?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /**
   * What the route answers on success: a zod schema of the JSON body (OpenAPI; checked against every answer when
   * DUBAN_CHECK_RESPONSES=1, as the HTTP test suites run), `noContent` or `fileDownload`.
   */
  response: R;
  /** Success status (default 200). */
  status?: number;
  /** When set, `?format=csv` returns the list (`items` of the result, or the array) as CSV with these columns. */
  csv?: CsvColumn<never>[];
  /** File name of the CSV download. */
  csvName?: string;
  /** Accepts multipart/form-data (documented as such; the handler reads the file). */
  multipart?: boolean;
  /** Request body limit in bytes for this route. */
  bodyLimit?: number;
  handler(c: HandlerContext<P, Q, B>): Promise<HandlerResult<R>>;
}

/** A route with its types erased, as kept in the route table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table holds routes of every shape
export type AnyRoute = RouteDef<any, any, any, any>;

/** The parsed value of an entry's params, query or body (unknown when the entry declares none). */
type Input<E, F extends 'params' | 'query' | 'body'> = E extends { readonly [K in F]: infer S extends z.ZodType } ? z.output<S> : unknown;

/** What a route adds to its contract entry: documentation, HTTP details and the handler — never a schema. */
export type RouteOptions<E extends AnyContractEntry> = Omit<
  RouteDef<Input<E, 'params'>, Input<E, 'query'>, Input<E, 'body'>, E['response']>,
  'method' | 'url' | 'params' | 'query' | 'body' | 'response' | 'multipart'
> & { [K in 'method' | 'url' | 'params' | 'query' | 'body' | 'response' | 'multipart']?: never };

/**
 * Declares the route of a contract entry (`apiContract['GET /api/plans']`): its method, path, schemas and
 * multipart flag come from the entry, and the handler's input and answer are typed from them.
 */
export function route<E extends AnyContractEntry>(entry: E, options: RouteOptions<E>): AnyRoute {
  const { method, path, params, query, body, response, multipart } = entry;
  return {
    ...options,
    method,
    url: path,
    ...(params ? { params } : {}),
    ...(query ? { query } : {}),
    ...(body ? { body } : {}),
    response,
    ...(multipart ? { multipart } : {}),
  } as AnyRoute;
}

/** Typed CSV columns for a route whose list items are `T`. */
export function csvColumns<T>(columns: CsvColumn<T>[]): CsvColumn<never>[] {
  return columns as CsvColumn<never>[];
}
