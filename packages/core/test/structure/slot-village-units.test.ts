import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { slotUnitsWithVillages } from '../../src/extract/units/slot-villages.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const dir = defaultUnitDirectory();

describe('villages named in a labelled role slot', () => {
  it('reads them as units of the slot, beside other units', async () => {
    const plan = await parsePlan({
      text: [
        '某镇2024年春季农业生产工作安排',
        '1.开展沟渠清淤,4月15日前完成主要灌溉渠道清淤25公里。(责任单位:镇水利站;配合单位:东湖村、团洲村、新建村)',
        '2.修复田间道路8公里。(牵头单位:镇农业综合服务中心;配合单位:镇财政所、红旗村)',
        '3.建设村级文化广场2个。(责任单位:镇文化站;配合单位:各村(社区))',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['镇水利站'], ['东湖村', '团洲村', '新建村']],
      [['镇农业综合服务中心'], ['镇财政所', '红旗村']],
      [['镇文化站'], ['各村(社区)']],
    ]);
  });

  it('refuses kinds of village and words that are not units', () => {
    expect(slotUnitsWithVillages('东湖村、团洲村', dir)).toEqual(['东湖村', '团洲村']);
    expect(slotUnitsWithVillages('行政村、示范村', dir)).toBeNull();
    expect(slotUnitsWithVillages('美丽乡村', dir)).toBeNull();
    expect(slotUnitsWithVillages('东湖村、做好清淤', dir)).toBeNull();
    // No village in it: the name test alone decides, as before.
    expect(slotUnitsWithVillages('镇水利站', dir)).toBeNull();
  });

  it('does not read a village as an owner outside a labelled slot', async () => {
    const plan = await parsePlan({
      text: ['某镇2024年人居环境整治安排', '1.整治沿河乱堆乱放,清理垃圾杂物。(东湖村)'].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[[], []]]);
  });
});
