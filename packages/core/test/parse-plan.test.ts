import { describe, expect, it } from 'vitest';
import { parsePlan, extractedPlanSchema } from '@duban/core';

// A small plan in two attribution styles: a bracketed tail with roles and a date, and labelled fields.
const PLAN = [
  '临江市健康城市建设2025年工作要点',
  '',
  '一、重点任务',
  '1.加强健康知识传播，到2025年底居民健康素养水平达到30%。(市卫生健康委牵头，市教育局、市文明办配合，2025年12月底前完成)',
  '2.推进全民健身设施建设。责任单位：市体育局。完成时限：持续推进',
].join('\n');

describe('parsePlan', () => {
  it('reads meta, tasks with their roles and deadlines, and indicators, each traced to its source', async () => {
    const plan = await parsePlan({ text: PLAN });
    const { source, ...out } = plan;
    expect(() => extractedPlanSchema.parse(out)).not.toThrow();
    expect(plan.meta).toMatchObject({ title: '临江市健康城市建设2025年工作要点', planYear: 2025, annual: true });

    expect(plan.tasks.map((t) => [t.number, t.path, t.lead, t.participants, t.due, t.ongoing])).toEqual([
      ['1', ['一、重点任务'], ['市卫生健康委'], ['市教育局', '市文明办'], ['2025-12-31'], false],
      ['2', ['一、重点任务'], ['市体育局'], [], [], true],
    ]);
    // Each task's span is its own item on its own line (the text is given with punctuation normalised).
    for (const t of plan.tasks) {
      const span = source.text.slice(t.source.start, t.source.end);
      expect(span.normalize('NFKC')).toContain(t.text.slice(0, 12));
      expect(source.text.split('\n')[t.source.line - 1]).toContain(span);
    }

    expect(plan.indicators).toHaveLength(1);
    const [goal] = plan.indicators;
    expect(goal).toMatchObject({ name: '居民健康素养水平', target: 30, unit: '%', comparator: '=', due: '2025-12-31' });
    expect(source.text.slice(goal!.source.start, goal!.source.end)).toContain('居民健康素养水平达到30%');
    expect(plan.diagnostics).toEqual([]);
  });

  it('says where it found no tasks instead of inventing any', async () => {
    const plan = await parsePlan({ text: '关于召开健康城市建设推进会的通知\n\n请各单位准时参会。' });
    expect(plan.tasks).toEqual([]);
    expect(plan.diagnostics.map((d) => d.code)).toContain('no-tasks-found');
  });
});
