import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';

const ctx = { planYear: 2026, annual: true, line: 1 };
const targets = (text: string) => extractIndicators(text, 0, ctx).map((i) => `${i.target}${i.unit}`);

describe('extractIndicators: progress shares and manners of the work', () => {
  it('drops the share of the work itself to be done by a date', () => {
    expect(targets('推进污水管网改造,8月底前完成60%。')).toEqual([]);
    expect(targets('力争完成年度计划任务的90%以上。')).toEqual([]);
    expect(targets('一季度完成年度目标的25.5%。')).toEqual([]);
  });
  it('drops how often a round of work is done by two dates', () => {
    expect(targets('开展病媒生物防制,4月底、9月底前各完成一次。')).toEqual([]);
  });
  it('keeps a count or a rate of the work after 完成', () => {
    expect(targets('完成6个集贸市场提档升级。')).toEqual(['6个']);
    expect(targets('铺设健身步道,年内完成12公里。')).toEqual(['12公里']);
    expect(targets('完成年度投资80亿元。')).toEqual(['80亿元']);
    expect(targets('问题整改完成率达到100%。')).toEqual(['100%']);
  });
  it('drops a share written as an adverb of the verb after it', () => {
    expect(targets('随机抽查比例不低于15%,检查结果100%向社会公开。')).toEqual(['15%']);
    expect(targets('执法信息100%予以公示。')).toEqual([]);
  });
  it('keeps a share followed by its bound or the end of the clause', () => {
    expect(targets('信息公开率达到100%,按时办结率98%以上。')).toEqual(['100%', '98%']);
  });
  it('drops a motto of one-by-one work', () => {
    expect(targets('坚持开工一个、完工一个、交付一个。')).toEqual([]);
  });
  it('keeps a single thing to build written in Chinese numerals', () => {
    expect(targets('建设一个区域医疗中心。')).toEqual(['1个']);
  });
});

describe('extractIndicators: figures in progress and problem fields', () => {
  it('drops the figures after an unbracketed 进展情况 / 存在问题 label', () => {
    expect(targets('1.新增就业岗位1.5万个。 牵头单位:区人社局 进展情况:新增就业岗位0.62万个。')).toEqual(['1.5万个']);
    expect(targets('二季度进展情况:抽检门店36家。')).toEqual([]);
    expect(targets('存在问题:项目用地缺口约20亩。')).toEqual([]);
  });
  it('drops a funding gap wherever it is written', () => {
    expect(targets('| 2 | 体育公园 | 建成体育公园1个 | 主体完工 | 资金缺口0.2亿元 |')).toEqual(['1个']);
  });
  it('keeps a target in a field that plans the next step', () => {
    expect(targets('下步计划:确保10月底前完成改造12个。')).toEqual(['12个']);
  });
});

describe('extractIndicators: cumulative shares', () => {
  it('keeps a share to reach after 累计建成', () => {
    expect(targets('年内新增托育机构12家,累计建成普惠托育机构占比达到40%。')).toEqual(['12家', '40%']);
  });
  it('still drops a cumulative count of what stands', () => {
    expect(targets('全县累计建成村卫生室86个。')).toEqual([]);
    expect(targets('到2024年,全县累计建成村卫生室86个。')).toEqual([]);
  });
  it('keeps what is to be accumulated by a target year, and the targets after it', () => {
    expect(targets('到2028年,全区累计建成示范食堂30家,学生营养知识知晓率达到80%以上。')).toEqual(['30家', '80%']);
  });
});
