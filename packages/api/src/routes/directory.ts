import { z } from 'zod';
import {
  idParamsSchema, jurisdictionCreateSchema, jurisdictionViewSchema, unitCreateSchema, unitMergeSchema, unitPatchSchema, unitSuggestQuerySchema, unitSuggestionSchema,
  unitViewSchema, type UnitView,
} from '@duban/core';
import { csvColumns, route, type AnyRoute } from '../route.js';

const unitCsv = csvColumns<UnitView>([
  ['单位名称', (u) => u.name],
  ['简称', (u) => u.shortName],
  ['类别', (u) => u.kind],
  ['别名', (u) => u.aliases],
  ['曾用名', (u) => u.formerNames],
  ['启用', (u) => (u.active ? '是' : '否')],
]);

/** The unit directory and jurisdictions. */
export const directoryRoutes: AnyRoute[] = [
  route({
    method: 'GET',
    url: '/api/units',
    summary: '单位名录',
    tag: 'directory',
    query: z.object({ includeMerged: z.enum(['0', '1']).optional(), jurisdiction: z.string().optional(), format: z.enum(['json', 'csv']).optional() }),
    response: z.array(unitViewSchema),
    csv: unitCsv,
    csvName: '单位名录',
    handler: ({ actor, query, services }) => services.units.list(actor, { includeMerged: query.includeMerged === '1', ...(query.jurisdiction ? { jurisdictionId: query.jurisdiction } : {}) }),
  }),
  route({
    method: 'GET',
    url: '/api/units/suggest',
    summary: '为抽取出的单位名称推荐名录中的单位',
    tag: 'directory',
    query: unitSuggestQuerySchema,
    response: z.array(unitSuggestionSchema),
    handler: ({ actor, query, services }) => services.units.suggest(actor, query.name),
  }),
  route({
    method: 'POST',
    url: '/api/units',
    summary: '新增单位',
    tag: 'directory',
    body: unitCreateSchema,
    response: unitViewSchema,
    status: 201,
    handler: ({ actor, body, services }) => services.units.create(actor, body),
  }),
  route({
    method: 'PATCH',
    url: '/api/units/:id',
    summary: '修改单位（名称、别名、曾用名等）',
    tag: 'directory',
    params: idParamsSchema,
    body: unitPatchSchema,
    response: unitViewSchema,
    handler: ({ actor, params, body, services }) => services.units.update(actor, params.id, body),
  }),
  route({
    method: 'POST',
    url: '/api/units/:id/merge',
    summary: '合并单位（任务分工改到目标单位，原名称保留为别名）',
    tag: 'directory',
    params: idParamsSchema,
    body: unitMergeSchema,
    response: unitViewSchema,
    handler: ({ actor, params, body, services }) => services.units.merge(actor, params.id, body.intoId),
  }),
  route({
    method: 'GET',
    url: '/api/jurisdictions',
    summary: '行政区划（省—市—县区—乡镇街道）',
    tag: 'directory',
    response: z.array(jurisdictionViewSchema),
    handler: ({ actor, services }) => services.units.jurisdictions(actor),
  }),
  route({
    method: 'POST',
    url: '/api/jurisdictions',
    summary: '新增行政区划',
    tag: 'directory',
    body: jurisdictionCreateSchema,
    response: jurisdictionViewSchema,
    status: 201,
    handler: ({ actor, body, services }) => services.units.createJurisdiction(actor, body),
  }),
];
