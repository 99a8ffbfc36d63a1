import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { splitRunTogether } from '../../src/extract/structure/run-together-items.js';

describe('items and headings run together in one paragraph of a page excerpt', () => {
  it('cuts a line at a heading marker after a closed clause and a space', () => {
    const text = '(一)甲项工作。(市卫健委牵头) (二)乙项工作。(市民政局负责) 三、丙类行动';
    expect(splitRunTogether({ text, start: 100, end: 100 + text.length, line: 7 }).map((l) => [l.text, l.start])).toEqual([
      ['(一)甲项工作。(市卫健委牵头)', 100],
      ['(二)乙项工作。(市民政局负责)', 117],
      ['三、丙类行动', 134],
    ]);
  });

  it('leaves a marker inside a sentence alone', () => {
    const text = '按照(一)类标准执行,达到二、三级要求。';
    expect(splitRunTogether({ text, start: 0, end: text.length, line: 1 })).toHaveLength(1);
  });

  it('reads each run-together item as its own task under its own heading', async () => {
    const plan = await parsePlan({
      text: [
        '某市健康行动2023年推进计划',
        '一、健康知识普及行动',
        '(一)构建健康科普体系。组建健康科普志愿服务队伍。(市卫健委牵头,市委宣传部配合) (二)推进健康促进县区建设。完成省级复评。(福安市人民政府负责)',
        '各县(市、区)要加强统筹协调,确保各项指标如期完成。 二、重大疾病防治行动',
        '(三)癌症防治。实施重点癌症筛查。(市卫健委牵头,市财政局配合) (四)糖尿病防治。落实基层规范管理。(市卫健委牵头,市医保局配合)',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.title, t.lead, t.participants])).toEqual([
      ['(一)', '构建健康科普体系', ['市卫健委'], ['市委宣传部']],
      ['(二)', '推进健康促进县区建设', ['福安市人民政府'], []],
      ['(三)', '癌症防治', ['市卫健委'], ['市财政局']],
      ['(四)', '糖尿病防治', ['市卫健委'], ['市医保局']],
    ]);
    expect(plan.tasks[2]?.path.at(-1)).toBe('二、重大疾病防治行动');
  });
});
