import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { sendsPlanWithRequests } from '../../src/extract/structure/notice-requests.js';

// Invented wording: a covering notice whose attached plan is not in the text, and a notice that is the plan itself.
const COVERING = [
  '某县人民政府办公室关于印发2026年县重点工作责任分解方案的通知',
  '各乡镇人民政府,县直各部门:',
  '《2026年县重点工作责任分解方案》已经县政府同意,现印发给你们,并就有关事项通知如下:',
  '一、加强组织领导。各责任单位要把分解任务列入重要议事日程,主要负责同志亲自抓。',
  '二、按时报送进展。各牵头单位于每季度末将推进情况报县政府办公室。',
  '某县人民政府办公室',
  '2026年2月3日',
];

const SELF = [
  '某县人民政府办公室关于做好2026年春季植树工作的通知',
  '各乡镇人民政府,县直各部门:',
  '为做好今年春季植树工作,现就有关事项通知如下:',
  '一、扩大造林面积。全县完成人工造林1.2万亩。(县林业局牵头)',
  '二、加强苗木保障。县林业局做好苗木调度。',
  '某县人民政府办公室',
  '2026年2月3日',
];

describe('a covering notice whose plan is not in the text', () => {
  it('recognises the sentence that sends a plan and announces requests', () => {
    expect(sendsPlanWithRequests('现将《某方案》印发给你们,请结合以下要求认真贯彻执行。')).toBe(true);
    expect(sendsPlanWithRequests('现将任务分解给你们,请抓好落实。有关事项通知如下:')).toBe(true);
    expect(sendsPlanWithRequests('现将《某方案》印发给你们,请认真贯彻执行。')).toBe(false);
    expect(sendsPlanWithRequests('现就有关事项通知如下:')).toBe(false);
  });

  it('gives no tasks for the notice requests', async () => {
    expect((await parsePlan({ text: COVERING.join('\n') })).tasks).toEqual([]);
  });

  it('keeps the items of a notice that is itself the plan', async () => {
    expect((await parsePlan({ text: SELF.join('\n') })).tasks.map((t) => t.number)).toEqual(['一', '二']);
  });

  it('keeps the plan that follows the notice under its own heading', async () => {
    const plan = await parsePlan({
      text: [...COVERING, '2026年县重点工作责任分解方案', '1.推进城区道路改造,年底前完成。(县住建局牵头)'].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([['1', ['县住建局']]]);
  });
});
