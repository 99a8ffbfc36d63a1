import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

// Invented wording: a table copied one cell per line, its header without a 序号 label though every row is numbered.
const TABLE = [
  '工作任务',
  '|',
  '具体要求',
  '|',
  '责任科室',
  '|',
  '时限要求',
  '|',
  '规范文件公开',
  '|',
  '1',
  '|',
  '清理本单位现行文件,向社会公布有效文件目录。',
  '|',
  '综合科',
  '|',
  '年底前',
  '|',
  '做好政策解读',
  '|',
  '2',
  '|',
  '对出台的政策同步开展图文解读。',
  '|',
  '各科室',
  '|',
  '持续推进',
].join('\n');

describe('a table header that leaves out its number label', () => {
  it('reads the labels as the header: no task from them, no title', async () => {
    const plan = await parsePlan({ text: TABLE });
    expect(plan.meta.title).toBeNull();
    expect(plan.tasks.map((t) => [t.number, t.lead])).toEqual([
      ['1', ['综合科']],
      ['2', ['各科室']],
    ]);
  });
});
