import { describe, expect, it } from 'vitest';
import { parseAttributionText, parseLabelled } from '../../src/extract/structure/attribution.js';
import { readGroupSentence } from '../../src/extract/structure/group-sentence.js';
import { defaultUnitDirectory } from '../../src/extract/units/unit-directory.js';
import { parsePlan } from '../../src/index.js';

// extraction.md: "按职责分工,分别负责" / "按职责分工负责" / "根据职责开展工作" and their variants win over
// everything: every unit listed is a lead and separateLeads is true — beside a 牵头 unit too.

const dir = defaultUnitDirectory();
const roles = (s: string) => {
  const r = parseAttributionText(s, dir);
  return r && [r.lead, r.participants, r.separateLeads];
};
const tasks = async (lines: string[]) =>
  (await parsePlan({ text: lines.join('\n') })).tasks.map((t) => [t.number, t.lead, t.participants, t.separateLeads]);

describe('按职责分工 after a 牵头 slot', () => {
  it('makes the units after 牵头 leads, each for its part', () => {
    expect(roles('县卫健局牵头,县教育局、县民政局按职责分工负责')).toEqual([['县卫健局', '县教育局', '县民政局'], [], true]);
    expect(roles('县卫健局、县医保局牵头,县财政局等按职责分工落实')).toEqual([['县卫健局', '县医保局', '县财政局'], [], true]);
    expect(roles('县卫健局牵头,各乡镇人民政府根据职责开展工作')).toEqual([['县卫健局', '各乡镇人民政府'], [], true]);
    expect(roles('县卫健局牵头,县直各有关单位按职责分工,分别负责')).toEqual([['县卫健局', '县直各有关单位'], [], true]);
    expect(roles('县卫健局牵头,各乡镇人民政府按照各自职责负责落实')).toEqual([['县卫健局', '各乡镇人民政府'], [], true]);
  });

  it('keeps units with a part verb of their own as participants', () => {
    expect(roles('县卫健局牵头,县教育局等部门参与,各乡镇人民政府按职责分工负责')).toEqual([
      ['县卫健局', '各乡镇人民政府'],
      ['县教育局'],
      true,
    ]);
    expect(roles('县卫健局牵头负责,县教育局按职责配合')).toEqual([['县卫健局'], ['县教育局'], false]);
  });

  it('keeps the time limit written after the units', () => {
    const r = parseAttributionText('县卫健局牵头,县教育局按职责分工负责;完成时限:持续推进', dir);
    expect([r?.lead, r?.separateLeads, r?.deadlineText]).toEqual([['县卫健局', '县教育局'], true, '持续推进']);
  });

  it('leaves "X牵头,Y配合" alone', () => {
    expect(roles('县卫健局牵头,县教育局、县民政局配合')).toEqual([['县卫健局'], ['县教育局', '县民政局'], false]);
  });
});

describe('分别牵头 and 按各自职责', () => {
  it('makes every unit before 分别牵头 a separate lead, and the 配合 units participants', () => {
    expect(roles('由县教育局、县总工会分别牵头,县卫健局配合')).toEqual([['县教育局', '县总工会'], ['县卫健局'], true]);
    expect(roles('县教育局、县总工会分别牵头')).toEqual([['县教育局', '县总工会'], [], true]);
  });

  it('reads "X、Y按各自职责负责" as separate leads', () => {
    expect(roles('县住建局、县水利局按各自职责负责')).toEqual([['县住建局', '县水利局'], [], true]);
  });
});

describe('按职责分工 in a slot or a cell beside the 牵头 slot', () => {
  it('makes a 配合单位 slot that says 按职责分工负责 a lead slot', () => {
    const r = parseLabelled('牵头单位:县市场监管局;配合单位:县教育局、县卫健局按职责分工负责', dir);
    expect([r?.lead, r?.participants, r?.separateLeads]).toEqual([['县市场监管局', '县教育局', '县卫健局'], [], true]);
  });

  it('makes a 配合单位 cell that says 按职责分工负责 name leads', async () => {
    expect(
      await tasks([
        '某县2026年重点任务分工',
        '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
        '| 1 | 开展校园食品安全检查 | 县市场监管局 | 县教育局、各乡镇按职责分工负责 | 2026年6月 |',
        '| 2 | 开展饮用水源地巡查 | 县生态环境局 | 县水利局 | 持续推进 |',
      ]),
    ).toEqual([
      ['1', ['县市场监管局', '县教育局', '各乡镇'], [], true],
      ['2', ['县生态环境局'], ['县水利局'], false],
    ]);
  });
});

describe('按职责分工 over a group of items', () => {
  it('reads "以上工作(X、Y按职责分工负责)" as a group sentence', () => {
    expect(readGroupSentence('以上工作(县教育局、县总工会按职责分工负责)')?.roles).toBe('县教育局、县总工会按职责分工负责');
    expect(readGroupSentence('以上工作要抓紧落实')).toBeNull();
  });

  it('gives the group roles to every item of the group, on lines or inline', async () => {
    expect(
      await tasks([
        '某县2026年工作要点',
        '一、重点人群',
        '(一)开展学生视力筛查,每学期筛查一次。',
        '(二)加强职工健康服务,建设职工健康小屋20个。',
        '以上两项由县教育局、县总工会分别牵头,县卫健局配合。',
        '二、企业责任',
        '(三)落实企业责任。(1)推动企业负责人带队排查隐患;(2)组织企业开展标准化建设。以上工作(县应急局、县住建局按职责分工负责,持续推进)',
      ]),
    ).toEqual([
      ['(一)', ['县教育局', '县总工会'], ['县卫健局'], true],
      ['(二)', ['县教育局', '县总工会'], ['县卫健局'], true],
      ['(1)', ['县应急局', '县住建局'], [], true],
      ['(2)', ['县应急局', '县住建局'], [], true],
    ]);
  });
});
