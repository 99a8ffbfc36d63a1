import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const table = (header: string[], rows: string[][]) =>
  `<html><body><h1>某县任务清单</h1><table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</table></body></html>`;

const roles = async (html: string) =>
  (await parsePlan({ text: html, fileName: 'a.html' })).tasks.map((t) => [t.lead, t.participants, t.separateLeads]);

describe('unit cells of rectification and proposal ledgers', () => {
  it('reads a cell of labelled fields in a 责任主体 column, leaving the 责任领导 person out', async () => {
    const html = table(
      ['序号', '反馈问题', '整改措施', '责任主体', '整改时限'],
      [
        [
          '1',
          '禁养区内仍有养殖户未按期退出',
          '逐户核查养殖情况',
          '责任领导:副县长 杨帆<br>责任单位:县农业农村局、县生态环境分局、相关乡镇',
          '2026年6月底前',
        ],
        [
          '2',
          '废弃矿山生态修复滞后',
          '编制修复方案',
          '责任领导:副县长 杨帆<br>牵头单位:县自然资源和规划局<br>责任单位:石花镇',
          '2027年6月底前',
        ],
        ['3', '城区扬尘管控不严', '开展专项检查', '责任单位:县住建局、县城管执法局', '立行立改、长期坚持'],
      ],
    );
    expect(await roles(html)).toEqual([
      [['县农业农村局'], ['县生态环境分局', '相关乡镇'], false],
      [['县自然资源和规划局'], ['石花镇'], false],
      [['县住建局'], ['县城管执法局'], false],
    ]);
  });

  it('makes the units of a 分办单位 column separate leads, beside 主办 and 会办 columns', async () => {
    const html = table(
      ['序号', '案由', '提案人', '主办单位', '会办单位', '分办单位'],
      [
        ['1', '关于加快污水管网建设的提案', '陈红梅', '县住房城乡建设局', '县财政局、汊河镇', ''],
        ['2', '关于规范电动自行车停放充电管理的提案', '吴静', '', '', '县公安局、县住房城乡建设局、县消防救援大队'],
      ],
    );
    expect(await roles(html)).toEqual([
      [['县住房城乡建设局'], ['县财政局', '汊河镇'], false],
      [['县公安局', '县住房城乡建设局', '县消防救援大队'], [], true],
    ]);
  });
});
