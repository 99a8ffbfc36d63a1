import type { FastifyRequest } from 'fastify';
import { apiContract } from '@duban/core';
import { DomainError, MISSING_CSV_COLUMNS, REPORT_CSV_COLUMNS } from '@duban/services';
import { UPLOAD_LIMIT } from '../constants.js';
import { toCsv } from '../csv.js';
import { csvColumns, route, type AnyRoute } from '../route.js';

/** The one file of a multipart upload (field file); a stream cut at the size limit is refused, never stored. */
async function readUpload(req: FastifyRequest): Promise<{ fileName: string; bytes: Buffer }> {
  if (!req.isMultipart()) throw new DomainError('validation', 'evidence.file_required', '请以 multipart/form-data 上传文件（字段 file）');
  const file = await req.file();
  if (!file) throw new DomainError('validation', 'evidence.file_required', '请选择要上传的文件');
  const bytes = await file.toBuffer();
  if (file.file.truncated) throw new DomainError('payload_too_large', 'evidence.too_large', '附件不能超过20MB');
  return { fileName: file.filename, bytes };
}

/** Reporting: periods, the liaison inbox, reports and their review, evidence, indicator values. */
export const reportingRoutes: AnyRoute[] = [
  route(apiContract['GET /api/plans/:id/periods'], {
    summary: '计划的报送周期',
    tag: 'reporting',
    handler: async ({ actor, params, services }) => ({ items: await services.reporting.listPeriods(actor, params.id) }),
  }),
  route(apiContract['POST /api/plans/:id/periods'], {
    summary: '生成报送周期（按月、按季或自定义；截止日与补报宽限天数）',
    tag: 'reporting',
    status: 201,
    handler: async ({ actor, params, body, services }) => ({ items: await services.reporting.createPeriods(actor, params.id, body) }),
  }),
  route(apiContract['PATCH /api/periods/:id'], {
    summary: '修改报送周期（名称、起止、截止日期；已有报送的周期不可修改）',
    tag: 'reporting',
    handler: ({ actor, params, body, services }) => services.reporting.updatePeriod(actor, params.id, body),
  }),
  route(apiContract['DELETE /api/periods/:id'], {
    summary: '删除报送周期（已有报送的周期不可删除）',
    tag: 'reporting',
    status: 204,
    handler: ({ actor, params, services }) => services.reporting.deletePeriod(actor, params.id),
  }),
  route(apiContract['GET /api/inbox'], {
    summary: '联络员待办：按方案分组的应报事项（可按方案、周期、状态筛选）、应填指标值、被退回的报告及理由、督办单',
    tag: 'reporting',
    handler: ({ actor, query, services }) => services.reporting.inbox(actor, query),
  }),
  route(apiContract['POST /api/plans/:id/indicator-owners'], {
    summary: '为选中的指标指定责任单位（审核时可按章节批量指定；发布后亦可调整）',
    tag: 'reporting',
    handler: ({ actor, params, body, services }) => services.reporting.assignIndicatorOwners(actor, params.id, body),
  }),
  route(apiContract['POST /api/reports'], {
    summary: '报送进展（任务 × 单位 × 周期；可同时填报指标值；申请办结）',
    tag: 'reporting',
    status: 201,
    handler: ({ actor, body, services }) => services.reporting.submitReport(actor, body),
  }),
  route(apiContract['GET /api/reports'], {
    summary: '报告列表（按计划、单位、周期、状态、迟报、缺报筛选；format=csv 导出）',
    tag: 'reporting',
    csv: csvColumns(REPORT_CSV_COLUMNS),
    csvName: '进展报告',
    async handler({ actor, query, services, reply }) {
      const { page, pageSize, format, ...filters } = query;
      const res = await services.reporting.listReports(actor, filters, { page, pageSize });
      if (res.kind === 'missing' && format === 'csv') {
        const name = encodeURIComponent('缺报清单.csv');
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
          .send(toCsv(res.items, MISSING_CSV_COLUMNS));
      }
      return res;
    },
  }),
  route(apiContract['GET /api/reports/:id'], {
    summary: '报告详情（含附件）',
    tag: 'reporting',
    handler: ({ actor, params, services }) => services.reporting.getReport(actor, params.id),
  }),
  route(apiContract['PATCH /api/reports/:id'], {
    summary: '修改并重新报送（须带 version；已通过的报告不可修改）',
    tag: 'reporting',
    handler: ({ actor, params, body, services }) => services.reporting.resubmitReport(actor, params.id, body),
  }),
  route(apiContract['POST /api/reports/:id/return'], {
    summary: '退回报告（须说明理由）',
    tag: 'reporting',
    handler: ({ actor, params, body, services }) => services.reporting.returnReport(actor, params.id, body),
  }),
  route(apiContract['POST /api/reports/:id/accept'], {
    summary: '审核通过；申请办结的报告通过即为办结审核',
    tag: 'reporting',
    handler: ({ actor, params, body, services }) => services.reporting.acceptReport(actor, params.id, body),
  }),
  route(apiContract['POST /api/reports/:id/evidence'], {
    summary: '上传佐证材料（multipart 字段 file；PDF/DOCX/XLSX/JPG/PNG/TXT，20 MB 以内，按内容识别类型）',
    tag: 'reporting',
    bodyLimit: UPLOAD_LIMIT + 1024 * 1024,
    status: 201,
    async handler({ actor, params, services, req }) {
      return services.reporting.addEvidence(actor, params.id, await readUpload(req));
    },
  }),
  route(apiContract['POST /api/evidence'], {
    summary: '先上传佐证材料到暂存区（multipart 字段 file），报送时以 evidenceIds 一并提交；未被认领的暂存文件24小时后清除',
    tag: 'reporting',
    bodyLimit: UPLOAD_LIMIT + 1024 * 1024,
    status: 201,
    async handler({ actor, services, req }) {
      return services.reporting.stageEvidence(actor, await readUpload(req));
    },
  }),
  route(apiContract['GET /api/reports/:id/evidence/:evidenceId'], {
    summary: '下载佐证材料',
    tag: 'reporting',
    async handler({ actor, params, services, reply }) {
      const ev = await services.reporting.getEvidence(actor, params.id, params.evidenceId);
      return reply
        .header('content-type', ev.mime)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(ev.name)}`)
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${ev.sha256}"`)
        .send(ev.bytes);
    },
  }),
  route(apiContract['POST /api/indicators/:id/values'], {
    summary: '填报指标值（指标 × 单位 × 周期；重复填报即更新）',
    tag: 'reporting',
    status: 201,
    handler: ({ actor, params, body, services }) => services.reporting.reportIndicatorValue(actor, params.id, body),
  }),
  route(apiContract['GET /api/indicators/:id'], {
    summary: '指标详情：各期填报值与完成度',
    tag: 'reporting',
    handler: ({ actor, params, services }) => services.reporting.getIndicator(actor, params.id),
  }),
];
