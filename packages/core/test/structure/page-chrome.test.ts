import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { isBodyTerminator } from '../../src/extract/structure/lines.js';

describe('a bracketed note about the page on a line of its own', () => {
  it('ends the body, so the last unit of a labelled field does not swallow it', async () => {
    expect(isBodyTerminator('(本页内容为节选,完整清单见附件下载)')).toBe(true);
    expect(isBodyTerminator('(以上为节选)')).toBe(true);
    expect(isBodyTerminator('(以上任务2025年底前完成)')).toBe(false);
    const text = [
      '某县2025年慢病防治工作任务清单',
      '一、重点任务',
      '1.将骨密度检测纳入老年人健康体检。',
      '牵头单位:县卫生健康局',
      '配合单位:县医保局、县民政局',
      '(本页内容为节选,完整清单见附件下载)',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => t.participants)).toEqual([['县医保局', '县民政局']]);
  });
});

describe('site chrome after the last item', () => {
  it('recognises a footer with the hosting office and a phone number, and a paywall note', () => {
    expect(isBodyTerminator('青溪县人民政府办公室主办  联系电话:0571-6502xxxx')).toBe(true);
    expect(isBodyTerminator('主办单位:青溪县卫生健康局 地址:青溪县文昌路8号')).toBe(true);
    expect(isBodyTerminator('【以下内容已隐藏,登录后阅读全文】')).toBe(true);
    expect(isBodyTerminator('Copyright © 2024 青溪县人民政府 浙公网安备 33010202000xxx号')).toBe(true);
    expect(isBodyTerminator('3.开展健康讲座(县卫健局主办,县科协承办)。')).toBe(false);
  });

  it('keeps the footer out of the last task, so its closing time frame still reads as ongoing', async () => {
    const text = [
      '青溪县2024年卫生健康工作要点',
      '一、重点工作',
      '1.推进医共体建设。完善县域医共体运行机制,2024年6月底前完成考核办法修订。[责任单位:县卫健局、县医保局]',
      '2.加强医疗质量管理。落实医疗质量安全核心制度,全年持续推进。[责任单位:县卫健局]',
      '扫一扫在手机打开当前页',
      '青溪县人民政府办公室主办 联系电话:0571-6502xxxx',
    ].join('\n');
    const plan = await parsePlan({ text });
    const last = plan.tasks.at(-1);
    expect(last?.text).not.toContain('联系电话');
    expect(last?.ongoing).toBe(true);
  });

  it('ends the body at a row of page buttons, so a 主办/承办 site credit after it names no unit', async () => {
    expect(isBodyTerminator('【打印本页】 【关闭窗口】')).toBe(true);
    const text = [
      '青溪县2024年营商环境工作清单',
      '1.压缩办电时间。小微企业接电不超过5个工作日。【牵头单位】县发展改革局【配合单位】县供电公司',
      '【打印本页】 【关闭窗口】',
      '主办单位:青溪县人民政府办公室  承办单位:青溪县大数据中心',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[['县发展改革局'], ['县供电公司']]]);
  });
});

describe('running headers of a PDF text copy', () => {
  it('drops a header that shortens the title, so the item cut by the page break stays whole', async () => {
    const text = [
      '梅岭区全民健康素养提升行动方案(2024—2025年)',
      '一、重点任务',
      '1.开展健康科普进家庭活动。组织家庭医生团队入户宣讲,覆盖',
      '— 2 —',
      '梅岭区全民健康素养提升行动方案',
      '辖区全部重点人群,2024年9月底前完成(区卫健局牵头,各街道配合)。',
      '2.建设健康教育基地。建成区级健康教育基地1个(区卫健局负责)。',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([
      ['1', ['区卫健局'], ['2024-09-30']],
      ['2', ['区卫健局'], []],
    ]);
  });

  it('drops a title footer that sits above the page number, and a masthead repeated on each page', async () => {
    const text = [
      '梅岭区卫生健康局文件',
      '梅岭区2024年卫生应急工作要点',
      '一、重点工作',
      '1.完善应急预案体系。修订突发公共卫生事件应急预案,',
      '梅岭区2024年卫生应急工作要点',
      '— 1 —',
      '梅岭区卫生健康局文件',
      '2024年6月底前完成(区卫健局负责)。',
      '2.加强应急队伍建设。开展卫生应急演练不少于2次(区疾控中心负责)。',
      '梅岭区2024年卫生应急工作要点',
      '— 2 —',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.due])).toEqual([
      ['1', ['区卫健局'], ['2024-06-30']],
      ['2', ['区疾控中心'], []],
    ]);
    expect(plan.tasks[0]?.text).not.toContain('文件');
  });

  it('keeps the plan heading that follows its covering notice on a new page', async () => {
    const text = [
      '梅岭区卫生健康局关于印发梅岭区2024年卫生应急工作要点的通知',
      '各街道社区卫生服务中心:',
      '一、请各单位结合实际抓好落实。',
      '二、请于12月10日前报送年度总结。',
      '梅岭区卫生健康局',
      '2024年3月1日',
      '— 1 —',
      '梅岭区2024年卫生应急工作要点',
      '一、重点工作',
      '1.完善应急预案体系。修订突发公共卫生事件应急预案(区卫健局负责)。',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => t.title)).toEqual(['完善应急预案体系']);
  });
});
