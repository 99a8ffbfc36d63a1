import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

/**
 * A 民生实事 table copied one cell per line whose 进度安排 group spans four quarter columns: rows carry zero to
 * four milestone cells after the time limit, some of them bare words ("方案", "持续").
 */
const doc = [
  '东河区2026年民生实事项目任务分解表',
  '序号',
  '项目名称',
  '主要内容',
  '责任单位',
  '完成时限',
  '进度安排',
  '一季度',
  '二季度',
  '三季度',
  '四季度',
  '1',
  '养老服务',
  '新建社区养老驿站12个',
  '区民政局、各街道',
  '12月底',
  '选址',
  '建设',
  '完成60%',
  '全面完成',
  '2',
  '道路改造',
  '改造背街小巷30条',
  '区住建委',
  '10月底',
  '方案',
  '施工',
  '完工',
  '3',
  '健康体检',
  '为65岁以上老年人免费体检',
  '区卫健委、区财政局',
  '12月底',
  '启动',
  '持续',
  '持续',
  '完成',
  '4',
  '文化活动',
  '开展惠民演出80场',
  '区文旅局',
  '持续推进',
  '5',
  '法律服务',
  '为困难群众提供法律咨询服务',
  '区司法局',
  '长期',
  '注:进度安排空白的项目按月报送进展。',
].join('\n');

describe('flattened table with quarterly milestone columns', () => {
  const read = async () => {
    const plan = await parsePlan({ text: doc });
    return { plan, tasks: plan.tasks.filter((t) => t.kind === 'task') };
  };

  it('reads every row, whatever number of milestone cells it has', async () => {
    const { tasks } = await read();
    expect(tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(tasks[1]?.text).toContain('改造背街小巷30条');
  });

  it('keeps the time limit apart from the milestones', async () => {
    const { tasks } = await read();
    expect(tasks.map((t) => [t.due, t.ongoing])).toEqual([
      [['2026-12-31'], false],
      [['2026-10-31'], false],
      [['2026-12-31'], false],
      [[], true],
      [[], true],
    ]);
    expect(tasks[0]?.lead).toEqual(['区民政局']);
    expect(tasks[0]?.participants).toEqual(['各街道']);
    expect(tasks[2]?.participants).toEqual(['区财政局']);
  });

  it('groups no row under milestone words', async () => {
    const { tasks } = await read();
    expect(tasks.every((t) => t.path.length === 0)).toBe(true);
  });

  it('takes the rows’ targets as indicators', async () => {
    const { plan } = await read();
    expect(plan.indicators.map((i) => [i.target, i.unit, i.due])).toEqual(
      expect.arrayContaining([
        [12, '个', '2026-12-31'],
        [30, '条', '2026-10-31'],
      ]),
    );
  });
});
