import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a PDF table with single-space cells that wrap onto the next line', () => {
  const plan = parsePlan({
    text: [
      '某市2024年便民实事任务分解表',
      '序号 民生实事 目标任务 牵头单位 责任单位 完成时限',
      '1 社区养老服务 新建社区老年食堂 市民政局 各区县人民政 2024年',
      '提质 40个 府 9月',
      '2 城区公厕 改造城区公厕60 市城管局 市财政局 持续推进',
      '改造 座',
    ].join('\n'),
  });

  it('puts each wrapped tail back into its own cell', async () => {
    expect((await plan).tasks.map((t) => [t.number, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['1', ['市民政局'], ['各区县人民政府'], ['2024-09-30'], false],
      ['2', ['市城管局'], ['市财政局'], [], true],
    ]);
  });

  it('reads targets whose measure word wrapped', async () => {
    expect((await plan).indicators.map((i) => [i.target, i.unit])).toEqual([
      [40, '个'],
      [60, '座'],
    ]);
  });
});

describe('a short pipe row whose time frame slid under a unit column', () => {
  it('names no participant', async () => {
    const p = await parsePlan({
      text: [
        '某区2024年民生实事项目表',
        '|序号|实事项目|年度任务|主责单位|协同单位|完成情况|',
        '|1|社区食堂|新增社区食堂10个|区民政局|各街道办事处|已完成|',
        '|2|便民网点|新增便民网点20个|区商务局|持续推进|',
      ].join('\n'),
    });
    expect(p.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['区民政局'], ['各街道办事处']],
      [['区商务局'], []],
    ]);
  });
});
