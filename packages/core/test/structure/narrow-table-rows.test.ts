import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const rowsOf = async (text: string) =>
  (await parsePlan({ text })).tasks.map((t) => [t.number, t.text.slice(0, 8), t.lead, t.participants, t.due, t.ongoing]);

describe('a table row on one line with single spaces between cells', () => {
  it('reads the row under its number standing alone on the line above, with a label column and an empty "/" cell', async () => {
    expect(
      await rowsOf(
        [
          '某县卫生城市复审任务分解表',
          '序号 工作指标 工作任务 牵头单位 责任单位 完成时限',
          '一、组织保障',
          '1',
          '组织领导 召开复审动员大会,部署复审工作 县卫健局 县政府办、县财政局等 2025年3月底前',
          '2',
          '经费保障 将复审经费列入年度预算 县财政局 / 2025年6月30日前',
          '二、环境整治',
          '3',
          '市容环境 整治背街小巷20条 县城管局、县住建局 各乡镇、县交通局等 2025年9月',
          '4',
          '病媒防制 开展病媒生物防制,鼠密度达到国家标准 县爱卫办 县疾控中心、各小学等 每季度',
          '',
          '备注:责任单位栏中列“等”的,其他相关单位按职责参与。',
        ].join('\n'),
      ),
    ).toEqual([
      ['1', '召开复审动员大会', ['县卫健局'], ['县政府办', '县财政局'], ['2025-03-31'], false],
      ['2', '将复审经费列入年', ['县财政局'], [], ['2025-06-30'], false],
      ['3', '整治背街小巷20', ['县城管局', '县住建局'], ['各乡镇', '县交通局'], ['2025-09-30'], false],
      ['4', '开展病媒生物防制', ['县爱卫办'], ['县疾控中心', '各小学'], [], true],
    ]);
  });

  it('leaves the participants empty in a row one cell short, and skips the person column', async () => {
    expect(
      await rowsOf(
        [
          '某镇2025年重点工作任务分解表',
          '序号 工作任务 包联领导 责任站所 配合单位 完成时限',
          '1 推进特色小镇项目建设,完成年度投资8000万元 王明 经济发展办公室 东村、西村 2025年12月底',
          '2 完成3家企业安全生产标准化复评 李强 应急管理站 2025年6月底前',
          '3 深化矛盾纠纷排查化解 张伟 司法所 派出所、各村(社区) 长期',
          '镇党政办公室 联系人:赵敏 电话:0000-1234567',
        ].join('\n'),
      ),
    ).toEqual([
      ['1', '推进特色小镇项目', ['经济发展办公室'], ['东村', '西村'], ['2025-12-31'], false],
      ['2', '完成3家企业安全', ['应急管理站'], [], ['2025-06-30'], false],
      ['3', '深化矛盾纠纷排查', ['司法所'], ['派出所', '各村(社区)'], [], true],
    ]);
  });

  it('keeps a sentence with spaces under such a header out of the cells', async () => {
    const rows = await rowsOf(
      [
        '某县2025年重点任务分解表',
        '序号 工作任务 牵头单位 配合单位 完成时限',
        '1 建成县城污水处理厂 县住建局 县生态环境局 2025年10月',
        '2 开展 “文明餐桌” 行动 县商务局 县市场监管局 持续推进',
      ].join('\n'),
    );
    expect(rows).toEqual([
      ['1', '建成县城污水处理', ['县住建局'], ['县生态环境局'], ['2025-10-31'], false],
      ['2', '开展 “文明餐桌', ['县商务局'], ['县市场监管局'], [], true],
    ]);
  });
});

describe('a one-line header with one label of its own', () => {
  it('reads that label as a side column, kept out of the duty', async () => {
    expect(
      await rowsOf(
        [
          '某县2025年城市更新任务分解表',
          '序号 工作任务 考核标准 牵头单位 配合单位 完成时限',
          '1 新建口袋公园5个 按期建成开放 县住建局 县自然资源局 2025年10月底前',
          '2 改造老旧小区8个 居民满意 县住建局 各街道办事处 2025年12月底前',
        ].join('\n'),
      ),
    ).toEqual([
      ['1', '新建口袋公园5个', ['县住建局'], ['县自然资源局'], ['2025-10-31'], false],
      ['2', '改造老旧小区8个', ['县住建局'], ['各街道办事处'], ['2025-12-31'], false],
    ]);
  });
});

describe('a leader column whose two-character names are typeset with a space', () => {
  it('keeps the names out of the duty, also when the duty wraps', async () => {
    const plan = await parsePlan({
      text: [
        '某市2024年重点工作任务分解',
        '序号 重点任务 牵头市领导 牵头单位 配合单位 完成时限',
        '1 实施工业强市行动,新增规上工业企业20户 王 涛 市工信局 各县区政府 2024年12月',
        '2 推进城际铁路前期工作,力争年内开 王 涛 市发展改革委 市交通运输局 2024年12月',
        '工建设',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([
      ['实施工业强市行动,新增规上工业企业20户', ['市工信局'], ['各县区政府']],
      ['推进城际铁路前期工作,力争年内开工建设', ['市发展改革委'], ['市交通运输局']],
    ]);
  });
});

describe('a PDF row whose unit list wraps onto the next line', () => {
  it('puts a unit tail back on the list that filled its column or ends in a separator', async () => {
    expect(
      await rowsOf(
        [
          '某区2025年重点工作任务分解',
          '序号 工作任务 牵头单位 配合单位 完成时限',
          '1 新引进亿元以上产业项目20个,完成工业投 区经委 区投资促进中心、区规划资 2025年12月',
          '资80亿元。 源局',
          '2 推进高新区扩区,新增高新技术企业100家。 区科委 区财政局、区发展改革委 2025年11月',
          '3 深化“一网通办”改革,推出“一件事”重点事 区数据局 区行政服务中心、区政府 持续推进',
          '项20项。 各委办局',
          '4 深入推进健康城区建设,区域医疗中心通过市 区卫生健康委 区医保局、区中心医院、 长期',
          '级评审。 区人民医院',
        ].join('\n'),
      ),
    ).toEqual([
      ['1', '新引进亿元以上产', ['区经委'], ['区投资促进中心', '区规划资源局'], ['2025-12-31'], false],
      ['2', '推进高新区扩区,', ['区科委'], ['区财政局', '区发展改革委'], ['2025-11-30'], false],
      ['3', '深化“一网通办”', ['区数据局'], ['区行政服务中心', '区政府各委办局'], [], true],
      ['4', '深入推进健康城区', ['区卫生健康委'], ['区医保局', '区中心医院', '区人民医院'], [], true],
    ]);
  });
});
