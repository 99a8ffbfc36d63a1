import { apiContract } from '@duban/core';
import { route, type AnyRoute } from '../route.js';

/** Assessment (考核): periods and rubrics, bonuses and vetoes, 自评, office scoring, locking, revisions, rankings. */
export const assessmentRoutes: AnyRoute[] = [
  route(apiContract['GET /api/plans/:id/assessment-periods'], {
    summary: '方案的考核期列表（最近的在前）',
    tag: 'assessment',
    handler: async ({ actor, params, services }) => ({ items: await services.assessment.listPeriods(actor, params.id) }),
  }),
  route(apiContract['POST /api/plans/:id/assessment-periods'], {
    summary: '新建考核期（细则：给定、从其他考核期复制或默认）',
    tag: 'assessment',
    status: 201,
    handler: ({ actor, params, body, services }) => services.assessment.createPeriod(actor, params.id, body),
  }),
  route(apiContract['GET /api/assessment-periods/:id'], {
    summary: '考核期详情：现行细则、各单位得分明细、名次与等次',
    tag: 'assessment',
    handler: ({ actor, params, services }) => services.assessment.getPeriod(actor, params.id),
  }),
  route(apiContract['PUT /api/assessment-periods/:id/rubric'], {
    summary: '保存考核细则的新版本（自评开始后至审定前不可修改）',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.updateRubric(actor, params.id, body),
  }),
  route(apiContract['PUT /api/assessment-periods/:id/adjustments'], {
    summary: '设置加分项与一票否决（须说明理由）',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.setAdjustments(actor, params.id, body),
  }),
  route(apiContract['POST /api/assessment-periods/:id/compute'], {
    summary: '按截止日的数据重新计算得分（审定前）',
    tag: 'assessment',
    handler: ({ actor, params, services }) => services.assessment.compute(actor, params.id),
  }),
  route(apiContract['POST /api/assessment-periods/:id/status'], {
    summary: '推进考核阶段：开启自评、进入评分、审定锁定',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.transition(actor, params.id, body),
  }),
  route(apiContract['PUT /api/assessment-results/:id/self'], {
    summary: '单位自评（自评分、说明、佐证报送）',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.selfAssess(actor, params.id, body),
  }),
  route(apiContract['POST /api/assessment-results/:id/self/return'], {
    summary: '退回单位已提交的自评（须说明理由）',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.returnSelf(actor, params.id, body),
  }),
  route(apiContract['PUT /api/assessment-results/:id/office'], {
    summary: '办公室评分：对计算得分的每项调整须说明理由',
    tag: 'assessment',
    handler: ({ actor, params, body, services }) => services.assessment.score(actor, params.id, body),
  }),
  route(apiContract['POST /api/assessment-results/:id/revisions'], {
    summary: '审定后的更正：生成新的修订版本（原结果保留）',
    tag: 'assessment',
    status: 201,
    handler: ({ actor, params, body, services }) => services.assessment.revise(actor, params.id, body),
  }),
  route(apiContract['GET /api/assessment-results/:id/revisions'], {
    summary: '某单位考核结果的全部修订版本',
    tag: 'assessment',
    handler: ({ actor, params, services }) => services.assessment.revisions(actor, params.id),
  }),
  route(apiContract['GET /api/assessment/ranking'], {
    summary: '考核排名与等次：单个方案（最近审定的考核期）或辖区内各方案',
    tag: 'assessment',
    handler: ({ actor, query, services }) => services.assessment.ranking(actor, query),
  }),
];
