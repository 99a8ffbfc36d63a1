import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { readCsvRecord } from '../../src/extract/structure/csv-table.js';

describe('CSV exports', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, keeping source offsets', () => {
    const text = 'a,"b,c","say ""hi""","x\ny",\nnext';
    const rec = readCsvRecord(text, 0);
    expect(rec.fields.map((f) => f.text)).toEqual(['a', 'b,c', 'say "hi"', 'xy', '']);
    expect(text.slice(rec.fields[1]!.start, rec.fields[1]!.end)).toBe('b,c');
    expect(text.slice(rec.end)).toBe('next');
  });

  it('reads a CSV task table as a table: empty partner cells, quoted unit lists, two dates in one cell', async () => {
    const plan = await parsePlan({
      text: [
        '某县2025年实事项目分解表',
        '序号,项目名称,建设内容,牵头单位,配合单位,完成时限',
        '1,社区食堂,"新建食堂4家,改造2家",县民政局,"县财政局,县商务局",2025年10月底',
        '2,停车改造,"新建停车位',
        '200个",县城管局,,"2025年6月底、11月底"',
        '3,校园安保,配备安保人员50名,县教育局,县公安局,2025年9月底',
      ].join('\n'),
    });
    expect(plan.tasks.map((t) => [t.number, t.lead, t.participants, t.due])).toEqual([
      ['1', ['县民政局'], ['县财政局', '县商务局'], ['2025-10-31']],
      ['2', ['县城管局'], [], ['2025-06-30', '2025-11-30']],
      ['3', ['县教育局'], ['县公安局'], ['2025-09-30']],
    ]);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toContainEqual([200, '个']);
  });
});
