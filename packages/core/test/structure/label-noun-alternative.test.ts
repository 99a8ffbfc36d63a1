import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a role label with a bracketed alternative noun', () => {
  it('reads 配合处室(单位): as the participants label', async () => {
    const plan = await parsePlan({
      fileName: 'p.txt',
      text: `某省2026年重点工作任务
一、参保扩面
    1.推进参保数据比对。全年新增参保登记10万人。(牵头处室:甲处;配合处室(单位):乙处、省某某事务中心,各市(州)某某局)
`,
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([[['甲处'], ['乙处', '省某某事务中心', '各市(州)某某局']]]);
  });
});
