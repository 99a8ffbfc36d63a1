import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rolesOf = async (text: string) =>
  (await parsePlan({ text })).tasks.map((t) => ({ lead: t.lead, participants: t.participants, due: t.due }));

describe('role and time-limit lines whose scope is a group of items', () => {
  it('a bracketed role line under a heading covers the items beneath it, and a closing time-limit line all of them', async () => {
    const text = [
      '某县2025年文旅消费提升任务清单',
      '一、丰富夜间消费场景',
      '(主体责任单位:县文旅局;协同单位:县商务局、各镇人民政府)',
      '1.打造夜市街区2条。',
      '2.举办周末市集活动。',
      '以上任务完成时限:2025年10月底前。',
      '二、提升服务质量',
      '3.开展导游技能培训。(主体责任单位:县人社局)',
    ].join('\n');
    const both = { lead: ['县文旅局'], participants: ['县商务局', '各镇人民政府'], due: ['2025-10-31'] };
    expect(await rolesOf(text)).toEqual([both, both, { lead: ['县人社局'], participants: [], due: [] }]);
  });

  it('a role line after the last item of a group that names nobody else covers the whole group', async () => {
    const text = [
      '某市2025年儿童健康促进工作方案',
      '二、主要任务',
      '(一)加强校园健康服务',
      '1.为中小学配备校医。',
      '2.开展学生视力和口腔筛查。',
      '责任单位:市教育局、市卫生健康委',
      '(二)改善儿童活动空间',
      '3.新建儿童友好公园3个。',
      '4.改造社区儿童游乐设施。(市城管局负责)',
    ].join('\n');
    const school = { lead: ['市教育局'], participants: ['市卫生健康委'], due: [] };
    expect(await rolesOf(text)).toEqual([
      school,
      school,
      { lead: [], participants: [], due: [] },
      { lead: ['市城管局'], participants: [], due: [] },
    ]);
  });

  it('a role line of the last item stays its own when the other items name their units', async () => {
    const text = [
      '某市2025年儿童健康促进工作方案',
      '(一)加强校园健康服务',
      '1.为中小学配备校医。(市教育局负责)',
      '2.开展学生视力和口腔筛查。',
      '责任单位:市卫生健康委',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['市教育局'], participants: [], due: [] },
      { lead: ['市卫生健康委'], participants: [], due: [] },
    ]);
  });
});
