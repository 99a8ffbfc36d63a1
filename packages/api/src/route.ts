import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
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

/** The answer of a route that sends no body (204). */
export const noContent = { kind: 'no-content' } as const;

/** The answer of a route that sends a file's bytes (its own content type and name); the handler sends it through `reply`. */
export const fileDownload = { kind: 'file' } as const;

/** What a route answers on success: a zod schema of its JSON body, no body, or a file. */
export type ResponseSpec = z.ZodType | typeof noContent | typeof fileDownload;

/** True when the route answers JSON described by a zod schema. */
export function isJsonResponse(spec: ResponseSpec): spec is z.ZodType {
  return spec !== noContent && spec !== fileDownload;
}

/** One HTTP route: its validation schemas, documentation and handler. */
/** What a handler may return for a response spec: the schema's JSON (its input shape), nothing, or the sent reply. */
export type HandlerResult<R extends ResponseSpec> = R extends z.ZodType
  ? z.input<R> | FastifyReply
  : R extends typeof noContent
    ? void | undefined
    : FastifyReply;

export interface RouteDef<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends ResponseSpec = ResponseSpec,
> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify path, e.g. `/api/plans/:id`. */
  url: string;
  summary: string;
  tag: string;
  /** `public` routes run without sign-in (the actor is then anonymous, with no roles). */
  auth?: 'public' | 'user';
  /** Usable while the account must still change its password (everything else answers `auth.password_change_required`). */
  duringPasswordChange?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What the route answers on success (required): a zod schema of the JSON body (OpenAPI; checked against every
   * answer when DUBAN_CHECK_RESPONSES=1, as the HTTP test suites run), `noContent` or `fileDownload`.
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
  handler(c: HandlerContext<z.infer<P>, z.infer<Q>, z.infer<B>>): Promise<HandlerResult<R>>;
}

/** A route with its types erased, as kept in the route table. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the table holds routes of every shape
export type AnyRoute = RouteDef<any, any, any, any>;

/** Declares a route (infers handler input types from the schemas). */
export function route<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends ResponseSpec = ResponseSpec,
>(def: RouteDef<P, Q, B, R>): AnyRoute {
  return def as AnyRoute;
}

/** Typed CSV columns for a route whose list items are `T`. */
export function csvColumns<T>(columns: CsvColumn<T>[]): CsvColumn<never>[] {
  return columns as CsvColumn<never>[];
}
