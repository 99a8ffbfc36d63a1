import { describe, expect, it } from 'vitest';
import { closingTimeFrame, findDeadlinePhrases } from '../../src/extract/dates/index.js';
import { fullWidth } from '../support/full-width.js';

const dates = (text: string, year: number | null = 2021) => findDeadlinePhrases(text, year).map((d) => d.date);

describe('findDeadlinePhrases', () => {
  it.each([
    ['6月底之前完成不低于辖区40%总人口的接种覆盖面', ['2021-06-30']],
    // Days listed before one 前 share it.
    ['各单位于6月30日、12月10日前分别报送半年和全年小结', ['2021-06-30', '2021-12-10']],
    // Months listed before one 完成 share it too (extraction.md: "4月、5月" → both), the work done in batches or not.
    ['全镇早稻种植面积稳定在3.2万亩以上,4月、5月分两批完成育秧插秧', ['2021-04-30', '2021-05-31']],
    ['4月、5月完成育秧插秧', ['2021-04-30', '2021-05-31']],
    ['6月分期建成15个服务点', ['2021-06-30']],
    // A month that starts the work in batches sets no deadline.
    ['4月、5月分两批开展育秧', []],
    ['2021年底前,所有基层医疗机构规范设置发热门诊', ['2021-12-31']],
    [fullWidth('2021') + '年底前' + fullWidth(',') + '所有基层医疗机构规范设置发热门诊', ['2021-12-31']],
    [fullWidth('(2019') + '年' + fullWidth('10') + '月底前完成' + fullWidth(')'), ['2019-10-31']],
    ['开展土壤污染状况详查,2018年完成农用地详查工作。', ['2018-12-31']],
    ['到2018年末,全市公众知晓率达到90%以上', ['2018-12-31']],
    ['到2022年,建成省内一流健康城市', ['2022-12-31']],
    ['到 2022 年底,基本建立', ['2022-12-31']],
    ['到2023年底和2030年,分别达到', ['2023-12-31', '2030-12-31']],
    ['截至2020年12月,累计建成', ['2020-12-31']],
    ['年底前完成全部整改', ['2021-12-31']],
    ['年内完成', ['2021-12-31']],
    // A mirror that spaces every character: the digits of a date still read as one number.
    ['全面完成标准化改造,2 0 2 2 年 1 1 月 底 前验收', ['2022-11-30']],
    ['改造1 2 所学校,9 月 底 前完成', ['2021-09-30']],
    ['(2019年10月底前完成)', ['2019-10-31']],
    ['部署启动(2020年6月—7月)。制定方案', ['2020-07-31']],
    ['2022年出台实施办法', ['2022-12-31']],
    ['2025年建成区域医疗中心', ['2025-12-31']],
    ['截止2021年底,完成全部任务', ['2021-12-31']],
    ['12月31日前报送总结', ['2021-12-31']],
    ['2021—2022年完成改造', ['2022-12-31']],
    ['于2022年6月30日前完成', ['2022-06-30']],
    ['2021年度内完成全部改造', ['2021-12-31']],
    ['力争2023年基本实现全覆盖', ['2023-12-31']],
    [fullWidth('3') + '月底前报送', ['2021-03-31']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    '2018年大洼区开展健康促进区试点工作',
    '从2018年起,每年培训二级社会体育指导员超过100人',
    '做好2022年度监测评估',
    '总结2022年工作',
    '《市人民政府办公室关于印发潜江市影响群众健康突出问题“323”攻坚行动方案(2021—2025年)的通知》',
    '《山东省防治慢性病中长期规划(2017-2025年)》要求',
    '攻坚行动方案(2021—2025年)',
    '(潜政办发〔2021〕11号)',
    '(国发〔2019〕13号)',
    '健康中国2030规划纲要',
    '每年3月底前报送上一年度工作总结',
    '将降低剖宫产率工作列为2018年政府责任状考核内容',
    '三年内完成',
    '于2021年3月召开启动会',
    '自2021年1月1日起施行',
    '2021年3月,市政府召开动员会',
  ])('no deadline in: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('gives offsets into the text as written', () => {
    const text = '加快推进,力争' + fullWidth('2022') + '年' + fullWidth('6') + '月底前完成建设';
    const [found] = findDeadlinePhrases(text, 2021);
    if (!found) throw new Error('no deadline found');
    expect(found.date).toBe('2022-06-30');
    expect(text.slice(found.start, found.end)).toBe(found.text);
    expect(found.text).toBe(fullWidth('2022') + '年' + fullWidth('6') + '月底');
  });

  it('needs a plan year for a month without one', () => {
    expect(dates('6月底前完成', null)).toEqual([]);
  });
});

describe('closingTimeFrame', () => {
  it.each([
    ['加强控烟宣传,全年持续推进。', true],
    ['加强控烟宣传' + fullWidth(',') + '全年持续推进。', true],
    ['加强控烟宣传' + fullWidth('(') + '长期坚持' + fullWidth(')'), true],
    ['加强控烟宣传' + fullWidth('(') + '市卫生健康委' + fullWidth(')'), false],
    ['加强控烟宣传(长期坚持)', true],
    ['加强控烟宣传。长期坚持。', true],
    ['加强控烟宣传,持续推进(市卫生健康委)', true],
    ['推进健康城市建设,常态化开展。', true],
    ['加强控烟宣传,2021年起长期坚持。', true],
    ['加強控煙宣傳,全年持續推進。', true],
    ['加强控烟宣传,2021年完成。', false],
    ['持续推进健康细胞培育', false],
    ['组织专家,每年开展一次评估。', false],
    ['每季度组织消杀', false],
    ['并长期坚持开展健康教育', false],
    ['加强控烟宣传(市卫生健康委)', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(closingTimeFrame(text)).toBe(expected);
  });
});

describe('findDeadlinePhrases: a date that describes the thing', () => {
  it('reads no deadline from …年前建成的', () => {
    expect(findDeadlinePhrases('改造1998年前建成的老旧小区20个', 2024)).toEqual([]);
    expect(findDeadlinePhrases('2024年9月前完成老旧小区改造', 2024).map((p) => p.date)).toEqual(['2024-09-30']);
  });
});
