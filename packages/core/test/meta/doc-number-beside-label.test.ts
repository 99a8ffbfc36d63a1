import { describe, expect, it } from 'vitest';
import { docNumberFrom } from '../../src/extract/meta/doc-number.js';
import type { MetaLine } from '../../src/extract/meta/meta-lines.js';

const meta = (raw: string, index = 0): MetaLine => ({ index, raw, half: raw, compact: raw.replace(/\s+/g, '') });

describe('a document number in a metadata table printed without rules', () => {
  it('takes the number that starts a line with only the next field label, empty, beside it', () => {
    const lines = ['发', '某政办〔2025〕7号      关键词：', '号：', '某市2025年城市更新重点任务分工'].map(meta);
    expect(docNumberFrom(null, lines, 3)).toBe('某政办〔2025〕7号');
  });

  it('does not take a number followed by a label with a value, or by running text', () => {
    expect(docNumberFrom(null, ['某政办〔2025〕7号      关键词：城市更新'].map(meta), null)).toBeNull();
    expect(docNumberFrom(null, ['某政办〔2025〕7号文件要求：'].map(meta), null)).toBeNull();
  });
});
