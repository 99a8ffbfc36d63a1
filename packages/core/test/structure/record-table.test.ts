import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('one record per table, label cell beside value cell', () => {
  it('reads each label/value table as one task row, skipping person and progress rows', async () => {
    const table = (name: string, content: string, lead: string, part: string, due: string) =>
      `<table><tr><th>项目名称</th><td>${name}</td></tr><tr><th>建设内容</th><td>${content}</td></tr><tr><th>牵头单位</th><td>${lead}</td></tr>` +
      `<tr><th>配合单位</th><td>${part}</td></tr><tr><th>责任领导</th><td>副县长 某某</td></tr><tr><th>完成时限</th><td>${due}</td></tr><tr><th>进展情况</th><td>已完成3个</td></tr></table>`;
    const html = `<html><body><h2>某县2025年民生项目推进情况(一季度)</h2><div>发布日期:2025-04-08 来源:某县人民政府办公室 【字号 大 中 小】</div>${table('(一)口袋公园建设', '新建口袋公园6个', '县住建局', '县财政局', '2025年10月底前')}${table('(二)助餐服务', '新增助餐点4个', '县民政局', '&nbsp;', '长期坚持')}</body></html>`;
    const plan = await parsePlan({ text: html, fileName: 'p.html' });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['(一)', ['县住建局'], ['县财政局'], ['2025-10-31'], false],
      ['(二)', ['县民政局'], [], [], true],
    ]);
    expect(plan.meta).toMatchObject({ title: '某县2025年民生项目推进情况(一季度)', issuer: '某县人民政府办公室', date: '2025-04-08' });
  });
});
