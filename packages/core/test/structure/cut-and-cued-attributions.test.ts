import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// Invented wording: attributions cut by the end of an excerpt, and a role-cued list with one unit the lexicon lacks.
const plan = (lines: string[]) => parsePlan({ text: lines.join('\n') });
const roles = async (lines: string[]) => (await plan(lines)).tasks.map((t) => [t.lead, t.participants, t.separateLeads]);

describe('attribution brackets cut by the end of the text', () => {
  it('keeps the complete lead slot and drops the cut one', async () => {
    expect(
      await roles([
        '一、重点任务',
        '1.精简审批环节。压减申报材料,推行一表申报。(牵头单位:区审批局;配合单位:区财政局)',
        '2.优化项目报建。整合报建手续,推行并联审批。(牵头单位:区审批局、区发改局;责任单位:区政',
      ]),
    ).toEqual([
      [['区审批局'], ['区财政局'], false],
      [['区审批局', '区发改局'], [], false],
    ]);
  });

  it('keeps a whole unit whose note was cut, and a verb lead before a cut list', async () => {
    expect(
      await roles(['一、重点任务', '1.清理卫生死角。发动群众清理房前屋后杂物。(牵头单位:县爱卫办;配合单位:县直各单位;责任单位:各乡(']),
    ).toEqual([[['县爱卫办'], ['各乡', '县直各单位'], false]]);
    expect(await roles(['一、重点任务', '1.健全联络机制。定期召开成员单位会议,通报工作进展。(县健康办牵头,县级'])).toEqual([
      [['县健康办'], [], false],
    ]);
  });

  it('leaves an unclosed bare list without owners', async () => {
    expect(await roles(['一、重点任务', '1.健全联络机制。定期召开成员单位会议。(县政府办公室、县'])).toEqual([[[], [], false]]);
  });
});

describe('a list cued by 按职责分工负责', () => {
  it('keeps every unit when one name has a suffix the lexicon lacks', async () => {
    expect(
      await roles([
        '一、重点任务',
        '(五)推进粮食储备改革。完善储备布局,优化轮换机制。(国家发展改革委、财政部、国家粮食储备总库等按职责分工负责)',
      ]),
    ).toEqual([[['国家发展改革委', '财政部', '国家粮食储备总库'], [], true]]);
  });

  it('reads 供销合作总社 as a unit', async () => {
    expect(await roles(['一、重点任务', '(六)发展农村流通。健全县乡村三级物流网络。(商务部、供销合作总社按职责分工负责)'])).toEqual([
      [['商务部', '供销合作总社'], [], true],
    ]);
  });
});
