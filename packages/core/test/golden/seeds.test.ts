import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { hasShared, seedCases, sharedSkipReason } from '../support/shared-seeds.js';
import { scoreTasks, type GoldTask, type TaskScores } from './task-scoring.js';

const cases = seedCases();
const total: TaskScores = { gold: 0, pred: 0, matched: 0, lead: 0, participants: 0, separateLeads: 0, deadline: 0, kind: 0 };

describe.skipIf(!hasShared)(`seed documents against gold (${hasShared ? 'shared found' : sharedSkipReason})`, () => {
  for (const c of cases) {
    it(`${c.document}: tasks found and fields right`, async () => {
      const plan = await parsePlan({ bytes: readFileSync(c.docPath), fileName: c.document });
      const s = scoreTasks(c.gold.tasks as unknown as GoldTask[], plan.tasks);
      for (const k of Object.keys(total) as (keyof TaskScores)[]) total[k] += s[k];
      const precision = s.matched / Math.max(1, s.pred);
      const recall = s.matched / Math.max(1, s.gold);
      expect(precision, 'precision').toBeGreaterThanOrEqual(0.95);
      expect(recall, 'recall').toBeGreaterThanOrEqual(0.95);
      expect(s.lead / Math.max(1, s.gold), 'lead').toBeGreaterThanOrEqual(0.93);
      expect(s.deadline / Math.max(1, s.gold), 'deadline').toBeGreaterThanOrEqual(0.93);
    });
  }

  it('all seeds together reach the targets', () => {
    expect(total.gold).toBeGreaterThan(0);
    const p = total.matched / total.pred;
    const r = total.matched / total.gold;
    expect((2 * p * r) / (p + r), 'task F1').toBeGreaterThanOrEqual(0.98);
    expect(total.lead / total.gold, 'end-to-end lead').toBeGreaterThanOrEqual(0.97);
    expect(total.participants / total.gold, 'end-to-end participants').toBeGreaterThanOrEqual(0.95);
    expect(total.deadline / total.gold, 'end-to-end deadline').toBeGreaterThanOrEqual(0.97);
    expect(total.kind / total.gold, 'end-to-end kind').toBeGreaterThanOrEqual(0.97);
    expect(total.separateLeads / total.gold, 'separateLeads').toBeGreaterThanOrEqual(0.97);
  });
});
