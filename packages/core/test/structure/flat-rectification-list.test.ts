import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';

/**
 * A 整改清单 copied one cell per line: a township as the second unit cell right above a full date (the shape of a
 * signature), an 事项 named after an institution, and "立行立改" as a time limit; the real signature follows.
 */
const doc = [
  '附件:滞后事项整改清单',
  '序号',
  '滞后事项',
  '整改措施',
  '责任单位',
  '整改时限',
  '1',
  '东河幼儿园建设',
  '完善室外配套工程,完成消防验收',
  '县教育局',
  '东河镇',
  '2026年8月31日',
  '2',
  '社区养老服务站',
  '完成6个站点设备采购和运营主体招募',
  '县民政局',
  '2026年9月底',
  '3',
  '基层应急广播',
  '完成剩余43个村应急广播终端安装调试',
  '县文化广播电视和旅游局',
  '县应急管理局',
  '立行立改',
  '东河县人民政府督查室',
  '2026年7月13日',
].join('\n');

describe('flattened 整改清单', () => {
  it('reads every row with its units and time limit, and stops at the signature', async () => {
    const plan = await parsePlan({ text: doc });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['县教育局'], ['东河镇'], ['2026-08-31']],
      ['2', ['县民政局'], [], ['2026-09-30']],
      ['3', ['县文化广播电视和旅游局'], ['县应急管理局'], []],
    ]);
    expect(plan.tasks[1]?.text).toContain('社区养老服务站');
    expect(plan.tasks[2]?.text).not.toContain('督查室');
  });
});
