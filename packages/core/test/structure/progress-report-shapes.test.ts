import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// Invented wording: reports of progress that set no forward work, beside a bulletin that does.
const BULLETIN = [
  '关于县政府第五次常务会议议定事项落实情况的通报',
  '各镇人民政府,县直各部门:',
  '一、总体情况',
  '第五次常务会议议定事项共15件,截至6月底,已办结9件,正在办理6件。',
  '二、工作要求',
  '议定的15件事项中,6件正在办理,其中第3、7件进展滞后,请责任单位加快进度,县政府督查室将适时开展回头看。',
  '县政府督查室',
  '2026年7月2日',
].join('\n');

const RECTIFIED = [
  '关于环保督察反馈问题整改情况的公示',
  '整改目标:压实整改责任,健全长效机制。',
  '整改完成情况:',
  '1、镇党委政府每月召开整改推进会,逐项压实责任。',
  '2、建立月调度、季通报制度,及时协调解决难题。',
  '特此公示!',
  '某镇人民政府',
  '2026年5月8日',
].join('\n');

describe('progress reports', () => {
  it('gives no task for a closing paragraph of advice and no target for progress counts', async () => {
    const plan = await parsePlan({ text: BULLETIN });
    expect(plan.tasks).toEqual([]);
    expect(plan.indicators).toEqual([]);
  });

  it('gives no tasks for measures listed under 整改完成情况', async () => {
    expect((await parsePlan({ text: RECTIFIED })).tasks).toEqual([]);
  });

  it('keeps numbered requirements of a bulletin that sets forward work', async () => {
    const text = BULLETIN.replace(
      /二、工作要求\n[^\n]+/,
      '二、工作要求\n(一)各责任单位要对滞后事项制定整改措施,7月15日前报县政府督查室。\n(二)县政府督查室对滞后事项实行挂牌督办(责任单位:县政府督查室)。',
    );
    expect((await parsePlan({ text })).tasks.map((t) => t.number)).toEqual(['(一)', '(二)']);
  });
});
