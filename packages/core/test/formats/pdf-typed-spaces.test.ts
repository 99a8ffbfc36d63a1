import { describe, expect, it } from 'vitest';
import { joinRuns, type Positioned } from '../../src/extract/formats/pdf-geometry.js';

const run = (text: string, x: number, right: number, size = 12): Positioned => ({ text, x, right, y: 700, size });

describe('joinRuns: a space run between Chinese and a number', () => {
  it("drops the typesetter's fifth of an em", () => {
    // 海城市 2026 年: LibreOffice sets 2.4 pt (12 pt text) either side of the number.
    const line = [run('海城市', 58.2, 94.2), run(' ', 94.2, 96.6), run('2026', 96.6, 120.6), run(' ', 120.6, 123), run('年', 123, 135)];
    expect(joinRuns(line)).toBe('海城市2026年');
  });

  it('keeps a space typed there (a Latin quarter of an em), as the original has it', () => {
    // "…办公室  2026年3月10日印发": the issuer and the date apart, 3.1 pt.
    const line = [
      run('委员会办公室', 58.2, 130.2),
      run(' ', 130.2, 133.3),
      run('2026', 133.3, 157.3),
      run(' ', 157.3, 159.7),
      run('年', 159.7, 171.7),
    ];
    expect(joinRuns(line)).toBe('委员会办公室 2026年');
  });

  it('measures the spacing against the larger size it stands between (a title with a larger number)', () => {
    const line = [
      run('襄阳市', 56.8, 122.8, 22),
      run(' ', 122.8, 127.2, 22),
      run('2024', 127.2, 193.9, 24),
      run(' ', 193.9, 198.8, 24),
      run('年', 198.8, 220.8, 22),
    ];
    expect(joinRuns(line)).toBe('襄阳市2024年');
  });
});
