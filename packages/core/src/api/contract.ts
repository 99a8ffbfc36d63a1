// The HTTP API as one table: each route's method, path, params, query, body and answer. The server registers its
// routes from these entries (packages/api/src/route.ts), the OpenAPI document is generated from them, and the web
// client derives its request and response types from them (type-only), so no side can declare a shape of its own.
import type { z } from 'zod';
import {
  assessmentAdjustmentsSchema,
  assessmentPeriodDetailSchema,
  assessmentPeriodSchema,
  assessmentRankingQuerySchema,
  assessmentRankingSchema,
  assessmentResultSchema,
  assessmentRevisionSchema,
  assessmentRevisionsSchema,
  assessmentTransitionSchema,
  computeAssessmentSchema,
  createAssessmentPeriodSchema,
  officeScoreSchema,
  returnSelfAssessmentSchema,
  selfAssessmentSchema,
  updateRubricSchema,
} from './assessment.js';
import { auditQuerySchema } from './audit.js';
import {
  loginRequestSchema,
  passwordChangeSchema,
  reauthRequestSchema,
  sessionViewSchema,
  tokenCreateSchema,
  tokenCreatedSchema,
  userCreateSchema,
  userPatchSchema,
  userViewSchema,
} from './auth.js';
import { healthSchema, idParamsSchema, okSchema } from './common.js';
import {
  deliveryChannelCreateSchema,
  deliveryChannelUpdateSchema,
  deliveryChannelViewSchema,
  deliveryLogQuerySchema,
  deliveryLogSchema,
  deliveryRetrySchema,
  deliveryTestSchema,
  deliveryViewSchema,
} from './delivery.js';
import {
  jurisdictionCreateSchema,
  jurisdictionViewSchema,
  unitCreateSchema,
  unitMergeSchema,
  unitPatchSchema,
  unitSuggestQuerySchema,
  unitViewSchema,
} from './directory.js';
import {
  assessmentPeriodListSchema,
  auditPageSchema,
  commentListSchema,
  deliveryChannelListSchema,
  indicatorListSchema,
  jurisdictionListSchema,
  noticePageSchema,
  planPageSchema,
  taskListSchema,
  taskPageSchema,
  tokenListSchema,
  unitListQuerySchema,
  unitListSchema,
  unitSuggestionListSchema,
  userListQuerySchema,
  userListSchema,
} from './lists.js';
import {
  bulletinFileQuerySchema,
  bulletinListQuerySchema,
  bulletinListSchema,
  bulletinTemplateViewSchema,
  bulletinViewSchema,
  editBulletinSchema,
  generateBulletinSchema,
  indicatorImportResultSchema,
  issueBulletinSchema,
  jurisdictionBulletinTemplateViewSchema,
  progressExportQuerySchema,
  saveBulletinTemplateSchema,
  unitPackQuerySchema,
} from './outputs.js';
import { planBoardSchema } from './plan-board.js';
import {
  notificationListQuerySchema,
  notificationListSchema,
  notificationReadSchema,
  taskBulkEditSchema,
  taskDeleteQuerySchema,
  taskMergeSchema,
  taskReorderSchema,
  taskSplitSchema,
} from './plan-editing.js';
import {
  commentCreateSchema,
  indicatorListQuerySchema,
  indicatorPatchSchema,
  indicatorViewSchema,
  planDetailSchema,
  planImportJsonSchema,
  planImportQuerySchema,
  planImportResultSchema,
  planListQuerySchema,
  planPatchSchema,
  planSourceSchema,
  taskCreateSchema,
  taskDetailSchema,
  taskListQuerySchema,
  taskPatchSchema,
} from './plans.js';
import {
  evidenceParamsSchema,
  evidenceViewSchema,
  indicatorDetailSchema,
  indicatorOwnersResultSchema,
  indicatorOwnersSchema,
  indicatorValueResultSchema,
  indicatorValueSchema,
  periodListSchema,
  periodPatchSchema,
  periodSpecSchema,
  periodViewSchema,
  reportDetailSchema,
  reportListQuerySchema,
  reportListResultSchema,
  reportViewSchema,
  resubmitReportSchema,
  reviewSchema,
  stagedEvidenceViewSchema,
  submitReportSchema,
} from './reporting.js';
import {
  closeNoticeSchema,
  dashboardQuerySchema,
  dashboardViewSchema,
  inboxQuerySchema,
  inboxViewSchema,
  issueNoticeSchema,
  noticeDetailSchema,
  noticeListQuerySchema,
  noticeReplySchema,
  noticeViewSchema,
  supervisionQuerySchema,
  supervisionViewSchema,
  suspensionResultSchema,
  suspensionSchema,
} from './supervision.js';

/** What a route answers: a JSON body described by a schema, no body (204), or a file's bytes. */
export type EndpointAnswer = z.ZodType | 'none' | 'file';

/** One route of the contract. */
export interface Endpoint {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: EndpointAnswer;
  /** Takes multipart/form-data (a file) as well as, or instead of, JSON. */
  multipart?: boolean;
}

/** An HTTP method of the API. */
export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type MethodOf<K> = K extends `${infer M extends HttpMethod} ${string}` ? M : never;
type PathOf<K> = K extends `${string} ${infer P}` ? P : never;

/** A contract entry with its method and path (read from its `METHOD /path` key): what the server registers a route from. */
export type ContractEntry<K extends string, E extends Endpoint = Endpoint> = E & {
  readonly method: MethodOf<K>;
  readonly path: PathOf<K>;
};
/** Any entry of the contract. */
export type AnyContractEntry = Endpoint & { readonly method: HttpMethod; readonly path: string };

/** Adds to every entry the method and path its key names, so an entry alone says which route it is. */
function entries<T extends Record<string, Endpoint>>(table: T): { readonly [K in keyof T & string]: ContractEntry<K, T[K]> } {
  return Object.fromEntries(
    Object.entries(table).map(([key, e]) => {
      const [method, path] = key.split(' ');
      return [key, { ...e, method, path }];
    }),
  ) as { readonly [K in keyof T & string]: ContractEntry<K, T[K]> };
}

/**
 * Every route of the API by `METHOD /path` (Fastify's `:param` syntax): the one declaration of its params, query,
 * body and answer. The server registers each route from its entry (`route(apiContract['GET /api/plans'], …)`).
 */
export const apiContract = entries({
  'GET /api/health': { response: healthSchema },
  'GET /api/audit': { query: auditQuerySchema, response: auditPageSchema },
  'POST /api/auth/login': { body: loginRequestSchema, response: sessionViewSchema },
  'POST /api/auth/logout': { response: okSchema },
  'GET /api/auth/me': { response: sessionViewSchema },
  'POST /api/auth/reauth': { body: reauthRequestSchema, response: okSchema },
  'POST /api/auth/password': { body: passwordChangeSchema, response: okSchema },
  'POST /api/tokens': { body: tokenCreateSchema, response: tokenCreatedSchema },
  'GET /api/tokens': { response: tokenListSchema },
  'DELETE /api/tokens/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/units': { query: unitListQuerySchema, response: unitListSchema },
  'GET /api/units/suggest': { query: unitSuggestQuerySchema, response: unitSuggestionListSchema },
  'POST /api/units': { body: unitCreateSchema, response: unitViewSchema },
  'PATCH /api/units/:id': { params: idParamsSchema, body: unitPatchSchema, response: unitViewSchema },
  'POST /api/units/:id/merge': { params: idParamsSchema, body: unitMergeSchema, response: unitViewSchema },
  'DELETE /api/units/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/jurisdictions': { response: jurisdictionListSchema },
  'POST /api/jurisdictions': { body: jurisdictionCreateSchema, response: jurisdictionViewSchema },
  'DELETE /api/jurisdictions/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/users': { query: userListQuerySchema, response: userListSchema },
  'POST /api/users': { body: userCreateSchema, response: userViewSchema },
  'PATCH /api/users/:id': { params: idParamsSchema, body: userPatchSchema, response: userViewSchema },
  'POST /api/plans/import': { query: planImportQuerySchema, body: planImportJsonSchema, response: planImportResultSchema, multipart: true },
  'GET /api/plans': { query: planListQuerySchema, response: planPageSchema },
  'GET /api/plans/:id': { params: idParamsSchema, response: planDetailSchema },
  'GET /api/plans/:id/board': { params: idParamsSchema, response: planBoardSchema },
  'GET /api/plans/:id/source': { params: idParamsSchema, response: planSourceSchema },
  'GET /api/plans/:id/document': { params: idParamsSchema, response: 'file' },
  'PATCH /api/plans/:id': { params: idParamsSchema, body: planPatchSchema, response: planDetailSchema },
  'POST /api/plans/:id/publish': { params: idParamsSchema, response: planDetailSchema },
  'DELETE /api/plans/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/tasks': { query: taskListQuerySchema, response: taskPageSchema },
  'GET /api/tasks/:id': { params: idParamsSchema, response: taskDetailSchema },
  'PATCH /api/tasks/:id': { params: idParamsSchema, body: taskPatchSchema, response: taskDetailSchema },
  'POST /api/plans/:id/tasks': { params: idParamsSchema, body: taskCreateSchema, response: taskDetailSchema },
  'DELETE /api/tasks/:id': { params: idParamsSchema, query: taskDeleteQuerySchema, response: 'none' },
  'POST /api/tasks/:id/comments': { params: idParamsSchema, body: commentCreateSchema, response: commentListSchema },
  'POST /api/tasks/:id/instructions': { params: idParamsSchema, body: commentCreateSchema, response: commentListSchema },
  'GET /api/indicators': { query: indicatorListQuerySchema, response: indicatorListSchema },
  'PATCH /api/indicators/:id': { params: idParamsSchema, body: indicatorPatchSchema, response: indicatorViewSchema },
  'POST /api/tasks/:id/split': { params: idParamsSchema, body: taskSplitSchema, response: taskListSchema },
  'POST /api/plans/:id/tasks/merge': { params: idParamsSchema, body: taskMergeSchema, response: taskListSchema },
  'POST /api/plans/:id/tasks/reorder': { params: idParamsSchema, body: taskReorderSchema, response: taskListSchema },
  'POST /api/plans/:id/tasks/bulk': { params: idParamsSchema, body: taskBulkEditSchema, response: taskListSchema },
  'GET /api/notifications': { query: notificationListQuerySchema, response: notificationListSchema },
  'POST /api/notifications/read': { body: notificationReadSchema, response: notificationListSchema },
  'GET /api/plans/:id/periods': { params: idParamsSchema, response: periodListSchema },
  'POST /api/plans/:id/periods': { params: idParamsSchema, body: periodSpecSchema, response: periodListSchema },
  'PATCH /api/periods/:id': { params: idParamsSchema, body: periodPatchSchema, response: periodViewSchema },
  'DELETE /api/periods/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/inbox': { query: inboxQuerySchema, response: inboxViewSchema },
  'POST /api/plans/:id/indicator-owners': { params: idParamsSchema, body: indicatorOwnersSchema, response: indicatorOwnersResultSchema },
  'POST /api/reports': { body: submitReportSchema, response: reportViewSchema },
  'GET /api/reports': { query: reportListQuerySchema, response: reportListResultSchema },
  'GET /api/reports/:id': { params: idParamsSchema, response: reportDetailSchema },
  'PATCH /api/reports/:id': { params: idParamsSchema, body: resubmitReportSchema, response: reportViewSchema },
  'POST /api/reports/:id/return': { params: idParamsSchema, body: reviewSchema, response: reportViewSchema },
  'POST /api/reports/:id/accept': { params: idParamsSchema, body: reviewSchema, response: reportViewSchema },
  'POST /api/reports/:id/evidence': { params: idParamsSchema, response: evidenceViewSchema, multipart: true },
  'POST /api/evidence': { response: stagedEvidenceViewSchema, multipart: true },
  'GET /api/reports/:id/evidence/:evidenceId': { params: evidenceParamsSchema, response: 'file' },
  'POST /api/indicators/:id/values': { params: idParamsSchema, body: indicatorValueSchema, response: indicatorValueResultSchema },
  'GET /api/indicators/:id': { params: idParamsSchema, response: indicatorDetailSchema },
  'GET /api/supervision': { query: supervisionQuerySchema, response: supervisionViewSchema },
  'POST /api/tasks/:id/suspension': { params: idParamsSchema, body: suspensionSchema, response: suspensionResultSchema },
  'POST /api/notices': { body: issueNoticeSchema, response: noticeViewSchema },
  'GET /api/notices': { query: noticeListQuerySchema, response: noticePageSchema },
  'GET /api/notices/:id': { params: idParamsSchema, response: noticeDetailSchema },
  'POST /api/notices/:id/replies': { params: idParamsSchema, body: noticeReplySchema, response: noticeDetailSchema },
  'POST /api/notices/:id/close': { params: idParamsSchema, body: closeNoticeSchema, response: noticeDetailSchema },
  'GET /api/dashboard': { query: dashboardQuerySchema, response: dashboardViewSchema },
  'GET /api/plans/:id/bulletin-template': { params: idParamsSchema, response: bulletinTemplateViewSchema },
  'PUT /api/plans/:id/bulletin-template': {
    params: idParamsSchema,
    body: saveBulletinTemplateSchema,
    response: bulletinTemplateViewSchema,
  },
  'GET /api/jurisdictions/:id/bulletin-template': { params: idParamsSchema, response: jurisdictionBulletinTemplateViewSchema },
  'PUT /api/jurisdictions/:id/bulletin-template': {
    params: idParamsSchema,
    body: saveBulletinTemplateSchema,
    response: jurisdictionBulletinTemplateViewSchema,
  },
  'GET /api/bulletins': { query: bulletinListQuerySchema, response: bulletinListSchema },
  'POST /api/bulletins': { body: generateBulletinSchema, response: bulletinViewSchema },
  'GET /api/bulletins/:id': { params: idParamsSchema, response: bulletinViewSchema },
  'PATCH /api/bulletins/:id': { params: idParamsSchema, body: editBulletinSchema, response: bulletinViewSchema },
  'POST /api/bulletins/:id/issue': { params: idParamsSchema, body: issueBulletinSchema, response: bulletinViewSchema },
  'DELETE /api/bulletins/:id': { params: idParamsSchema, response: 'none' },
  'GET /api/bulletins/:id/file': { params: idParamsSchema, query: bulletinFileQuerySchema, response: 'file' },
  'GET /api/plans/:id/exports/task-list': { params: idParamsSchema, response: 'file' },
  'GET /api/plans/:id/exports/progress': { params: idParamsSchema, query: progressExportQuerySchema, response: 'file' },
  'GET /api/plans/:id/exports/indicator-values': { params: idParamsSchema, query: progressExportQuerySchema, response: 'file' },
  'POST /api/plans/:id/imports/indicator-values': { params: idParamsSchema, response: indicatorImportResultSchema, multipart: true },
  'GET /api/notices/:id/document': { params: idParamsSchema, response: 'file' },
  'GET /api/units/:id/report-pack': { params: idParamsSchema, query: unitPackQuerySchema, response: 'file' },
  'GET /api/delivery/channels': { response: deliveryChannelListSchema },
  'POST /api/delivery/channels': { body: deliveryChannelCreateSchema, response: deliveryChannelViewSchema },
  'PATCH /api/delivery/channels/:id': { params: idParamsSchema, body: deliveryChannelUpdateSchema, response: deliveryChannelViewSchema },
  'DELETE /api/delivery/channels/:id': { params: idParamsSchema, response: 'none' },
  'POST /api/delivery/channels/:id/test': { params: idParamsSchema, body: deliveryTestSchema, response: deliveryViewSchema },
  'GET /api/delivery/log': { query: deliveryLogQuerySchema, response: deliveryLogSchema },
  'POST /api/delivery/log/:id/retry': { params: idParamsSchema, body: deliveryRetrySchema, response: deliveryViewSchema },
  'GET /api/plans/:id/assessment-periods': { params: idParamsSchema, response: assessmentPeriodListSchema },
  'POST /api/plans/:id/assessment-periods': {
    params: idParamsSchema,
    body: createAssessmentPeriodSchema,
    response: assessmentPeriodSchema,
  },
  'GET /api/assessment-periods/:id': { params: idParamsSchema, response: assessmentPeriodDetailSchema },
  'PUT /api/assessment-periods/:id/rubric': { params: idParamsSchema, body: updateRubricSchema, response: assessmentPeriodDetailSchema },
  'PUT /api/assessment-periods/:id/adjustments': {
    params: idParamsSchema,
    body: assessmentAdjustmentsSchema,
    response: assessmentPeriodDetailSchema,
  },
  'POST /api/assessment-periods/:id/compute': {
    params: idParamsSchema,
    body: computeAssessmentSchema,
    response: assessmentPeriodDetailSchema,
  },
  'POST /api/assessment-periods/:id/status': {
    params: idParamsSchema,
    body: assessmentTransitionSchema,
    response: assessmentPeriodDetailSchema,
  },
  'PUT /api/assessment-results/:id/self': { params: idParamsSchema, body: selfAssessmentSchema, response: assessmentResultSchema },
  'POST /api/assessment-results/:id/self/return': {
    params: idParamsSchema,
    body: returnSelfAssessmentSchema,
    response: assessmentResultSchema,
  },
  'PUT /api/assessment-results/:id/office': { params: idParamsSchema, body: officeScoreSchema, response: assessmentResultSchema },
  'POST /api/assessment-results/:id/revisions': {
    params: idParamsSchema,
    body: assessmentRevisionSchema,
    response: assessmentResultSchema,
  },
  'GET /api/assessment-results/:id/revisions': { params: idParamsSchema, response: assessmentRevisionsSchema },
  'GET /api/assessment/ranking': { query: assessmentRankingQuerySchema, response: assessmentRankingSchema },
} as const satisfies Record<string, Endpoint>);

/** The contract's type: what the web client is typed against. */
export type ApiContract = typeof apiContract;
/** A route of the contract, e.g. `'GET /api/plans/:id'`. */
export type ApiRoute = keyof ApiContract;
/** The routes that read (the ones a query cache may hold). */
export type ApiGetRoute = Extract<ApiRoute, `GET ${string}`>;

type Field<K extends ApiRoute, F extends 'params' | 'query' | 'body'> = ApiContract[K] extends {
  readonly [P in F]: infer S extends z.ZodType;
}
  ? S
  : never;
// A coerced query field (`z.coerce.number()`) accepts `unknown`; the client sends its parsed type instead.
type QueryInput<S extends z.ZodType> = {
  [P in keyof z.input<S>]: unknown extends z.input<S>[P] ? (P extends keyof z.output<S> ? z.output<S>[P] : never) : z.input<S>[P];
};
type Slot<N extends string, T> = [T] extends [never]
  ? { [P in N]?: never }
  : Record<never, never> extends T
    ? { [P in N]?: T }
    : { [P in N]: T };

/** What a call of route `K` sends: `params` for the path, `query`, and `body` (a FormData on multipart routes). */
export type ApiInput<K extends ApiRoute> = Slot<'params', z.output<Field<K, 'params'>>> &
  Slot<'query', [Field<K, 'query'>] extends [never] ? never : QueryInput<Field<K, 'query'>>> &
  Slot<
    'body',
    | ([Field<K, 'body'>] extends [never] ? never : z.input<Field<K, 'body'>>)
    | (ApiContract[K] extends { readonly multipart: true } ? FormData : never)
  >;

/** What route `K` answers on success: its schema's type, nothing for 204, the text of a file. */
export type ApiResponse<K extends ApiRoute> = ApiContract[K]['response'] extends infer R
  ? R extends z.ZodType
    ? z.output<R>
    : R extends 'none'
      ? void
      : string
  : never;
