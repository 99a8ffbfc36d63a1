export { buildApp, type AppOptions } from './app.js';
export { SESSION_COOKIE, UPLOAD_LIMIT } from './constants.js';
export { route, csvColumns, type RouteDef, type AnyRoute, type HandlerContext } from './route.js';
export { toCsv, type CsvColumn } from './csv.js';
export { STATUS_OF, toErrorResponse } from './errors.js';
export { buildOpenApi } from './openapi.js';
export { allRoutes } from './routes/index.js';
export type { FastifyInstance } from 'fastify';
