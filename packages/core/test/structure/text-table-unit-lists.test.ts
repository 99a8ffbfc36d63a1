import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rolesOf = async (text: string) =>
  (await parsePlan({ text })).tasks.map((t) => ({ lead: t.lead, participants: t.participants, due: t.due }));

describe('text tables: several units in one cell, separated by spaces', () => {
  it('keeps a space-separated unit list under its aligned unit column', async () => {
    const text = [
      '某县2025年农村人居环境整治任务表',
      '序号  重点任务                  牵头单位      配合单位                  完成时限',
      '1     整治村内沟渠20条          县水务局      县农业农村局  各镇        2025年6月',
      '2     新建公厕15座              县住建局      县财政局                  2025年9月',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['县水务局'], participants: ['县农业农村局', '各镇'], due: ['2025-06-30'] },
      { lead: ['县住建局'], participants: ['县财政局'], due: ['2025-09-30'] },
    ]);
  });

  it('gives the surplus unit cells of a row that is not aligned to the last unit column', async () => {
    // Columns typed by eye: the rows do not line up under the header, so cells are read in order.
    const text = [
      '某县2025年便民服务任务表',
      '序号  服务事项    牵头单位    责任单位    时间要求',
      '1  延长政务大厅周末服务时间  县行政审批局  县司法局  2025年3月',
      '2  增设社区快递驿站12处  县邮政管理局  青石镇人民政府    白沙镇人民政府  2025年10月',
      '3  开通夜间便民门诊  县卫生健康局  县医疗保障局  2025年6月',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['县行政审批局'], participants: ['县司法局'], due: ['2025-03-31'] },
      { lead: ['县邮政管理局'], participants: ['青石镇人民政府', '白沙镇人民政府'], due: ['2025-10-31'] },
      { lead: ['县卫生健康局'], participants: ['县医疗保障局'], due: ['2025-06-30'] },
    ]);
  });
});

describe('pipe tables: a row that lost an empty cell before the deadline column', () => {
  it('puts the deadline back under its column when progress columns follow it', async () => {
    const text = [
      '某市2025年一季度重点工作推进表',
      '| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 | 1月进展 | 2月进展 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      '| 1 | 上线企业开办一网通办平台 | 市数据局 | 市市场监管局 | 2025年4月 | 已招标 | 已部署 |',
      '| 2 | 压减工程项目审批环节 | 市住建局 | 2025年5月 | 已摸底 | 已起草 |',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['市数据局'], participants: ['市市场监管局'], due: ['2025-04-30'] },
      { lead: ['市住建局'], participants: [], due: ['2025-05-31'] },
    ]);
  });
});

describe('text tables: a unit cell wrapped onto the next line', () => {
  it('reads a unit of its own on the wrapped line as the next unit of the list', async () => {
    const text = [
      '某县2025年城市管理提升任务表',
      '序号  工作任务                牵头单位        协同单位              完成时限',
      '1     整治占道经营点位30处    县城管局        县市场监管局          2025年5月',
      '2     修复破损人行道8公里     县住建局        县交通运输局',
      '                                              东城街道办事处        2025年8月',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['县城管局'], participants: ['县市场监管局'], due: ['2025-05-31'] },
      { lead: ['县住建局'], participants: ['县交通运输局', '东城街道办事处'], due: ['2025-08-31'] },
    ]);
  });

  it('keeps a sub-unit wrapped under its parent as one name', async () => {
    const text = [
      '某区2025年道路安全任务表',
      '序号  工作任务                牵头单位        配合单位              完成时限',
      '1     增设学校周边减速带      区交通运输局    区公安分局            2025年4月',
      '                                              巡逻大队',
      '2     更新路口信号灯12处      区住建局        区公安分局            2025年6月',
    ].join('\n');
    expect((await rolesOf(text))[0]?.participants).toEqual(['区公安分局巡逻大队']);
  });

  it('joins a tab row whose number and duty cells are empty to the row above', async () => {
    const text = [
      '某县2025年农产品流通任务表',
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'].join('\t'),
      ['1', '建设乡镇农产品集散点3个', '县商务局', '', '2025年10月'].join('\t'),
      ['', '', '', '县供销社', ''].join('\t'),
      ['2', '培训农村电商带头人200名', '县人社局', '县商务局', '2025年11月'].join('\t'),
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['县商务局'], participants: ['县供销社'], due: ['2025-10-31'] },
      { lead: ['县人社局'], participants: ['县商务局'], due: ['2025-11-30'] },
    ]);
  });
});

describe('text tables: rows shifted by curly quotes, units wrapped after a separator', () => {
  it('reads a unit starting just short of the next column as that column, not as one more unit', async () => {
    // The quotes “” are one column wide, so everything after them sits two columns left per pair.
    const text = [
      '某市2025年数字政务任务表',
      '序号  重点任务                          主体单位          配合单位          完成时限',
      '1     推进“一网通办”“一网统管”          市数据局      市政务服务中心    2025年6月',
      '2     建设城市运行管理平台              市城管局          市住建局          2025年9月',
    ].join('\n');
    expect(await rolesOf(text)).toEqual([
      { lead: ['市数据局'], participants: ['市政务服务中心'], due: ['2025-06-30'] },
      { lead: ['市城管局'], participants: ['市住建局'], due: ['2025-09-30'] },
    ]);
  });

  it('does not double the separator when a wrapped unit list already ends in one', async () => {
    const text = [
      '某县2025年水利任务表',
      '序号  重点任务                牵头单位        配合单位              完成时限',
      '1     加固病险水库3座         县水利局        县财政局、            2025年5月',
      '                                              县应急局',
      '2     疏浚河道12公里          县水利局        县自然资源局          2025年8月',
    ].join('\n');
    expect((await rolesOf(text))[0]).toEqual({ lead: ['县水利局'], participants: ['县财政局', '县应急局'], due: ['2025-05-31'] });
  });
});
