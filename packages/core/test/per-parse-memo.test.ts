import { describe, expect, it } from 'vitest';
import { clearParseMemos, memoizedPerParse } from '../src/extract/per-parse-memo.js';
import { parseDeadlineCell } from '../src/extract/dates/deadline-cell.js';

describe('memoizedPerParse', () => {
  it('answers a repeated question from its memo, and asks again after the memo is cleared', () => {
    let calls = 0;
    const length = memoizedPerParse((text: string) => {
      calls++;
      return text.length;
    });
    expect([length('牵头单位'), length('牵头单位'), length('配合')]).toEqual([4, 4, 2]);
    expect(calls).toBe(2);
    clearParseMemos();
    expect(length('牵头单位')).toBe(4);
    expect(calls).toBe(3);
  });

  it('answers long texts afresh', () => {
    let calls = 0;
    const length = memoizedPerParse((text: string) => (calls++, text.length), 4);
    length('一二三四五');
    length('一二三四五');
    expect(calls).toBe(2);
  });

  it('remembers null and false answers too', () => {
    let calls = 0;
    const none = memoizedPerParse(() => {
      calls++;
      return null;
    });
    none('x');
    none('x');
    expect(calls).toBe(1);
  });

  it('bounds its size: past the limit it starts afresh', () => {
    let calls = 0;
    const id = memoizedPerParse((t: string) => (calls++, t), 160, 2);
    id('a');
    id('b');
    id('c'); // clears, then holds c
    id('a');
    expect(calls).toBe(4);
  });
});

describe('parseDeadlineCell through its memo', () => {
  it('keys on the plan year as well as the text', () => {
    expect(parseDeadlineCell('6月底前', 2024).due).toEqual(['2024-06-30']);
    expect(parseDeadlineCell('6月底前', 2025).due).toEqual(['2025-06-30']);
    expect(parseDeadlineCell('6月底前', null).due).toEqual([]);
  });

  it('gives each caller its own list of dates', () => {
    const first = parseDeadlineCell('2024年9月', 2024);
    first.due.push('2099-01-01');
    expect(parseDeadlineCell('2024年9月', 2024).due).toEqual(['2024-09-30']);
  });
});
