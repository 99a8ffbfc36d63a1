import { describe, expect, it } from 'vitest';
import { extractIndicators } from '@duban/core';
import { genreCorpus } from './fixtures/genre-corpus.js';

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

describe('extractIndicators on genre sentences', () => {
  it("reaches F1 ≥ 0.95 and field accuracy ≥ 0.95 with the scorer's matching (key in text, equal target)", () => {
    let gold = 0;
    let predicted = 0;
    let matched = 0;
    let fieldsOk = 0;
    const misses: string[] = [];
    for (const c of genreCorpus) {
      const preds = extractIndicators(c.text, 0, { planYear: c.planYear, annual: c.annual, line: 1 });
      const used = new Set<number>();
      for (const [key, target, baseline, unit, comparator, due] of c.want) {
        const j = preds.findIndex((p, k) => !used.has(k) && norm(p.text).includes(norm(key)) && p.target === target);
        if (j < 0) {
          misses.push(`missed ${key}`);
          continue;
        }
        used.add(j);
        matched++;
        const p = preds[j];
        const ok = [p?.baseline === baseline, p?.unit === unit, p?.comparator === comparator, p?.due === due];
        fieldsOk += ok.filter(Boolean).length;
        if (ok.includes(false)) misses.push(`fields of ${key}: ${JSON.stringify([p?.baseline, p?.unit, p?.comparator, p?.due])}`);
      }
      preds.forEach((p, k) => used.has(k) || misses.push(`extra ${p.text} → ${p.target}${p.unit}`));
      gold += c.want.length;
      predicted += preds.length;
    }
    const precision = matched / predicted;
    const recall = matched / gold;
    const f1 = (2 * precision * recall) / (precision + recall);
    console.info(
      `genre corpus: gold ${gold} predicted ${predicted} matched ${matched} F1 ${(100 * f1).toFixed(1)} fields ${((100 * fieldsOk) / (4 * matched)).toFixed(1)}`,
      misses,
    );
    expect(f1).toBeGreaterThanOrEqual(0.95);
    expect(fieldsOk / (4 * matched)).toBeGreaterThanOrEqual(0.95);
  });
});
