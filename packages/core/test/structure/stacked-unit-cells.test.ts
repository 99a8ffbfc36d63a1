import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

/** One cell per line, a blank line between cells, as an HTML table copied to text often comes out. */
const flat = (cells: string[]) => cells.join('\n\n');

describe('flattened tables whose unit column is stacked one unit per line', () => {
  it('keeps every stacked unit in its row, names the lexicon does not know included, and skips a "/" cell', async () => {
    const plan = await parsePlan({
      text: flat([
        '某区2024年民生实事项目分解表',
        '序号',
        '事项分类',
        '事项名称',
        '项目内容',
        '牵头单位',
        '协同单位',
        '1',
        '教育提质工程',
        '新建一批学校',
        '实施新建学校4家。',
        '区教体局',
        '东湖街道',
        '傅村镇',
        '白沙镇',
        '区发改局',
        '区城投集团',
        '2',
        '食堂改造',
        '对20所学校食堂安装监管平台。',
        '区教体局',
        '/',
        '3',
        '托育服务',
        '新增托班6个。',
        '区卫健局',
        '区住建局',
      ]),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants])).toEqual([
      ['1', ['区教体局'], ['东湖街道', '傅村镇', '白沙镇', '区发改局', '区城投集团']],
      ['2', ['区教体局'], []],
      ['3', ['区卫健局'], ['区住建局']],
    ]);
  });
});
