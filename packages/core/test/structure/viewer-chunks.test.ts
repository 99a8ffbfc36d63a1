import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

/** A run-on plan cut by a sharing site's viewer into numbered chunks of 300 characters. */
function viewerCopy(): { text: string; body: string } {
  const clauses = [
    '储备仓库布局更加合理,调运效率明显提升,',
    '基层储备点实现乡镇全覆盖,',
    '物资轮换更新机制运行顺畅,',
    '社会储备力量有效补充政府储备,',
  ];
  let body =
    '某县应急物资保障能力提升行动方案为提升应急物资保障水平,结合本县实际,制定如下方案。一、总体目标到2025年,全县应急物资储备体系基本建成,';
  for (let i = 0; body.length < 760; i++) body += clauses[i % clauses.length];
  body += '应急物资储备库达标率达到95%以上。';
  const chunks: string[] = [];
  for (let k = 0; k < body.length; k += 300) chunks.push(body.slice(k, k + 300));
  const text = ['《某县应急物资保障能力提升行动方案.docx》由会员分享,可在线阅读。', ...chunks.map((c, n) => `${n + 1}、${c}`)].join('\n');
  return { text, body };
}

describe("a sharing site's preview numbered by chunks", () => {
  it('reads the chunk numbers as no items and the text across them as one', async () => {
    const { text } = viewerCopy();
    const plan = await parsePlan({ text });
    expect(plan.tasks.map((t) => t.number)).not.toContain('1');
    expect(plan.tasks.map((t) => t.number)).not.toContain('2');
    expect(plan.tasks.every((t) => !/[23]、/.test(t.text))).toBe(true);
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual([[95, '%']]);
  });

  it('leaves numbered items alone outside a sharing page', async () => {
    const { text } = viewerCopy();
    const plan = await parsePlan({ text: text.split('\n').slice(1).join('\n') });
    expect(plan.tasks.map((t) => t.number)).toContain('1');
  });
});
