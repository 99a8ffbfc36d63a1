import { describe, expect, it } from 'vitest';
import { extractIndicators, type ExtractedIndicator, type IndicatorContext } from '@duban/core';

const plain: IndicatorContext = { planYear: 2023, annual: false, line: 1 };
const annual: IndicatorContext = { planYear: 2019, annual: true, line: 1 };

type Want = Partial<Pick<ExtractedIndicator, 'target' | 'baseline' | 'unit' | 'comparator' | 'due' | 'name'>>;

/** Extracts from one sentence and checks every expected indicator's fields, in order. */
function expectIndicators(text: string, want: Want[], ctx: IndicatorContext = plain): ExtractedIndicator[] {
  const got = extractIndicators(text, 0, ctx);
  expect(got.map((g) => g.target)).toEqual(want.map((w) => w.target));
  want.forEach((w, i) => expect(got[i]).toMatchObject(w));
  for (const g of got) expect(text).toContain(g.text);
  return got;
}

describe('extractIndicators: prose target forms', () => {
  it('reads a baseline and a target from 由A提高至B', () => {
    expectIndicators('农村生活污水治理率由78%提高至85%,推进镇级污水处理设施建设。', [
      { target: 85, baseline: 78, unit: '%', comparator: '>=', name: '农村生活污水治理率' },
    ]);
  });

  it('reads 从…的A下降到…的B as a ceiling with its baseline and the target year', () => {
    expectIndicators('吸烟率从2020年的24.1%下降到2025年的20%。', [{ target: 20, baseline: 24.1, comparator: '<=', due: '2025-12-31' }]);
  });

  it('reads 提高到 / 达到…以上 / 不低于 / 不少于 / 超过', () => {
    expectIndicators('孕产妇系统管理率提高到92%', [{ target: 92, comparator: '>=', unit: '%' }]);
    expectIndicators('老年人健康管理率达到75%以上', [{ target: 75, comparator: '>=' }]);
    expectIndicators('产前筛查率不低于70%', [{ target: 70, comparator: '>=' }]);
    expectIndicators('确保学生每天锻炼不少于1小时', [{ target: 1, unit: '小时', comparator: '>=' }]);
    expectIndicators('每年参加义诊的专家超过150人', [{ target: 150, unit: '人', comparator: '>=' }]);
  });

  it('reads ceilings: 控制在…以内 / 以下, 不高于, ≤', () => {
    expectIndicators('儿童肥胖率增长速度控制在0.011以内', [{ target: 0.011, unit: '', comparator: '<=' }]);
    expectIndicators('新生儿死亡率控制在3‰以下', [{ target: 3, unit: '‰', comparator: '<=' }]);
    expectIndicators('抗菌药物使用强度不高于40', [{ target: 40, unit: '', comparator: '<=' }]);
    expectIndicators('剖宫产率≤35%', [{ target: 35, comparator: '<=' }]);
  });

  it('reads 稳定在…以上 as a floor and 保持 / 达到 as equality', () => {
    expectIndicators('适龄儿童免疫规划疫苗接种率稳定在95%以上', [{ target: 95, comparator: '>=' }]);
    expectIndicators('农村自来水普及率保持100%', [{ target: 100, comparator: '=' }]);
    expectIndicators('电子健康档案建档率达到85%', [{ target: 85, comparator: '=' }]);
  });

  it('reads ≥ with an age, and 至少', () => {
    expectIndicators('人均健康预期寿命≥70岁', [{ target: 70, unit: '岁', comparator: '>=' }]);
    expectIndicators('每个社区配备心理咨询师至少2人', [{ target: 2, unit: '人', comparator: '>=' }]);
  });

  it('reads counts of facilities, events and people with their measure words', () => {
    expectIndicators('创建4家省级健康促进医院', [{ target: 4, unit: '家', comparator: '=', name: '创建省级健康促进医院' }]);
    expectIndicators('举办健康大讲堂12次', [{ target: 12, unit: '次' }]);
    expectIndicators('抽样监测人群2400人', [{ target: 2400, unit: '人' }]);
    expectIndicators('组织应急演练3场', [{ target: 3, unit: '场' }]);
    expectIndicators('新增公园绿地88公顷', [{ target: 88, unit: '公顷', comparator: '=' }]);
    expectIndicators('全年植树造林150.5万株', [{ target: 150.5, unit: '万株' }]);
    expectIndicators('新建农村健身广场2.5万个', [{ target: 2.5, unit: '万个' }]);
    expectIndicators('食品抽检达到5份/千人口', [{ target: 5, unit: '份/千人口' }]);
    expectIndicators('更新室外健身器材60套', [{ target: 60, unit: '套' }]);
    expectIndicators('培训乡村医生35名', [{ target: 35, unit: '名' }]);
    expectIndicators('开展义诊活动800人次', [{ target: 800, unit: '人次' }]);
    expectIndicators('新增托位1200张,新建妇幼保健机构2所', [
      { target: 1200, unit: '张' },
      { target: 2, unit: '所' },
    ]);
  });

  it('reads 不得超过 as a ceiling and 不得低于 as a floor', () => {
    expectIndicators('细颗粒物年均浓度不得超过33微克/立方米,优良天数比例不得低于90%', [
      { target: 33, unit: '微克/立方米', comparator: '<=' },
      { target: 90, unit: '%', comparator: '>=' },
    ]);
  });

  it('reads the per-capita base between the comparator and the number', () => {
    expectIndicators('精神科医师数增加至每10万人口4.5名', [{ target: 4.5, unit: '名', comparator: '>=' }]);
  });

  it('reads kinds as a target only after a comparator', () => {
    expectIndicators('大病专项救治病种扩大到30种', [{ target: 30, unit: '种', comparator: '>=' }]);
    expectIndicators('办理人大代表建议15件', [{ target: 15, unit: '件', comparator: '=' }]);
  });

  it('reads lesson hours', () => {
    expectIndicators('中小学校每学期健康教育课时不少于8课时', [{ target: 8, unit: '课时', comparator: '>=' }]);
  });

  it('joins a line wrapped mid-sentence (PDF copies) but not a short heading line', () => {
    const [ind] = expectIndicators('推动从环境卫生治理向全面社会健康管理转变,农村卫生厕所普及率\n达到92%。', [
      { target: 92, comparator: '=' },
    ]);
    expect(ind?.name).toBe('农村卫生厕所普及率');
    expect(ind?.text).toBe('农村卫生厕所普及率\n达到92%');
    expect(extractIndicators('主要指标\n≥22', 0, plain)).toEqual([]);
  });

  it('reads a target year between the comparator and the number', () => {
    expectIndicators('居民健康素养水平提高到2025年的30%', [{ target: 30, comparator: '>=', due: '2025-12-31' }]);
  });

  it('reads traditional-character mirror copies, keeping the measure word as written', () => {
    expectIndicators('到2025年,孕產婦死亡率控制在10/10萬以內,新建健身步道20條,居民健康素養水平達到30%以上', [
      { target: 10, unit: '/10萬', comparator: '<=', due: '2025-12-31' },
      { target: 20, unit: '條', comparator: '=' },
      { target: 30, unit: '%', comparator: '>=' },
    ]);
  });

  it('reads numbers that an OCR copy spaced out', () => {
    expectIndicators('社区家庭医生签约率不低于 4 0%,全年评选健康家庭 1 0 0 户', [
      { target: 40, unit: '%', comparator: '>=' },
      { target: 100, unit: '户', comparator: '=' },
    ]);
  });

  it('reads a verb and its 至 around the object', () => {
    expectIndicators('扩大新生儿疾病筛查病种至6种', [{ target: 6, unit: '种', comparator: '>=', name: '扩大新生儿疾病筛查病种' }]);
    expectIndicators('将平均住院日缩短至8天', [{ target: 8, unit: '天', comparator: '<=' }]);
  });

  it('keeps the subject clause of a target that opens on a frequency', () => {
    const [ind] = expectIndicators('开展健康知识进万家活动,每年不少于100场。', [{ target: 100, unit: '场', comparator: '>=' }]);
    expect(ind?.text).toBe('开展健康知识进万家活动,每年不少于100场');
    expect(ind?.name).toBe('开展健康知识进万家活动');
  });

  it('reads a rate per 100 000 with its unit as written', () => {
    expectIndicators('结核病发病率降至45/10万', [{ target: 45, unit: '/10万', comparator: '<=' }]);
  });

  it('reads a Chinese numeral count after a construction verb', () => {
    expectIndicators('年内建设一处中医药文化公园', [{ target: 1, unit: '处', comparator: '=' }]);
    expectIndicators('新建三个社区卫生服务站', [{ target: 3, unit: '个' }]);
  });

  it('reads 以上 after a count as a floor', () => {
    expectIndicators('每名学生掌握2项以上运动技能', [{ target: 2, unit: '项', comparator: '>=' }]);
  });

  it('gives every target in a sentence its own name', () => {
    const got = expectIndicators('群众对卫生创建工作知晓率达到85%以上,支持率达到75%以上,满意度达到80%。', [
      { target: 85, comparator: '>=', name: '群众对卫生创建工作知晓率' },
      { target: 75, comparator: '>=', name: '支持率' },
      { target: 80, comparator: '=', name: '满意度' },
    ]);
    expect(got[1]?.text).toBe('支持率达到75%以上');
  });

  it('spreads 分别 over two years and keeps the years in the text', () => {
    const [first] = expectIndicators('到2025年和2035年,全市居民健康素养水平分别不低于28%和35%。', [
      { target: 28, comparator: '>=', due: '2025-12-31' },
      { target: 35, comparator: '>=', due: '2035-12-31' },
    ]);
    expect(first?.text).toBe('到2025年和2035年,全市居民健康素养水平分别不低于28%和35%');
  });

  it('spreads 分别 over several named rates', () => {
    expectIndicators('到2025年,孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在9/10万、4‰、5.5‰以下。', [
      { target: 9, unit: '/10万', comparator: '<=', name: '孕产妇死亡率', due: '2025-12-31' },
      { target: 4, unit: '‰', comparator: '<=', name: '婴儿死亡率', due: '2025-12-31' },
      { target: 5.5, unit: '‰', comparator: '<=', name: '5岁以下儿童死亡率', due: '2025-12-31' },
    ]);
  });

  it('reads change amounts as decrease_by / increase_by', () => {
    expectIndicators('15岁以上人群吸烟率至少下降1个百分点', [{ target: 1, unit: '个百分点', comparator: 'decrease_by' }]);
    expectIndicators('重大慢性病过早死亡率较上年下降2%', [
      { target: 2, unit: '%', comparator: 'decrease_by', name: '重大慢性病过早死亡率' },
    ]);
    expectIndicators('人均预期寿命提高1岁左右', [{ target: 1, unit: '岁', comparator: 'increase_by' }]);
    expectIndicators('健康素养水平年均提高2个百分点', [{ target: 2, unit: '个百分点', comparator: 'increase_by' }]);
  });

  it('does not read 新增 as an increase of a stock', () => {
    expectIndicators('新增5个乡镇为省级卫生乡镇', [{ target: 5, unit: '个', comparator: '=' }]);
  });
});

describe('extractIndicators: deadlines', () => {
  it('takes 到YYYY年 at the head of the sentence', () => {
    expectIndicators('到2024年,二级以上综合医院设置老年医学科的比例达到60%以上。', [{ target: 60, due: '2024-12-31' }]);
  });

  it('carries 到YYYY年 into later sentences of the paragraph', () => {
    expectIndicators('到2027年,健康城市建设取得明显成效。居民健康素养水平达到32%。', [{ target: 32, due: '2027-12-31' }]);
  });

  it('resolves a month deadline in the plan year', () => {
    expectIndicators('9月底之前完成不低于辖区60%适龄人群的筛查', [{ target: 60, comparator: '>=', due: '2023-09-30' }]);
  });

  it('resolves YYYY年底前', () => {
    expectIndicators('2024年底前,乡镇卫生院中医馆覆盖率达到100%', [{ target: 100, due: '2024-12-31' }]);
  });

  it('uses the plan year end in an annual plan, else null, else an inherited due', () => {
    expectIndicators('组织健康讲座30次', [{ target: 30, due: '2019-12-31' }], annual);
    expectIndicators('组织健康讲座30次', [{ target: 30, due: null }]);
    expectIndicators('组织健康讲座30次', [{ target: 30, due: '2026-06-30' }], { ...plain, due: '2026-06-30' });
  });

  it('reads the end of a five-year plan period', () => {
    expectIndicators('到“十四五”末,每千人口拥有3岁以下婴幼儿托位数达到4.5个。', [{ target: 4.5, unit: '个', due: '2025-12-31' }]);
  });

  it('takes a deadline label written in the duty (完成时限:…)', () => {
    expectIndicators('建设健康促进医院,建成率达到100%。责任单位:市卫健局。完成时限:2024年9月底前', [{ target: 100, due: '2024-09-30' }]);
    expectIndicators('全年开展健康讲座不少于100场次。完成时限:2024年12月', [{ target: 100, due: '2024-12-31' }]);
  });

  it('takes a later deadline of the same sentence only when it closes the work (…前完成)', () => {
    expectIndicators('体检率不低于70%,9月30日前完成年度体检任务', [{ target: 70, due: '2023-09-30' }]);
    expectIndicators('新建健身步道100公里,2025年底前实现健身圈全覆盖', [{ target: 100, due: null }]);
  });

  it('does not read a bare year adverbial as a deadline', () => {
    expectIndicators('2024年开展健康讲座30次', [{ target: 30, due: null }]);
  });
});

describe('extractIndicators: source positions', () => {
  it('points into the document and keeps the clause as written (full-width digits too)', () => {
    const doc = '前文。\n第二行:全市居民健康素养水平达到２５％以上,持续提升。';
    const start = doc.indexOf('第二行');
    const [ind] = extractIndicators(doc.slice(start), start, { planYear: null, annual: false, line: 2 });
    expect(ind).toBeDefined();
    expect(ind?.target).toBe(25);
    expect(ind?.unit).toBe('%');
    expect(doc.slice(ind?.source.start, ind?.source.end)).toBe(ind?.text);
    expect(ind?.source.line).toBe(2);
  });

  it('counts the lines inside a multi-line paragraph', () => {
    const text = '一、目标\n到2025年,婴儿死亡率控制在5‰以下。';
    const [ind] = extractIndicators(text, 100, { planYear: null, annual: false, line: 10 });
    expect(ind?.source.line).toBe(11);
    expect(ind?.source.start).toBe(100 + text.indexOf('到2025年'));
  });

  it('places spans in the document when the text is a cleaned copy (marker dropped, blank lines joined)', () => {
    const doc = '标题\n(一)实施控烟行动。\n\n  全市无烟党政机关建成率达到90%,戒烟门诊新增5家。';
    const cleaned = '实施控烟行动。\n全市无烟党政机关建成率达到90%,戒烟门诊新增5家。';
    const start = doc.indexOf('(一)');
    const got = extractIndicators(cleaned, start, { planYear: null, annual: false, line: 2, sourceText: doc });
    expect(got.map((g) => g.target)).toEqual([90, 5]);
    for (const g of got) {
      expect(doc.slice(g.source.start, g.source.end)).toBe(g.text);
      expect(g.source.line).toBe(4);
    }
  });

  it('places a clause whose whitespace differs from the document', () => {
    const doc = '1.加强妇幼健康。孕产妇死亡率\n控制在10/10万以下。';
    const got = extractIndicators('加强妇幼健康。孕产妇死亡率控制在10/10万以下。', 0, {
      planYear: null,
      annual: false,
      line: 1,
      sourceText: doc,
    });
    expect(got).toHaveLength(1);
    expect(doc.slice(got[0]?.source.start, got[0]?.source.end)).toBe('孕产妇死亡率\n控制在10/10万以下');
    expect(got[0]?.source.line).toBe(1);
  });
});

describe('extractIndicators: floors written after a rise', () => {
  it('reads 突破 as a floor', () => {
    expectIndicators('旅游综合收入突破80亿元。', [{ target: 80, unit: '亿元', comparator: '>=' }]);
  });

  it('reads 增长X%以上 as a floor, but a rise measured against a base as a change', () => {
    expectIndicators('外贸进出口总额增长6%以上。', [{ target: 6, unit: '%', comparator: '>=' }]);
    expectIndicators('社会消费品零售额较上年增长9%以上。', [{ target: 9, unit: '%', comparator: 'increase_by' }]);
    expectIndicators('森林覆盖率提高1个百分点以上。', [{ target: 1, unit: '个百分点', comparator: 'increase_by' }]);
  });

  it('reads livestock and grain measures', () => {
    expectIndicators('生猪出栏量达到12万头,粮食总产稳定在3.5亿斤以上。', [
      { target: 12, unit: '万头', comparator: '=' },
      { target: 3.5, unit: '亿斤', comparator: '>=' },
    ]);
  });
});

describe('extractIndicators: dates that describe what is counted', () => {
  it('does not read 2000年前建成的 as a deadline', () => {
    expectIndicators('改造2000年前建成的老旧小区30个。', [{ target: 30, unit: '个', due: null }]);
  });

  it('reads rooms, blocks and per-area-times measures', () => {
    expectIndicators('新建村级调解室12间,推广绿色防控8万亩次。', [
      { target: 12, unit: '间' },
      { target: 8, unit: '万亩次' },
    ]);
  });
});

describe('extractIndicators: floors and levels written around a verb', () => {
  it('reads 至少 + verb + object + number as a floor', () => {
    expectIndicators('每个乡镇至少配备专职网格员8名。', [{ target: 8, unit: '名', comparator: '>=' }]);
  });

  it('reads 巩固提升 + number as a level, not a change', () => {
    expectIndicators('巩固提升3.2万人农村供水保障水平。', [{ target: 3.2, unit: '万人', comparator: '=' }]);
  });

  it('reads 标箱 as a measure word', () => {
    expectIndicators('集装箱吞吐量达到30万标箱。', [{ target: 30, unit: '万标箱', comparator: '=' }]);
  });
});

describe('extractIndicators: a measure word that opens a longer word', () => {
  it('reads no 部 target from 部门 nor 片 from 片区', () => {
    expect(extractIndicators('会同2部门划分3片区开展巡查。', 0, plain)).toEqual([]);
  });
});

describe('extractIndicators: 各 after the things listed', () => {
  it('reads one target for each thing listed', () => {
    expectIndicators('新建健康食堂、健康超市各3个以上。', [{ target: 3, unit: '个', comparator: '>=' }]);
    expectIndicators('开展应急演练和技能比武各2次。', [{ target: 2, unit: '次' }]);
  });

  it('still reads 全市各12个乡镇 as the scope of the work', () => {
    expect(extractIndicators('在全市各12个乡镇开展巡查。', 0, plain)).toEqual([]);
  });
});

describe('extractIndicators: what the work touches', () => {
  it('reads no target from 涉及…N栋', () => {
    expectIndicators('改造老旧小区20个,涉及住宅楼150栋。', [{ target: 20, unit: '个' }]);
  });
});
