import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a tab table whose duty cell wrapped onto a line that opens with a tab', () => {
  it('joins the two lines back into one row', async () => {
    const plan = await parsePlan({
      text: [
        '某县2023年慢病防治工作任务清单',
        '序号\t任务内容\t责任单位\t完成时限',
        '1\t完善县级胸痛中心建设,通过国家标准版认证\t县人民医院、县卫健委\t2023年10月底',
        '2\t落实“两病”门诊用药保障政策',
        '\t县医保局、县卫健委\t2023年6月底',
        '3\t推进孕前优生健康检查和新生儿疾病筛查,',
        '\t新生儿疾病筛查率达到98%以上\t县妇幼保健院、县卫健委\t2023年12月底',
        '4\t开展儿童青少年近视防控,建立视力健康档案\t县教科体局\t每学期',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.text, t.lead, t.participants, t.due])).toEqual([
      ['1', '完善县级胸痛中心建设,通过国家标准版认证', ['县人民医院'], ['县卫健委'], ['2023-10-31']],
      ['2', '落实“两病”门诊用药保障政策', ['县医保局'], ['县卫健委'], ['2023-06-30']],
      ['3', '推进孕前优生健康检查和新生儿疾病筛查,新生儿疾病筛查率达到98%以上', ['县妇幼保健院'], ['县卫健委'], ['2023-12-31']],
      ['4', '开展儿童青少年近视防控,建立视力健康档案', ['县教科体局'], [], []],
    ]);
  });
});

describe('a tab table whose duty cell wrapped onto a line that opens with its tail', () => {
  it('joins the tail to the duty and the rest of the line to the row', async () => {
    const plan = await parsePlan({
      text: [
        '某区2026年健康城市建设任务分解',
        '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
        '1\t建成健康步道3条\t区住建局\t区卫健局\t2026年10月底',
        '2\t推动学校食堂开展减油行动,建成示范',
        '食堂12家\t区教育局\t区市场监管局\t2026年11月底',
        '3\t开展老年人健康体检\t区卫健局\t各街道\t2026年9月底',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.text, t.lead, t.participants, t.due])).toEqual([
      ['1', '建成健康步道3条', ['区住建局'], ['区卫健局'], ['2026-10-31']],
      ['2', '推动学校食堂开展减油行动,建成示范食堂12家', ['区教育局'], ['区市场监管局'], ['2026-11-30']],
      ['3', '开展老年人健康体检', ['区卫健局'], ['各街道'], ['2026-09-30']],
    ]);
  });
});
