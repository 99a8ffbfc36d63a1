import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { spacesAsCommas } from '../../src/extract/units/cell-lines.js';
import { splitUnitList } from '../../src/extract/units/unit-name.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';

const roles = async (text: string, fileName?: string) => {
  const plan = await parsePlan(fileName ? { fileName, text } : { text });
  return plan.tasks.map((t) => [t.lead, t.participants]);
};

describe('a lead repeated among the responsible units', () => {
  it('names it once, as the lead, when a cell writes 牵头单位 and then 责任单位 with the lead again', async () => {
    const html = [
      '<html><body><p>某县2026年环境卫生工作要点</p><table>',
      '<tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>',
      '<tr><td>1</td><td>开展城乡环境卫生整治,清理卫生死角。</td><td>牵头单位:县住建局<br>责任单位:县住建局、县农业农村局、各乡镇人民政府</td></tr>',
      '<tr><td>2</td><td>推进公共场所控烟,开展执法检查。</td><td>牵头单位:县卫生健康局<br>责任单位:县卫生健康局、县市场监管局</td></tr>',
      '</table></body></html>',
    ].join('');
    expect(await roles(html, 'p.html')).toEqual([
      [['县住建局'], ['县农业农村局', '各乡镇人民政府']],
      [['县卫生健康局'], ['县市场监管局']],
    ]);
  });

  it('names it once when a 牵头单位 column and a 责任单位 column both hold it', async () => {
    const text = [
      '某县2026年乡村健康工作任务分工',
      '序号\t重点任务\t牵头单位\t责任单位',
      '1\t推进乡镇卫生院提质升级\t县卫生健康局\t县卫生健康局、县发展和改革局',
      '2\t新建村级健身场地\t县教育体育局\t县教育体育局、各乡镇人民政府',
    ].join('\n');
    expect(await roles(text)).toEqual([
      [['县卫生健康局'], ['县发展和改革局']],
      [['县教育体育局'], ['各乡镇人民政府']],
    ]);
  });
});

describe('names a labelled slot separates with spaces', () => {
  it('reads each name of a bracketed slot, short department names included', async () => {
    const text = [
      '某局2026年工作要点',
      '1.推进区域医疗中心建设,启动一批新项目。(牵头司局:医政司 参与司局:规划财务司 科技司)',
      '2.深化协同攻关,开展临床协作试点。(牵头司局:医政司 科技司)',
    ].join('\n');
    expect(await roles(text)).toEqual([
      [['医政司'], ['规划财务司', '科技司']],
      [['医政司', '科技司'], []],
    ]);
  });

  it('keeps a wrapped tail and a field label out of the list', () => {
    const dir = defaultUnitDirectory();
    const isList = (line: string) => splitUnitList(line, dir) !== null;
    expect(spacesAsCommas('牵头单位:甲市卫生健康委 配合单位:甲市教育局 甲市体育局', isList)).toBe(
      '牵头单位:甲市卫生健康委配合单位:甲市教育局、甲市体育局',
    );
    expect(spacesAsCommas('某某县人民政府 办公室', isList)).toBe('某某县人民政府办公室');
    expect(spacesAsCommas('某某建设集团 分公司', isList)).toBe('某某建设集团分公司');
  });
});

describe('a rectification ledger written as labelled records', () => {
  it('reads 整改措施 with its 整改责任单位, the (牵头) unit first among spaced names', async () => {
    const text = [
      '某区关于营商环境反馈问题整改台账',
      '问题一:企业开办仍需线下跑动。',
      '整改措施:推动银行开户纳入企业开办平台,实现一次办结。',
      '整改责任单位:区市场监管局(牵头) 区行政审批局 区税务局',
      '整改时限:2026年6月—9月',
      '整改情况:已完成系统对接。',
      '问题二:园区企业招聘难。',
      '整改措施:每季度举办园区专场招聘会。',
      '整改责任单位:区人社局(牵头) 某某园区管委会',
      '整改时限:每季度',
      '整改情况:已举办1场。',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing])).toEqual([
      [['区市场监管局'], ['区行政审批局', '区税务局'], ['2026-09-30'], false],
      [['区人社局'], ['某某园区管委会'], [], true],
    ]);
  });
});

describe('a bare time limit on the line under the unit field', () => {
  it('is the time limit of the item, not the tail of its last unit', async () => {
    const text = [
      '某区2026年优化营商环境重点任务清单',
      '一、提升政务服务',
      '1.推行企业开办一日办结,全流程时间压缩至1个工作日以内。',
      '责任单位:区市场监管局(牵头)、区政务服务局、区税务局',
      '2026年6月底前',
      '2.落实公平竞争审查制度,开展审查。',
      '责任单位:区市场监管局(牵头)、区司法局',
      '持续推进',
      '3.推进工程建设项目联合验收。',
      '责任单位:区住房城乡建设委(牵头)、区规划分局',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.due, t.ongoing])).toEqual([
      [['区市场监管局'], ['区政务服务局', '区税务局'], ['2026-06-30'], false],
      [['区市场监管局'], ['区司法局'], [], true],
      [['区住房城乡建设委'], ['区规划分局'], [], false],
    ]);
  });
});

describe('a 责任单位 slot with more than a plain list', () => {
  it('reads the units before a note after their full stop, and verbs with a time-limit field after them', async () => {
    const text = [
      '某区2026年乡村振兴重点任务分工方案',
      '一、粮食安全',
      '(一)稳定粮食生产。全年播种面积稳定在100万亩以上。〔责任单位:区农业农村局、区财政局按职责分工负责。具体任务均涉及各乡镇人民政府,不再列出,下同。〕',
      '(二)提升医疗服务能力。推进医共体建设。〔责任单位:区卫生健康局牵头,区医保局配合;完成时限:2026年11月底前〕',
      '(三)开展病媒生物防制。集中开展灭鼠灭蟑。(责任单位:区爱卫办、区疾控中心;各乡镇、街道配合)',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.lead, t.participants, t.separateLeads, t.due])).toEqual([
      [['区农业农村局', '区财政局'], [], true, []],
      [['区卫生健康局'], ['区医保局'], false, ['2026-11-30']],
      [['区爱卫办', '区疾控中心'], ['各乡镇', '街道'], false, []],
    ]);
  });

  it('keeps 各乡(镇) and a bare kind after a 各 group as units', () => {
    const dir = defaultUnitDirectory();
    expect(splitUnitList('区统计局、各乡(镇)', dir)).toEqual(['区统计局', '各乡(镇)']);
    expect(splitUnitList('各苏木镇、街道', dir)).toEqual(['各苏木镇', '街道']);
    expect(splitUnitList('区卫生健康委、街道', dir)).toBeNull();
    expect(splitUnitList('某某医学会等提供技术支持', dir)).toEqual(['某某医学会']);
  });
});
