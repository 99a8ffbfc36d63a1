import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { classifyHeading, isFindingsHeading } from '../../src/extract/structure/headings.js';

describe('a section label run onto its paragraph', () => {
  it('classifies the label before the space', () => {
    expect(classifyHeading('工作要求 各成员单位要明确联络员,每季度末报送进展。')).toBe('safeguard');
    expect(classifyHeading('工作目标 全区吸烟率控制在20%以下。')).toBe('preamble');
    expect(classifyHeading('加强控烟宣传 开展进社区活动。')).toBeNull();
  });

  it('makes the run-on 工作要求 paragraph a safeguard and the run-on 工作目标 no task', async () => {
    const plan = await parsePlan({
      text: [
        '某区2026年控烟工作要点',
        '一、工作目标 全区15岁以上人群吸烟率控制在20%以下。',
        '二、重点工作',
        '(一)深化无烟环境建设。新建无烟家庭示范户500户。(区卫生健康委)',
        '三、工作要求 各成员单位要明确控烟工作联络员,于每季度末将工作开展情况报区爱卫办。',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.kind, t.text.slice(0, 6)])).toEqual([
      ['task', '深化无烟环境'],
      ['safeguard', '工作要求 各'],
    ]);
  });
});

describe('a duty that ends in a findings word', () => {
  it('is no findings heading when it is a clause list', () => {
    expect(isFindingsHeading('开展环境卫生月度评比,每月通报乡镇街道排名情况。')).toBe(false);
    expect(isFindingsHeading('督查排名情况')).toBe(true);
  });
});

describe('deadline cells and labels', () => {
  it('places a cell typed just short of its column in that column when the row sits left of its header', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年妇幼健康重点工作任务分解',
        '序号  重点任务                                          牵头          配合                        完成',
        '                                                        单位          单位                        时限',
        '1     完成宫颈癌和乳腺癌检查8000人                   县妇幼保健院  各乡镇卫生院                2026年10月',
        '2     建成儿童早期发展示范基地                       县妇幼保健院                              2026年8月',
        '3     开展岗位培训不少于200人次                      妇幼健康股    县妇幼保健院                2026年9月',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.participants, t.due])).toEqual([
      [['各乡镇卫生院'], ['2026-10-31']],
      [[], ['2026-08-31']],
      [['县妇幼保健院'], ['2026-09-30']],
    ]);
  });

  it('reads a 完成时限 label written after the closing bracket on the same line', async () => {
    const plan = await parsePlan({
      text: [
        '某县2026年老年健康促进行动实施方案',
        '一、重点任务',
        '1.建设老年医学科。县医院建成老年医学科。(牵头单位:县卫生健康委;配合单位:县医院)完成时限:2026年12月。',
        '2.落实护理保险政策。(牵头单位:县医保局)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.lead, t.due])).toEqual([
      [['县卫生健康委'], ['2026-12-31']],
      [['县医保局'], []],
    ]);
  });
});
