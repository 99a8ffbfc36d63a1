import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

describe('a role label with a bracketed alternative noun', () => {
  it('reads 配合处室(单位): as the participants label', async () => {
    const plan = await parsePlan({
      fileName: 'p.txt',
      text: `某省2026年重点工作任务
一、参保扩面
    1.推进参保数据比对。全年新增参保登记10万人。(牵头处室:医药服务处;配合处室(单位):基金监管处、省医保信息中心,各市(州)医疗保障局)
`,
    });
    expect(plan.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['医药服务处'], ['基金监管处', '省医保信息中心', '各市(州)医疗保障局']],
    ]);
  });
});
