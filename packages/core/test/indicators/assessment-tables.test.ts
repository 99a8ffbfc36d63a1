import { describe, expect, it } from 'vitest';
import { extractIndicators, isIndicatorTableHeader, parsePlan, type IndicatorContext } from '../../src/index.js';

const ctx: IndicatorContext = { planYear: 2026, annual: true, line: 1 };
const read = (text: string) => extractIndicators(text, 0, ctx).map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator]);

describe('scoring rules of a 考核 table', () => {
  it('reads the 考核内容 cell and none of the 评分标准 cell', () => {
    const text = ['健康知识普及', '全区居民健康素养水平达到27%', '10', '每低1个百分点扣2分,扣完为止'].join('\n');
    expect(read(text)).toEqual([['全区居民健康素养水平', null, 27, '%', '=']]);
  });

  it('drops a threshold for full marks and the marks themselves', () => {
    const text = ['推动学校体育场地设施在节假日向社会开放', '6', '开放率达到60%得满分,每低10%扣1分'].join('\n');
    expect(read(text)).toEqual([]);
    expect(read(['举办健康大讲堂', '10', '未建立专家库扣4分,活动少于4期扣3分'].join('\n'))).toEqual([]);
    expect(read('获省级以上推广的得10分,市级推广的得5分')).toEqual([]);
  });

  it('keeps a target written after a wrapped line, apart from the scoring cell below it', () => {
    const text = ['推进职业健康保护行动,重点行业用人单位职业健康检查率达到90%', '每低5个百分点扣2分'].join('\n');
    expect(read(text)).toEqual([['重点行业用人单位职业健康检查率', null, 90, '%', '=']]);
  });

  it('keeps a total score to reach', () => {
    expect(read('复审总得分达到900分以上。')).toEqual([['复审总得分', null, 900, '分', '>=']]);
  });
});

describe('现状 and 差距 cells of a 标准对照 table', () => {
  it('reads the 现状 cell as the baseline and no gap', () => {
    const text = ['健康教育和健康促进', '居民健康素养水平≥28%', '26.4%', '低1.6个百分点', '在城区社区开展健康素养巡讲'].join('\n');
    expect(read(text)).toEqual([['居民健康素养水平', 26.4, 28, '%', '>=']]);
  });

  it('drops counts of what is still undone', () => {
    const text = ['无烟党政机关建成率100%', '91%', '尚有9个机关未达标', '对未达标的党政机关逐一上门督导'].join('\n');
    expect(read(text)).toEqual([['无烟党政机关建成率', 91, 100, '%', '=']]);
    expect(read(['二次供水设施卫生许可率100%', '95.5%', '11家单位未办证'].join('\n'))).toEqual([
      ['二次供水设施卫生许可率', 95.5, 100, '%', '='],
    ]);
  });

  it('keeps a rate per area whole and reads its 现状 cell', () => {
    const text = ['城区主次干道公厕设置密度不低于3座/平方公里', '2.6座/平方公里', '缺口约40座', '新建和改造城区公厕40座'].join('\n');
    expect(read(text)).toEqual([
      ['城区主次干道公厕设置密度', 2.6, 3, '座/平方公里', '>='],
      ['新建和改造城区公厕', null, 40, '座', '='],
    ]);
  });

  it('reads the 整改措施 restatement as the target, named and based by the standard', () => {
    const text = ['卫生户厕普及率达到85%以上', '卫生户厕普及率81.6%', '低3.4个百分点', '完成问题户厕整改,确保普及率达到85%以上'].join('\n');
    const out = extractIndicators(text, 0, ctx);
    expect(out.map((i) => [i.name, i.baseline, i.target, i.comparator])).toEqual([['卫生户厕普及率', 81.6, 85, '>=']]);
    expect(out[0]?.text).toBe('确保普及率达到85%以上');
  });

  it('does not take a stage cell for a baseline', () => {
    const text = ['开展职业技能培训2000人次', '培训500人次', '培训1000人次'].join('\n');
    expect(read(text).map((r) => r[1])).not.toContain(2000);
    expect(read(text)[0]).toEqual(['开展职业技能培训', null, 2000, '人次', '=']);
  });
});

describe('a goal cell under a count of work', () => {
  it('is no baseline', () => {
    const out = extractIndicators('新增“一件事”集成服务事项12个\n12个', 0, ctx);
    expect(out.map((i) => [i.baseline, i.target])).toEqual([[null, 12]]);
  });
});

describe('counts of a scope that are targets', () => {
  it('reads the places of a scope that are to meet a standard', () => {
    expect(read('到2026年12月底,全镇6个村达到省级健康村标准;')).toEqual([['全镇村达到省级健康村标准', null, 6, '个', '=']]);
  });

  it('keeps a bracketed list inside the noun in the clause', () => {
    const out = extractIndicators('选择10个县(市、区)开展健康县区建设试点,推广健康影响评估制度。(省爱卫办牵头)', 0, ctx);
    expect(out.map((i) => i.text)).toEqual(['选择10个县(市、区)开展健康县区建设试点']);
  });
});

describe('a count in the predicate of a share written before its noun', () => {
  it('qualifies the share and is no target', () => {
    expect(read('80%以上的村卫生室能够提供4类以上中医药适宜技术。').map((r) => [r[2], r[3]])).toEqual([[80, '%']]);
  });
});

describe('年内 in a row with a tighter time limit', () => {
  it('takes the row limit', () => {
    const out = extractIndicators('推进城区小餐饮店改造,年内完成300家改造', 0, { ...ctx, due: '2026-11-30' });
    expect(out.map((i) => [i.target, i.due])).toEqual([[300, '2026-11-30']]);
  });
});

describe('a 差距分析 table of targets', () => {
  it('is a target table with a 配合单位 column beside its 牵头单位', () => {
    expect(isIndicatorTableHeader(['序号', '指标名称', '2025年现状', '2026年目标', '差距', '牵头单位', '配合单位'])).toBe(true);
    expect(isIndicatorTableHeader(['序号', '指标名称', '2026年目标', '工作任务', '牵头单位', '配合单位', '完成时限'])).toBe(false);
  });

  it('gives each row its baseline and target, and no duty', async () => {
    const plan = await parsePlan({
      text: [
        '某市2026年健康行动主要指标差距分析',
        '序号\t指标名称\t2025年现状\t2026年目标\t差距\t牵头单位\t配合单位',
        '1\t居民健康素养水平(%)\t29.6\t≥32\t2.4\t市卫生健康委\t市委宣传部',
        '2\t孕产妇死亡率(/10万)\t9.8\t≤10\t—\t市卫生健康委\t',
      ].join('\n'),
    });
    expect(plan.tasks).toEqual([]);
    expect(plan.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.comparator])).toEqual([
      ['居民健康素养水平', 29.6, 32, '%', '>='],
      ['孕产妇死亡率', 9.8, 10, '/10万', '<='],
    ]);
  });
});

describe('a sentence opening on a bare target year', () => {
  const plain: IndicatorContext = { planYear: 2020, annual: false, line: 1 };
  it('is the deadline of its targets, after a run-in goal heading too', () => {
    const text =
      '一、行动目标2022年,全市居民健康素养水平达到25%,健康生活方式加快推广。\n2030年,全民健康素养水平大幅提升,居民健康素养水平达到35%。';
    expect(extractIndicators(text, 0, plain).map((i) => [i.target, i.due])).toEqual([
      [25, '2022-12-31'],
      [35, '2030-12-31'],
    ]);
  });
});
