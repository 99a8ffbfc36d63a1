import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/indicators/extract-indicators.js';
import { parsePlan } from '../../src/index.js';

const read = (text: string) =>
  extractIndicators(text, 0, { planYear: 2026, annual: true, line: 1 }).map((i) => [i.target, i.unit, i.comparator]);

describe('measure words of computing, storage, rates in time and weeks', () => {
  it('reads cores and storage units, and a bare 万 that closes the clause', () => {
    expect(read('扩容政务云,新增算力资源2万核、存储容量8PB。')).toEqual([
      [2, '万核', '='],
      [8, 'PB', '='],
    ]);
    expect(read('平台注册用户突破300万。')).toEqual([[300, '万', '>=']]);
  });
  it('keeps a number glued to a letter as a name', () => {
    expect(read('新建5G基站1200个。')).toEqual([[1200, '个', '=']]);
  });
  it('reads a unit per span of time and a count of weeks', () => {
    expect(read('新增污泥处置能力500吨/日。')).toEqual([[500, '吨/日', '=']]);
    expect(read('每名村医年度脱产进修不少于3周。')).toEqual([[3, '周', '>=']]);
    expect(read('建馆30周年纪念活动。')).toEqual([]);
  });
});

describe('levels to reach', () => {
  it('reads 增加至 a count as the level to reach, 提高至 a rate as a floor', () => {
    expect(read('康复病区床位增加至120张。')).toEqual([[120, '张', '=']]);
    expect(read('签约率提高至80%。')).toEqual([[80, '%', '>=']]);
  });
  it('reads a target about things already built, which 已…的 only names', () => {
    expect(read('已建成的村级服务站要全部投入运营,运营率达到95%。')).toEqual([[95, '%', '=']]);
    expect(read('全县已建成村级服务站120个。')).toEqual([]);
  });
});

describe('targets stated before the first item', () => {
  it('reads a paragraph that names levels to reach, also in traditional characters', async () => {
    const plan = await parsePlan({
      text: [
        '某市健康行動2026年工作要點',
        '2026年,全市要以健康行動為抓手,居民健康素養水平達到35%以上,人均預期壽命達到81歲。',
        '一、健康知識普及行動',
        '(1)建立健康科普專家庫(牽頭單位:市衛健委)。',
      ].join('\n'),
    });
    expect(plan.indicators.map((i) => [i.target, i.unit, i.comparator, i.due])).toEqual([
      [35, '%', '>=', '2026-12-31'],
      [81, '歲', '=', '2026-12-31'],
    ]);
  });
});

describe('pairs and levels as measure words', () => {
  it('reads a count of pairs (师承带教50对)', () => {
    expect(read('开展名老中医学术经验继承,组织师承带教30对。')).toEqual([[30, '对', '=']]);
  });

  it('reads a level reached at the end of its clause, not a level that defines a group', () => {
    expect(read('三级医院智慧服务评级平均达到3级以上,预约诊疗率达到60%。')).toEqual([
      [3, '级', '>='],
      [60, '%', '='],
    ]);
    expect(read('对危险性评估2级及以上患者100%开展随访。')).toEqual([[100, '%', '=']]);
  });
});
