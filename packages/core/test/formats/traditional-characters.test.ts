import { describe, expect, it } from 'vitest';
import { isTraditional, simplifiedView } from '../../src/extract/formats/simplified-view.js';
import { parsePlan, readDocument } from '../../src/index.js';

const TRADITIONAL = [
  '關於印發全民健康促進工作2023年任務分工的通知',
  '一、健康環境',
  '1.開展城鄉環境衛生整治，每季度組織一次集中清理。（牽頭單位：區愛衛辦；配合單位：區住建局、各鄉鎮人民政府）',
  '2.建設健身步道12公里。（牽頭單位：區體育局，2023年9月底前完成）',
  '二、醫療服務',
  '3.推進家庭醫生簽約服務，重點人群簽約率達到75%以上。（牽頭單位：區衛生健康局；長期堅持）',
].join('\n');

describe('documents in traditional characters', () => {
  it('are recognised by their opening, and simplified text is not', () => {
    expect(isTraditional(TRADITIONAL)).toBe(true);
    expect(isTraditional('关于印发全民健康促进工作任务分工的通知\n1.开展城乡环境卫生整治(区爱卫办牵头)')).toBe(false);
  });

  it('get a simplified view of the same length whose spans point at the same places', async () => {
    const source = await readDocument({ text: TRADITIONAL });
    const view = simplifiedView(source)!;
    expect(view.source.text).toHaveLength(source.text.length);
    expect(view.source.text).toContain('牵头单位：区爱卫办');
    expect(view.written('区卫生健康局')).toBe('區衛生健康局');
  });

  it('yield tasks, units, deadlines and targets written as in the document', async () => {
    const plan = await parsePlan({ text: TRADITIONAL });
    expect(plan.tasks.map((t) => t.lead)).toEqual([['區愛衛辦'], ['區體育局'], ['區衛生健康局']]);
    expect(plan.tasks[0]!.participants).toEqual(['區住建局', '各鄉鎮人民政府']);
    expect(plan.tasks[1]!.due).toEqual(['2023-09-30']);
    expect(plan.tasks[2]!.ongoing).toBe(true);
    expect(plan.tasks[0]!.text.startsWith('開展城鄉環境衛生整治')).toBe(true);
    for (const t of plan.tasks) expect(plan.source.text.slice(t.source.start, t.source.end)).toContain(t.text.slice(0, 6));
    expect(plan.indicators.map((i) => [i.target, i.unit])).toEqual(
      expect.arrayContaining([
        [12, '公里'],
        [75, '%'],
      ]),
    );
    expect(plan.meta.title).toBe('全民健康促進工作2023年任務分工');
  });
});
