import { apiContract, UNIT_KIND_LABELS, type UnitView } from '@duban/core';
import { csvColumns, route, type AnyRoute } from '../route.js';

const unitCsv = csvColumns<UnitView>([
  ['单位名称', (u) => u.name],
  ['简称', (u) => u.shortName],
  ['类别', (u) => UNIT_KIND_LABELS[u.kind] ?? u.kind],
  ['别名', (u) => u.aliases],
  ['曾用名', (u) => u.formerNames],
  ['启用', (u) => (u.active ? '是' : '否')],
]);

/** The unit directory and jurisdictions. */
export const directoryRoutes: AnyRoute[] = [
  route(apiContract['GET /api/units'], {
    summary: '单位名录',
    tag: 'directory',
    csv: unitCsv,
    csvName: '单位名录',
    handler: ({ actor, query, services }) =>
      services.units.list(actor, {
        includeMerged: query.includeMerged === '1',
        ...(query.jurisdiction ? { jurisdictionId: query.jurisdiction } : {}),
      }),
  }),
  route(apiContract['GET /api/units/suggest'], {
    summary: '为抽取出的单位名称推荐名录中的单位',
    tag: 'directory',
    handler: ({ actor, query, services }) => services.units.suggest(actor, query.name),
  }),
  route(apiContract['POST /api/units'], {
    summary: '新增单位',
    tag: 'directory',
    status: 201,
    handler: ({ actor, body, services }) => services.units.create(actor, body),
  }),
  route(apiContract['PATCH /api/units/:id'], {
    summary: '修改单位（名称、别名、曾用名等）',
    tag: 'directory',
    handler: ({ actor, params, body, services }) => services.units.update(actor, params.id, body),
  }),
  route(apiContract['POST /api/units/:id/merge'], {
    summary: '合并单位（任务分工改到目标单位，原名称保留为别名）',
    tag: 'directory',
    handler: ({ actor, params, body, services }) => services.units.merge(actor, params.id, body.intoId),
  }),
  route(apiContract['DELETE /api/units/:id'], {
    summary: '删除单位（仅限未被任何任务、指标、用户、报送、督办单等引用的单位；否则请合并）',
    tag: 'directory',
    status: 204,
    handler: ({ actor, params, services }) => services.units.remove(actor, params.id),
  }),
  route(apiContract['GET /api/jurisdictions'], {
    summary: '行政区划（省—市—县区—乡镇街道）',
    tag: 'directory',
    handler: ({ actor, services }) => services.units.jurisdictions(actor),
  }),
  route(apiContract['POST /api/jurisdictions'], {
    summary: '新增行政区划',
    tag: 'directory',
    status: 201,
    handler: ({ actor, body, services }) => services.units.createJurisdiction(actor, body),
  }),
  route(apiContract['DELETE /api/jurisdictions/:id'], {
    summary: '删除行政区划（仅限没有下级行政区划、单位和计划的）',
    tag: 'directory',
    status: 204,
    handler: ({ actor, params, services }) => services.units.removeJurisdiction(actor, params.id),
  }),
];
