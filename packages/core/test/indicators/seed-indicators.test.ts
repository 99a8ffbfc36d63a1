import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractIndicators, type ExtractedIndicator } from '@duban/core';
import { hasShared, seedCases, sharedSkipReason } from '../support/shared-seeds.js';
import { matchOneToOne, normText } from '../support/scorer-matching.js';

const norm = normText;
const unitNorm = (u: unknown) => norm(u).replace(/^个百分点$/, '百分点');

interface GoldIndicator {
  key: string;
  target: number;
  baseline: number | null;
  unit: string;
  comparator: string;
  due: string | null;
}

/** The scorer's rule: a prediction fits a gold indicator when its text holds the key and the targets agree. */
const fits = (g: GoldIndicator, p: ExtractedIndicator) => norm(p.text).includes(norm(g.key)) && Math.abs(p.target - g.target) < 1e-9;

/** One-to-one matching as in the scorer. */
const match = (gold: GoldIndicator[], pred: ExtractedIndicator[]) => matchOneToOne(gold, pred, fits);

/** The plan year and annual flag the meta step would give, read here from the gold title (test-only). */
function contextOf(title: string) {
  const y = /(\d{4})\s*年/.exec(title);
  return { planYear: y ? Number(y[1]) : null, annual: /\d{4}\s*年度?.*(?:工作要点|任务分工|年度)/.test(title) };
}

describe.skipIf(!hasShared)(`indicators on the seeds${hasShared ? '' : ` (${sharedSkipReason})`}`, () => {
  const cases = seedCases();
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let fieldsOk = 0;

  for (const c of cases) {
    it(`finds the gold indicators of ${c.document}`, () => {
      const text = readFileSync(c.docPath, 'utf8');
      const { planYear, annual } = contextOf(String(c.gold.meta.title ?? ''));
      const preds: ExtractedIndicator[] = [];
      let offset = 0;
      text.split('\n').forEach((line, i) => {
        preds.push(...extractIndicators(line, offset, { planYear, annual, line: i + 1 }));
        offset += line.length + 1;
      });
      for (const p of preds) expect(text.slice(p.source.start, p.source.end)).toBe(p.text);
      const g = (c.gold.indicators ?? []) as unknown as GoldIndicator[];
      const pairs = match(g, preds);
      gold += g.length;
      predicted += preds.length;
      matched += pairs.length;
      for (const [gi, p] of pairs) {
        fieldsOk += [
          (gi.baseline ?? null) === p.baseline,
          unitNorm(gi.unit) === unitNorm(p.unit),
          gi.comparator === p.comparator,
          (gi.due ?? null) === p.due,
        ].filter(Boolean).length;
      }
    });
  }

  it('reaches indicator F1 ≥ 0.9 and field accuracy ≥ 0.9 over all seeds', () => {
    const precision = predicted ? matched / predicted : 0;
    const recall = gold ? matched / gold : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    console.info(
      `seed indicators: gold ${gold} predicted ${predicted} matched ${matched} F1 ${(100 * f1).toFixed(1)} fields ${((100 * fieldsOk) / (4 * matched || 1)).toFixed(1)}`,
    );
    expect(f1).toBeGreaterThanOrEqual(0.9);
    expect(fieldsOk / (4 * matched)).toBeGreaterThanOrEqual(0.9);
  });
});
