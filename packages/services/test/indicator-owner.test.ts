import { describe, expect, it } from 'vitest';
import { ownerFromSource } from '../src/indicators/indicator-owner.js';

describe('ownerFromSource', () => {
  const tasks = [
    { source: { start: 100, end: 200, line: 5 }, leadUnitId: 'sport' },
    { source: { start: 200, end: 300, line: 6 }, leadUnitId: null },
    { source: { start: 300, end: 400, line: 7 }, leadUnitId: 'health' },
  ];
  it('takes the lead unit of the item or row the indicator was read from', () => {
    expect(ownerFromSource({ start: 120, end: 150, line: 5 }, tasks)).toBe('sport');
    expect(ownerFromSource({ start: 310, end: 400, line: 7 }, tasks)).toBe('health');
  });
  it('leaves indicators unassigned outside items, across items, or in items without a resolved lead', () => {
    expect(ownerFromSource({ start: 10, end: 40, line: 2 }, tasks)).toBeNull();
    expect(ownerFromSource({ start: 150, end: 250, line: 5 }, tasks)).toBeNull();
    expect(ownerFromSource({ start: 220, end: 240, line: 6 }, tasks)).toBeNull();
    expect(ownerFromSource(null, tasks)).toBeNull();
  });
});
