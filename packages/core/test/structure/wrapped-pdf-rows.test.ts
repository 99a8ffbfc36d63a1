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
