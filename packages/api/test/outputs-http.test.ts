import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOffice } from '@duban/services';
import { serverTargets, type TestServer } from './support/servers.js';
import { TestClient } from './support/http-client.js';

const PLAN_TEXT = [
  '青川市健康促进2026年工作要点',
  '一、主要目标',
  '到2026年底,居民健康素养水平由91%提高至93%。',
  '二、重点任务',
  '1.加强健康知识传播。组建市级健康科普专家库。(牵头单位:市卫生健康委;配合单位:市教育局)2026年6月底前完成。',
  '2.推进儿童青少年近视防控。开展视力筛查。(牵头单位:市教育局;配合单位:市卫生健康委)2026年12月底前完成。',
  '',
].join('\n');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function sheet(bytes: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}
const rowText = (ws: ExcelJS.Worksheet, n: number) =>
  Array.from({ length: ws.columnCount }, (_, i) => ws.getRow(n).getCell(i + 1).value ?? '').map(String);
const documentXml = (bytes: Buffer) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const docText = (bytes: Buffer) => [...documentXml(bytes).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function form(name: string, bytes: Uint8Array): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([bytes], { type: XLSX }), name);
  return fd;
}

for (const target of await serverTargets()) {
  describe.skipIf(Boolean(target.skipReason))(`official outputs over HTTP on ${target.name}`, () => {
    let s: TestServer;
    let admin: TestClient;
    let liaisonA: TestClient;
    let liaisonB: TestClient;
    let viewer: TestClient;
    let planId: string;
    let unitA: string;
    let task1: string;
    let indicatorId: string;
    let june: string;

    beforeAll(async () => {
      s = await target.start({ today: () => '2026-07-10' });
      admin = new TestClient(s.url);
      await admin.login('admin', s.adminPassword);
      unitA = (await admin.post('/api/units', { name: '市卫生健康委' })).body.id;
      const unitB = (await admin.post('/api/units', { name: '市教育局' })).body.id;
      planId = (await admin.post('/api/plans/import', { fileName: 'plan.txt', text: PLAN_TEXT })).body.plan.id;
      expect((await admin.post(`/api/plans/${planId}/publish`)).status).toBeLessThan(300);
      const detail = (await admin.get(`/api/plans/${planId}`)).body;
      task1 = detail.tasks.find((t: { title: string }) => t.title === '加强健康知识传播').id;
      indicatorId = detail.indicators[0].id;
      expect((await admin.post(`/api/plans/${planId}/indicator-owners`, { indicatorIds: [indicatorId], unitId: unitA })).status).toBe(200);
      const periods = (
        await admin.post(`/api/plans/${planId}/periods`, {
          kind: 'monthly',
          start: '2026-03-01',
          end: '2026-12-31',
          due: { kind: 'day_of_last_month', day: 28 },
          graceDays: 3,
        })
      ).body.items;
      june = periods.find((p: { label: string }) => p.label === '2026年6月').id;
      for (const [username, unitId] of [
        ['out-a', unitA],
        ['out-b', unitB],
      ] as const) {
        expect((await admin.post('/api/users', { username, password: 'password-123', roles: [{ role: 'liaison', unitId }] })).status).toBe(
          201,
        );
      }
      expect(
        (await admin.post('/api/users', { username: 'out-viewer', password: 'password-123', roles: [{ role: 'viewer' }] })).status,
      ).toBe(201);
      liaisonA = new TestClient(s.url);
      await liaisonA.login('out-a', 'password-123');
      liaisonB = new TestClient(s.url);
      await liaisonB.login('out-b', 'password-123');
      viewer = new TestClient(s.url);
      await viewer.login('out-viewer', 'password-123');
      const report = await liaisonA.post('/api/reports', {
        taskId: task1,
        periodId: june,
        narrative: '已组建专家库,入库专家42名。',
        percent: 60,
      });
      expect(report.status).toBe(201);
      expect((await admin.post(`/api/reports/${report.body.id}/accept`, {})).status).toBe(200);
    });
    afterAll(async () => {
      if (s) await s.dispose();
    });

    it('exports the 任务清单 as .xlsx with an RFC 5987 file name, and the export imports back as the same plan', async () => {
      const res = await viewer.get(`/api/plans/${planId}/exports/task-list`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(XLSX);
      const disposition = res.headers.get('content-disposition') ?? '';
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('青川市健康促进2026年工作要点任务清单.xlsx')}`);
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+\.xlsx";/);
      const ws = await sheet(res.bytes, '任务清单');
      expect(rowText(ws, 2)).toEqual(['序号', '重点任务', '牵头单位', '参与单位', '完成时限', '进展情况']);
      expect(ws.getCell('A3').value).toBe('二、重点任务');
      expect(rowText(ws, 4).slice(2, 6)).toEqual(['市卫生健康委', '市教育局', '2026年6月底前', '已组建专家库,入库专家42名。']);
      expect(rowText(ws, 5).slice(2, 5)).toEqual(['市教育局', '市卫生健康委', '2026年底前']);

      const again = await admin.post('/api/plans/import', form('任务清单.xlsx', res.bytes));
      expect(again.status).toBe(201);
      const pick = (tasks: { text: string; due: string[]; units: { name: string; role: string }[] }[]) =>
        tasks.map((t) => ({
          text: t.text,
          due: t.due,
          lead: t.units.filter((u) => u.role === 'lead').map((u) => u.name),
          participants: t.units.filter((u) => u.role === 'participant').map((u) => u.name),
        }));
      const original = (await admin.get(`/api/plans/${planId}`)).body;
      const reimported = (await admin.get(`/api/plans/${again.body.plan.id}`)).body;
      expect(pick(reimported.tasks)).toEqual(pick(original.tasks));
      expect(reimported.tasks.map((t: { path: string[] }) => t.path)).toEqual(original.tasks.map((t: { path: string[] }) => t.path));
    });

    it('exports the 进展情况汇总表 of a period: the latest report per task and unit', async () => {
      const res = await liaisonB.get(`/api/plans/${planId}/exports/progress?period=${june}`);
      expect(res.status).toBe(200);
      const ws = await sheet(res.bytes, '进展情况汇总表');
      expect(ws.getCell('A2').value).toContain('2026年6月');
      expect(rowText(ws, 5).slice(1, 9)).toEqual([
        '加强健康知识传播',
        '市卫生健康委',
        '市卫生健康委',
        '60',
        '已组建专家库,入库专家42名。',
        expect.stringMatching(/^2026-/),
        '否',
        '已审核',
      ]);
      expect(rowText(ws, 6).slice(3, 9)).toEqual(['市教育局', '', '', '', '', '未报送']);
      expect((await viewer.get(`/api/plans/${planId}/exports/progress?period=nope`)).body.error.id).toBe('output.period_invalid');
    });

    it('generates a bulletin draft, lets the office edit and issue it, and lists issued bulletins for everyone', async () => {
      expect((await admin.get(`/api/plans/${planId}/bulletin-template`)).body).toMatchObject({
        custom: false,
        placeholders: expect.arrayContaining(['期间', '完成率']),
      });
      const tpl = (await admin.get(`/api/plans/${planId}/bulletin-template`)).body.blocks;
      expect((await liaisonA.request('PUT', `/api/plans/${planId}/bulletin-template`, { blocks: tpl })).status).toBe(403);
      const saved = await admin.request('PUT', `/api/plans/${planId}/bulletin-template`, {
        blocks: { ...tpl, header: '青川市健康促进工作领导小组办公室', issuer: '青川市健康促进工作领导小组办公室' },
      });
      expect(saved.body.custom).toBe(true);

      expect((await viewer.post('/api/bulletins', { planId, periodId: june })).status).toBe(403);
      const draft = await admin.post('/api/bulletins', { planId, periodId: june, serial: '第6期' });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({
        status: 'draft',
        title: '关于青川市健康促进2026年工作要点2026年6月推进情况的通报',
        data: { periodLabel: '2026年6月', serial: '第6期', overall: { total: 2 } },
      });
      expect(draft.body.data.blocks.opening).toContain('截至2026年7月10日');
      expect(draft.body.data.ranking).toBeUndefined();
      expect((await viewer.get(`/api/bulletins?plan=${planId}`)).body.items).toEqual([]);
      expect((await viewer.get(`/api/bulletins/${draft.body.id}`)).status).toBe(404);

      const edited = await admin.patch(`/api/bulletins/${draft.body.id}`, {
        version: 1,
        blocks: { requirements: '各单位务必于7月20日前报送整改情况。' },
      });
      expect(edited.status).toBe(200);
      expect((await admin.patch(`/api/bulletins/${draft.body.id}`, { version: 1, blocks: { requirements: '旧版本' } })).status).toBe(409);
      const preview = await admin.get(`/api/bulletins/${draft.body.id}/file`);
      expect(preview.headers.get('content-type')).toBe(DOCX);
      expect(docText(preview.bytes)).toContain('各单位务必于7月20日前报送整改情况。');

      const issued = await admin.post(`/api/bulletins/${draft.body.id}/issue`, { version: 2 });
      expect(issued.body).toMatchObject({ status: 'issued', version: 3 });
      expect((await admin.patch(`/api/bulletins/${draft.body.id}`, { version: 3, blocks: { requirements: 'x' } })).status).toBe(409);
      expect((await admin.request('DELETE', `/api/bulletins/${draft.body.id}`)).body.error.id).toBe('bulletin.issued');

      const list = (await liaisonB.get(`/api/bulletins?plan=${planId}`)).body.items;
      expect(list.map((b: { id: string; status: string; periodLabel: string }) => [b.id, b.status, b.periodLabel])).toEqual([
        [draft.body.id, 'issued', '2026年6月'],
      ]);
      const file = await liaisonB.get(`/api/bulletins/${draft.body.id}/file`);
      expect(file.status).toBe(200);
      const xml = documentXml(file.bytes);
      expect(xml).toContain('w:eastAsia="方正小标宋简体"');
      expect(docText(file.bytes)).toContain('青川市健康促进工作领导小组办公室');
      expect(docText(file.bytes)).toContain('第6期');

      const audit = (await admin.get(`/api/audit?entity=bulletin&entityId=${draft.body.id}`)).body.items
        .map((a: { action: string }) => a.action)
        .sort();
      expect(audit).toEqual(['edit', 'generate', 'issue']);
    });

    it("uses the jurisdiction's template for a plan without its own", async () => {
      const jurisdiction = (await admin.post('/api/jurisdictions', { name: '青川市', level: 'city' })).body.id;
      const imported = await admin.post(`/api/plans/import?jurisdiction=${jurisdiction}&duplicate=allow`, {
        fileName: 'plan.txt',
        text: PLAN_TEXT,
      });
      expect(imported.status).toBe(201);
      const other = imported.body.plan.id;
      expect((await admin.post(`/api/plans/${other}/publish`)).status).toBeLessThan(300);
      const blocks = (await admin.get(`/api/jurisdictions/${jurisdiction}/bulletin-template`)).body.blocks;
      expect((await viewer.request('PUT', `/api/jurisdictions/${jurisdiction}/bulletin-template`, { blocks })).status).toBe(403);
      const saved = await admin.request('PUT', `/api/jurisdictions/${jurisdiction}/bulletin-template`, {
        blocks: { ...blocks, header: '青川市爱国卫生运动委员会办公室' },
      });
      expect(saved.body).toMatchObject({ jurisdictionId: jurisdiction, custom: true });
      expect((await viewer.get(`/api/plans/${other}/bulletin-template`)).body).toMatchObject({
        custom: true,
        blocks: { header: '青川市爱国卫生运动委员会办公室' },
      });
      // The first plan (no jurisdiction) keeps its own template.
      expect((await viewer.get(`/api/plans/${planId}/bulletin-template`)).body.blocks.header).toBe('青川市健康促进工作领导小组办公室');
    });

    it('converts a bulletin to PDF when LibreOffice is installed, else answers 501', async () => {
      const draft = (await admin.post('/api/bulletins', { planId, periodId: june })).body;
      const res = await admin.get(`/api/bulletins/${draft.id}/file?format=pdf`);
      if (await findOffice()) {
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        expect(res.bytes.subarray(0, 5).toString()).toBe('%PDF-');
      } else {
        expect(res.status).toBe(501);
        expect(res.body.error.id).toBe('output.pdf_unavailable');
      }
      expect((await admin.request('DELETE', `/api/bulletins/${draft.id}`)).status).toBe(204);
    }, 120_000);

    it('prints a 督办单 for the unit addressed, and a 述职 pack for the unit', async () => {
      const notice = await admin.post('/api/notices', {
        taskId: task1,
        unitId: unitA,
        reason: '专家库建设进度滞后，请说明原因。',
        due: '2026-07-20',
      });
      expect(notice.status).toBe(201);
      const doc = await liaisonA.get(`/api/notices/${notice.body.id}/document`);
      expect(doc.status).toBe(200);
      expect(doc.headers.get('content-disposition')).toContain(encodeURIComponent(`督办单${notice.body.number}.docx`));
      const text = docText(doc.bytes);
      expect(text).toContain(notice.body.number);
      expect(text).toContain('市卫生健康委：');
      expect(text).toContain('2026年7月20日');
      expect((await liaisonB.get(`/api/notices/${notice.body.id}/document`)).status).toBe(404);

      const pack = await liaisonA.get(`/api/units/${unitA}/report-pack?plan=${planId}&period=${june}`);
      expect(pack.status).toBe(200);
      expect(docText(pack.bytes)).toContain('市卫生健康委2026年6月工作述职材料');
      expect(docText(pack.bytes)).toContain('已组建专家库,入库专家42名。');
      expect((await liaisonB.get(`/api/units/${unitA}/report-pack?plan=${planId}&period=${june}`)).status).toBe(403);
    });

    it('exports indicator values per period and imports a filled-in sheet', async () => {
      const res = await admin.get(`/api/plans/${planId}/exports/indicator-values?period=${june}`);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
      const ws = wb.getWorksheet('指标值')!;
      expect(rowText(ws, 3)).toEqual(['指标ID', '指标', '单位', '基期值', '目标值', '报送单位', '本期值', '备注']);
      expect(rowText(ws, 4).slice(0, 6)).toEqual([indicatorId, '居民健康素养水平', '%', '91', '≥93', '市卫生健康委']);
      ws.getCell('G4').value = 92;
      ws.getCell('H4').value = '抽样调查';
      const filled = Buffer.from(await wb.xlsx.writeBuffer());

      expect((await viewer.post(`/api/plans/${planId}/imports/indicator-values`, form('指标.xlsx', filled))).status).toBe(403);
      const imported = await admin.post(`/api/plans/${planId}/imports/indicator-values`, form('指标.xlsx', filled));
      expect(imported.body).toEqual({ imported: 1, unchanged: 0, problems: [] });
      const detail = (await admin.get(`/api/indicators/${indicatorId}`)).body;
      expect(detail.values.map((v: { value: number; note: string }) => [v.value, v.note])).toEqual([[92, '抽样调查']]);
      expect((await admin.post(`/api/plans/${planId}/imports/indicator-values`, form('指标.xlsx', filled))).body).toEqual({
        imported: 0,
        unchanged: 1,
        problems: [],
      });

      ws.getCell('G4').value = '九十二';
      const bad = await admin.post(
        `/api/plans/${planId}/imports/indicator-values`,
        form('指标.xlsx', Buffer.from(await wb.xlsx.writeBuffer())),
      );
      expect(bad.body).toEqual({ imported: 0, unchanged: 0, problems: [{ row: 4, message: '本期值“九十二”不是数字' }] });
      // A workbook whose shared strings inflate past the import limit is refused before exceljs opens it.
      const bomb = zipSync(
        {
          '[Content_Types].xml': strToU8('<Types/>'),
          'xl/workbook.xml': strToU8('<workbook/>'),
          'xl/sharedStrings.xml': new Uint8Array(60 * 1024 * 1024),
        },
        { level: 9 },
      );
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const refused = await admin.post(`/api/plans/${planId}/imports/indicator-values`, form('炸弹.xlsx', bomb));
      expect([refused.status, refused.body.error.id]).toEqual([413, 'output.sheet_too_large']);
      expect((await admin.post(`/api/plans/${planId}/imports/indicator-values`, form('x.xlsx', strToU8('not a zip')))).body.error.id).toBe(
        'output.sheet_unreadable',
      );
      const again = await admin.get(`/api/plans/${planId}/exports/indicator-values?period=${june}`);
      expect(rowText(await sheet(again.bytes, '指标值'), 4)[6]).toBe('92');
    });
  });
}
