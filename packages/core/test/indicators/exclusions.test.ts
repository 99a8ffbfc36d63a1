import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2022, annual: true, line: 1 };
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: numbers that are not targets', () => {
  it.each([
    ['years and dates', '2022年3月15日召开推进会,2023—2025年分三年实施,自2022年起施行。'],
    ['document numbers', '按照《关于印发健康城市建设方案的通知》(市政办发〔2022〕17号)要求执行。'],
    ['programme and slogan names in quotes', '深入实施“323”攻坚行动,推广“三减三健”,打造“15分钟健身圈”,落实“3+2+1”模式。'],
    ['programme names without quotes', '开通12320热线,推进健康中国2030建设,贯彻十四五规划,开展八五普法。'],
    ['pollutant and disease names', '加强PM2.5治理,做好2型糖尿病患者健康管理。'],
    ['ages that define a population', '为65岁以上老年人提供体检,35岁以上人群首诊测血压,做好0—6岁儿童健康管理。'],
    ['ages after 及以上', '65岁及以上老年人纳入签约服务。'],
    ['hospital and administrative levels', '二级以上医院设立预防保健科,健全县乡村三级网络。'],
    ['ordinals and anniversaries', '办好第七届健康运动会,组织第二十二个宣传月活动,庆祝建党100周年。'],
    ['counts that define a group', '聚焦8类重点人群、3类重大疾病,建设两大救治中心,组建四大医疗集团。'],
    ['Chinese numerals without a construction verb', '做好白家村、北窑村两个试点,确保三项指标逐年下降,落实五项制度。'],
    ['non-numeric targets', '健康素养水平逐步提高,死亡率持续下降,实现全覆盖,群众满意度明显提升。'],
    ['a time span that names a programme', '努力提高15分钟健身圈的覆盖率,完善24小时值班制度。'],
    ['ranges', '每年安排3至5个试点,每周锻炼3-5次。'],
    ['item numbers and attachments', '1.加强组织领导。附件2:任务分工表'],
    ['statements of the present', '全市现有医疗机构1200家,床位8000张。截至2021年底,居民健康素养水平为20.1%。'],
    ['the scope the work covers', '在全市16个乡镇全面推开,组织辖区内3家医院参与。'],
    ['procedure time limits', '突发事件2小时内报告,2个工作日内反馈,24小时值守。'],
    ['shares and staffing norms', '考核结果占年度考核分值的5%,按照每千名学生配备1名校医的标准配齐人员。'],
    ['the per-capita base of a rate', '按每千人口配置床位。'],
    ['counts in an inspection report', '共检查单位56家,发现问题213个,已整改180个,整改率84.5%。'],
    ['kinds that define a group even after a verb', '在完成8类重点人群接种的基础上,针对2种基础疾病开展筛查。'],
    ['bare values with nothing they measure (table cells read as prose)', '≥22\n90%\n14.18'],
    ['rankings', '综合排名进入全省前10名。'],
    ['page furniture counts', '发布时间:2023-03-09 阅读:205次 浏览次数:1,203次'],
    ['a unit label in brackets', '孕产妇死亡率(1/10万)'],
    [
      'a look back at the last plan period',
      '“十三五”期间,全市人均预期寿命由77.2岁提高到78.6岁,孕产妇死亡率下降到12.5/10万。近年来新建社区卫生服务中心12个。',
    ],
    ['achievements in a past year of the plan', '2020年,全市居民健康素养水平达到20.5%,较2015年提高了8个百分点。'],
    ['a date after a target, spaced by OCR', '9 月30 日前完成年度体检任务'],
    ['a count of the names just listed', '2024年在南昌、赣州、九江3个设区市启动试点。'],
    ['letters glued to numbers', '建设5G智慧医院和P3实验室。'],
  ])('%s', (_label, text) => {
    expect(targets(text)).toEqual([]);
  });

  it('keeps the target next to an excluded population age', () => {
    expect(targets('65岁及以上老年人健康管理率达到70%以上,0—6岁儿童健康管理率达到90%。')).toEqual(['70%', '90%']);
  });

  it('keeps targets for the plan year and the coming period', () => {
    expect(targets('2022年,全市居民健康素养水平达到25%。“十四五”期间,全市新增托位5000个。')).toEqual(['25%', '5000个']);
  });

  it('keeps targets whose words merely contain a status word', () => {
    expect(
      targets('已婚育龄妇女孕前优生健康检查覆盖率达到80%,癌症早期发现率达到60%,案件查处率达到100%,现有公共厕所改造率达到100%。'),
    ).toEqual(['80%', '60%', '100%', '100%']);
  });

  it('keeps a count of things to build after a list', () => {
    expect(targets('建设健康主题公园、健康步道2处。')).toEqual(['2处']);
    // The verb may follow the place or group the sentence opens on.
    expect(targets('每个乡镇建成书屋、球场、舞台3个文体活动点。')).toEqual(['3个']);
  });

  it('keeps a count after a verb that governs the scope', () => {
    expect(targets('6月底前完成全市80家医疗机构的院感专项检查。')).toEqual(['80家']);
  });

  it('keeps a target written after a statement of the present when the sentence turns to the future', () => {
    expect(targets('目前全市健康步道总长80公里,力争新增健康步道20公里。')).toEqual(['20公里']);
  });
});
