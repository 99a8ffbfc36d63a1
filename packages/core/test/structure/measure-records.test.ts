import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { readMarker } from '../../src/extract/structure/numbering.js';

describe('"整改措施N:" records under findings headings', () => {
  it('reads the measure label as a marker, numbered in digits or in words', () => {
    expect(readMarker('整改措施3:建立台账')).toMatchObject({ style: 'named', number: '整改措施3' });
    expect(readMarker('措施二:开展检查')).toMatchObject({ style: 'named', number: '措施二' });
    expect(readMarker('措施得力,成效明显')).toBeNull();
  });

  it('makes each measure one duty with its own fields, numbered on across the findings; a cut-off item is none', async () => {
    const text = [
      '某县关于巡察反馈问题的整改任务清单',
      '(一)学校食堂管理不规范问题',
      '整改措施1:对全县中小学食堂开展专项检查。',
      '牵头单位:县教育局',
      '责任单位:县市场监管局',
      '整改时限:2025年9月30日前',
      '整改措施2:建立食堂经费公示制度。',
      '牵头单位:县财政局',
      '整改时限:长期坚持',
      '(二)城区停车秩序混乱问题',
      '整改措施3:新增公共停车泊位500个。',
      '责任单位:县住建局、县公安局',
      '整改时限:2025年12月31日',
      '(三)……(未完,见附件)',
    ].join('\n');
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => [t.text.split('\n')[0], t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['对全县中小学食堂开展专项检查。', ['县教育局'], ['县市场监管局'], ['2025-09-30'], false],
      ['建立食堂经费公示制度。', ['县财政局'], [], [], true],
      ['新增公共停车泊位500个。', ['县住建局'], ['县公安局'], ['2025-12-31'], false],
    ]);
  });
});
