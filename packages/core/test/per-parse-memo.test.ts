import { describe, expect, it } from 'vitest';
import { clearParseMemos, memoizedPerParse, memoizedPerParseWith } from '../src/extract/per-parse-memo.js';
import { parseDeadlineCell } from '../src/extract/dates/deadline-cell.js';
import { splitUnitList } from '../src/extract/units/unit-name.js';
import { createUnitDirectory } from '../src/extract/units/unit-directory.js';

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

describe('memoizedPerParseWith', () => {
  it('keeps the answers of each key apart, and forgets them when the memos are cleared', () => {
    let calls = 0;
    const scaled = memoizedPerParseWith((key: { factor: number }, text: string) => (calls++, key.factor * text.length));
    const two = { factor: 2 };
    const three = { factor: 3 };
    expect([scaled(two, '牵头'), scaled(three, '牵头'), scaled(two, '牵头')]).toEqual([4, 6, 4]);
    expect(calls).toBe(2);
    clearParseMemos();
    scaled(two, '牵头');
    expect(calls).toBe(3);
  });
});

describe('splitUnitList through its memo', () => {
  it('answers by the directory it is given, and gives each caller its own list', () => {
    const dir = createUnitDirectory([{ id: 'x:lab', name: '蓝天行动专班' }]);
    expect(splitUnitList('蓝天行动专班、市教育局')).toBeNull();
    expect(splitUnitList('蓝天行动专班、市教育局', dir)).toEqual(['蓝天行动专班', '市教育局']);
    const first = splitUnitList('市教育局、市卫健委', dir);
    first?.push('市财政局');
    expect(splitUnitList('市教育局、市卫健委', dir)).toEqual(['市教育局', '市卫健委']);
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
