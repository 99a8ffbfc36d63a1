import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { isFindingsHeading } from '../../src/extract/structure/headings.js';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';

// An inspection bulletin in our own words: findings first, then the rectification duties.
const BULLETIN = [
  '青山县人民政府',
  '首页 > 政务公开 > 督查督办',
  '青山县2025年春季环境整治督查情况通报',
  '各镇人民政府,县直各单位:',
  '    4月中旬,县整治办对全县9个镇、40个点位开展了督查,现将有关情况通报如下。',
  '一、总体情况',
  '    40个点位中,达标31个,基本达标6个,不达标3个。',
  '二、存在的问题',
  '    一是5处垃圾中转站清运不及时;二是2个集贸市场占道经营反弹。',
  '三、整改要求',
  '    1.对5处垃圾中转站落实日产日清,5月10日前整改到位(责任单位:县城管局)。',
  '    2.规范集贸市场经营秩序,新增临时摊位80个(责任单位:县市场监管局,配合单位:各镇人民政府)。',
  '青山县环境整治办公室',
  '2025年4月25日',
].join('\n');

describe('inspection bulletins', () => {
  it.each(['一、总体情况', '二、存在的问题', '(一)督查排名', '工作亮点'])('%s heads a section of findings', (h) => {
    expect(isFindingsHeading(h)).toBe(true);
  });
  it.each(['三、整改要求', '二、重点任务', '(三)解决群众急难愁盼问题'])('%s does not', (h) => {
    expect(isFindingsHeading(h)).toBe(false);
  });

  it('reads the rectification items as tasks and no findings as tasks or targets', async () => {
    const plan = await parsePlan({ text: BULLETIN });
    expect(plan.tasks.map((t) => [t.kind, t.lead, t.participants, t.due])).toEqual([
      ['task', ['县城管局'], [], ['2025-05-10']],
      ['task', ['县市场监管局'], ['各镇人民政府'], []],
    ]);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[80, '个']]);
  });

  it('a breadcrumb ending in a site section (督查督办) does not make the items safeguards', async () => {
    const plan = await parsePlan({ text: BULLETIN });
    expect(plan.tasks.every((t) => t.kind === 'task')).toBe(true);
  });
});

describe('in a bulletin or a rectification ledger, a count after 对 names the problems the work is done to', () => {
  const ctx = { planYear: 2025, annual: true, line: 1, findings: true };
  it.each(['对全县14个乡镇开展交叉检查', '对园区30家企业开展安全体检', '对排查出的12处隐患建立台账'])('%s holds no target', (text) => {
    expect(extractIndicators(text, 0, ctx)).toEqual([]);
  });
  it.each([
    ['培训乡村医生120名', 120],
    ['对接重点企业不少于50家', 50],
  ])('%s still does', (text, target) => {
    expect(extractIndicators(text, 0, ctx).map((i) => i.target)).toEqual([target]);
  });
  it('in a plan, a count after 对 stays a target (对3个集市实施改造)', () => {
    expect(extractIndicators('对城区3个集市实施提升改造', 0, { ...ctx, findings: false }).map((i) => i.target)).toEqual([3]);
  });
});
