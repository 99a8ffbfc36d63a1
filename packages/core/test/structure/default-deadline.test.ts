import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { defaultDeadline } from '../../src/extract/structure/default-deadline.js';

describe('a note giving one deadline to every row that names none', () => {
  it('reads the note in its usual wordings', () => {
    expect(defaultDeadline('说明:未注明完成时间的任务均于11月底前完成。', 2025)?.due).toEqual(['2025-11-30']);
    expect(defaultDeadline('注:完成时限栏为“—”的项目均于2025年12月底前完成。', 2025)?.due).toEqual(['2025-12-31']);
    expect(defaultDeadline('各单位均于12月底前完成总结。', 2025)).toBeNull();
    expect(defaultDeadline('表格略\n备注:所有项目须于2025年10月底前完成。', 2025)?.due).toEqual(['2025-10-31']);
    expect(defaultDeadline('注：以上工程均在11月底前完成', 2025)?.due).toEqual(['2025-11-30']);
    expect(defaultDeadline('说明:各项目完成时限未单独注明的,均为2025年12月底前完成。', 2025)?.due).toEqual(['2025-12-31']);
    expect(defaultDeadline('说明:未另行注明完成时间的,均于10月底前完成。', 2025)?.due).toEqual(['2025-10-31']);
    expect(defaultDeadline('备注:以上任务完成时限均为2025年9月底。', 2025)?.due).toEqual(['2025-09-30']);
    // A duty that happens to say 所有 is no note.
    expect(defaultDeadline('所有村居须于9月底前完成改厕。', 2025)).toBeNull();
  });
  it('reads notes about empty cells without 均, and a note defining a word of the deadline column', () => {
    expect(defaultDeadline('说明:表中“完成时限”为空的,均于2025年11月底前完成。', 2025)).toMatchObject({ due: ['2025-11-30'], word: null });
    expect(defaultDeadline('说明:完成时限空白的项目,于2025年10月31日前完成。', 2025)?.due).toEqual(['2025-10-31']);
    expect(defaultDeadline('注:表中未列明完成时限的,于2025年12月底前完成。', 2025)?.due).toEqual(['2025-12-31']);
    expect(defaultDeadline('注:“全年”指2025年12月底前完成。', 2025)).toMatchObject({ due: ['2025-12-31'], word: '全年' });
    // The date comes after the words that open it, never with them.
    expect(defaultDeadline('注:未注明完成时间的项目均于2025年9月底前完成。', 2025)?.text).toBe('2025年9月底前');
  });
  it('fills the dash cells of a ledger and leaves written and ongoing cells, and progress columns out of the duty', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年重点项目推进台账',
        '说明:完成时限栏为“—”的项目均于2025年12月底前完成。',
        '序号\t项目名称\t责任单位\t完成时限\t序时进度\t完成率',
        '1\t污水管网改造\t县住建局\t2025年8月底前\t√\t90%',
        '2\t乡村道路硬化\t县交通局\t—\t×\t40%',
        '3\t数字乡村平台\t县大数据中心\t持续推进\t√\t60%',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.text, t.due, t.ongoing])).toEqual([
      ['污水管网改造', ['2025-08-31'], false],
      ['乡村道路硬化', ['2025-12-31'], false],
      ['数字乡村平台', [], true],
    ]);
  });
});
