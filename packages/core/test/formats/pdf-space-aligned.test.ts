import { describe, expect, it } from 'vitest';
import { parsePlan } from '@duban/core';
import { displayWidth } from '../../src/extract/display-width.js';
import { readDocument } from '../../src/extract/formats/index.js';
import { columnStarts, joinRuns, type Positioned } from '../../src/extract/formats/pdf-geometry.js';
import { SpaceWidths } from '../../src/extract/formats/pdf-spacing.js';
import { reconsiderFlushJoins, reindentLostLeads } from '../../src/extract/formats/pdf-flush-joins.js';
import { realignGapJoins } from '../../src/extract/formats/pdf-wrapped-columns.js';
import { tinyPdf, typedRuns, type TinyRun } from '../support/tiny-pdf.js';

// A plain-text plan whose table is lined up with runs of spaces (a CJK character is two columns wide), as
// LibreOffice prints such a .txt: every word where its column puts it, Latin characters half an em wide.
const TYPED = [
  '关于做好为民办实事项目的通知',
  '各镇（街道）、县直各部门：',
  '现将为民办实事项目分解如下，请认真抓好落实。',
  '序号  建设内容          牵头      协同单位  完成时限',
  '                        单位',
  '1     新建社区食堂8个   县民政局  各街道    2025年6月',
  '2     开放学校体育场地  县教育局  县体育局  2025年9月',
  '      20所                        县财政局',
  '3     改造老旧小区12个  县住建局            2025年12月',
  '县人民政府办公室',
];

const columnsOf = (text: string) => {
  let col = 0;
  let out = 0;
  for (const ch of text) {
    if (ch === ' ') col += 1;
    else {
      out = col;
      break;
    }
  }
  return out;
};

const pdfOf = (lines: string[]) => tinyPdf([lines.map(typedRuns)], { latinWidth: 500 });

describe('PDF: a table lined up with spaces in its plain-text original', () => {
  it('reads back with the spaces that line its columns up, indents of continued cells included', async () => {
    expect(columnsOf(TYPED[4]!)).toBe(24);
    const source = await readDocument({ bytes: pdfOf(TYPED), fileName: 'plan.pdf' });
    expect(source.text.split('\n')).toEqual(TYPED);
  });

  it('gives the tasks, leads, participants and deadlines of the plain text', async () => {
    const pick = (p: Awaited<ReturnType<typeof parsePlan>>) =>
      p.tasks.map((t) => ({ text: t.text.replace(/\s+/g, ''), lead: t.lead, participants: t.participants, due: t.due }));
    const [pdf, txt] = await Promise.all([
      parsePlan({ bytes: pdfOf(TYPED), fileName: 'plan.pdf' }),
      parsePlan({ text: TYPED.join('\n'), fileName: 'plan.txt' }),
    ]);
    expect(pick(txt)).toHaveLength(3);
    expect(pick(txt)[1]).toMatchObject({ lead: ['县教育局'], participants: ['县体育局', '县财政局'], due: ['2025-09-30'] });
    expect(pick(pdf)).toEqual(pick(txt));
  });

  it('joins a row wrapped with room left for the next line’s first character at a column gap', async () => {
    // 72 pt margins at 12 pt: a row ending at column 73 left room for one more character (just), at 74 it did not.
    const row = (head: string, end: number, last = '12月底') => head + ' '.repeat(end - displayWidth(last) - displayWidth(head)) + last;
    const text = async (end: number, last?: string, next = '已完成征地    加快建设') => {
      const lines = ['序号  任务          牵头单位  配合单位', row('1     新建食堂8个   县民政局  各街道', end, last), next];
      return (await readDocument({ bytes: pdfOf(lines), fileName: 'a.pdf' })).text.split('\n')[1];
    };
    expect(await text(73)).toMatch(/12月底 {2,}已完成征地 {2,}加快建设$/);
    // No room: the line may have broken inside a cell, and is read on without a gap.
    expect(await text(74)).toMatch(/12月底已完成征地/);
    // After a number the line may have kept the number with what follows it: no gap however much room.
    expect(await text(73, '2024', '年9月    加快建设')).toMatch(/2024年9月 {2,}加快建设$/);
  });

  it('keeps the column gap before a last cell that went whole to the next line', async () => {
    // Printed from a row too wide for the page: the run of spaces did not fit, so the 时限 cell starts the next line.
    const row = (head: string, last: string) => head + ' '.repeat(74 - displayWidth(head) - displayWidth(last)) + last;
    const lines = [
      '序号  任务                  牵头单位      配合单位      完成时限',
      row('1     开展老年人健康体检    县卫健委', '县民政局'),
      '每月',
      row('2     建设社区嵌入式托育点  县卫健委', '县住建局'),
      '2025年9月',
      '3     新建口袋公园5个       县住建局      县城管局      2025年10月',
    ];
    const text = (await readDocument({ bytes: pdfOf(lines), fileName: 'plan.pdf' })).text.split('\n');
    expect(text[1]).toMatch(/县民政局 {2,}每月$/);
    expect(text[2]).toMatch(/县住建局 {2,}2025年9月$/);
  });

  it('does not start a column inside a word where the font changes, nor at a comma', () => {
    // Runs as pdfjs gives them: a comma, or a character the main font lacks (set in a fallback font), is a
    // run of its own that happens to start or end at x = 252, where the header and the rows above start
    // their third column after a clear gap.
    const run = (x: number, text: string, y: number, font = 'f1'): Positioned => ({
      text,
      x,
      y,
      right: x + displayWidth(text) * 6,
      size: 12,
      font,
    });
    const rows = [
      [run(72, '序号', 700), run(108, '重点任务', 700), run(252, '完成时限', 700)],
      [run(72, '1', 682), run(108, '推进区域医疗中心建设', 682), run(252, '每季度', 682)],
      [run(72, '2', 664), run(108, '实施基层能力提升工程', 664), run(252, '持续推进', 664)],
      [run(72, '3', 646), run(108, '推进市县疾控体系改革工作', 646), run(252, ',', 646, 'f2'), run(258, '完成中心建设', 646)],
      [run(72, '4', 628), run(108, '开展安全生产治本攻坚', 628), run(240, '常', 628, 'f3'), run(252, '态化', 628)],
      [run(72, '5', 610), run(108, '建设区域医疗中心工作推进', 610), run(252, '每月', 610)],
    ];
    const starts = columnStarts(rows);
    expect(joinRuns(rows[3]!, starts)).toMatch(/^3 +推进市县疾控体系改革工作,完成中心建设$/);
    expect(joinRuns(rows[4]!, starts)).toMatch(/^4 +开展安全生产治本攻坚 +常态化$/);
    // A cell filled to the next column's edge, in the same font, still starts that column.
    expect(joinRuns(rows[5]!, starts)).toMatch(/推进 {2}每月$/);
  });

  it('joins the last cell of an indented header line that went alone to the next line', async () => {
    // The header's second line starts far in (its first cells are empty); its last cell, 时限, did not fit
    // with the spaces before it and starts the next line, at the left margin.
    const lines = [
      '序号  任务                  主体      配合      完成',
      '                            责任单位  责任单位',
      '时限',
      '1     开展健康宣传          县卫健委  县教育局  2025年6月',
      '2     推进全民健身          县体育局  县财政局  2025年9月',
    ];
    const text = (await readDocument({ bytes: pdfOf(lines), fileName: 'plan.pdf' })).text.split('\n');
    expect(text[1]).toBe('                            责任单位  责任单位  时限');
    expect(text).toHaveLength(4);
  });

  it('joins a line of labelled fields broken inside a label, without a gap, but not a new labelled line', async () => {
    // 限 alone would have fitted after 完成时; 限:2024 (a colon keeps the number after it) did not.
    const lines = [
      '领导:钟伟平  主责单位:县卫健局  协办单位:县医院  责任人:黄志强  完成时',
      '限:2024年12月  完成情况:已通过省级复核。',
      '领导:邱丽娟  主责单位:县疾控中心  完成时限:2024年11月',
      '完成情况:已接种首针2150人。',
    ];
    const text = (await readDocument({ bytes: pdfOf(lines), fileName: 'plan.pdf' })).text.split('\n');
    expect(text).toEqual([
      '领导:钟伟平  主责单位:县卫健局  协办单位:县医院  责任人:黄志强  完成时限:2024年12月  完成情况:已通过省级复核。',
      lines[2],
      lines[3],
    ]);
  });

  it('keeps a line of prose without wide gaps as it was', async () => {
    const source = await readDocument({ bytes: pdfOf(['第一段文字。', '发布时间：2025年3月1日 来源：县政府办']), fileName: 'a.pdf' });
    expect(source.text.split('\n')).toEqual(['第一段文字。', '发布时间：2025年3月1日 来源：县政府办']);
  });
});

describe('PDF: a table typed with tabs in its plain-text original', () => {
  // Each tab runs on to the next stop of a 1.25 cm grid, as LibreOffice prints a .txt.
  const STEP = 35.43;
  const tabbed = (line: string): TinyRun[] => {
    const out: TinyRun[] = [];
    let x = 72;
    line.split('\t').forEach((cell, i) => {
      if (i > 0) x = 72 + (Math.floor((x - 72) / STEP + 1e-6) + 1) * STEP;
      if (cell !== '') out.push({ x, text: cell });
      for (const ch of cell) x += ch < '\u0080' ? 6 : 12;
    });
    return out;
  };
  const LINES = [
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
    '1\t开展健康宣传\t县卫健委\t县教育局\t2025年6月',
    '2\t推进全民健身活动\t县体育局\t\t2025年9月',
    '3\t建设体育公园\t县住建局\t县财政局\t2025年12月',
  ];

  it('reads back its tabs, one for each stop a gap crosses (two for an empty cell)', async () => {
    const source = await readDocument({ bytes: tinyPdf([LINES.map(tabbed)], { latinWidth: 500 }), fileName: 'plan.pdf' });
    expect(source.text.split('\n')).toEqual(LINES);
  });
});

describe('SpaceWidths', () => {
  const run = (text: string, x: number, width: number, font: string): Positioned => ({ text, x, right: x + width, y: 0, size: 10, font });

  it('measures a space per font from its narrowest space run, ignoring the typesetter’s thin gaps', () => {
    const spaces = new SpaceWidths([
      run('序号', 0, 20, 'cjk'),
      run(' ', 20, 90, 'cjk'),
      run(' ', 110, 5, 'cjk'),
      run(' ', 115, 2, 'cjk'),
      run('2024', 117, 24, 'latin'),
      run(' ', 141, 30, 'latin'),
      run(' ', 171, 6, 'latin'),
    ]);
    expect(spaces.count(90, 10, run(' ', 0, 90, 'cjk'))).toBe(18);
    expect(spaces.count(30, 10, run(' ', 0, 30, 'latin'))).toBe(5);
    // A gap with no space run in it: half an em a space.
    expect(spaces.count(30, 10)).toBe(6);
    // Leading spaces are set in the Latin font.
    expect(spaces.indent(300, 10)).toBe(50);
  });

  it('falls back to half an em when a page shows no single space', () => {
    const spaces = new SpaceWidths([run('序号', 0, 20, 'cjk'), run(' ', 20, 90, 'cjk')]);
    expect(spaces.count(90, 10, run(' ', 20, 90, 'cjk'))).toBe(18);
    expect(spaces.indent(50, 10)).toBe(10);
  });
});

describe('realignGapJoins', () => {
  it('puts a row joined at a column gap back under the columns the rows around it show', () => {
    const lines = [
      '序号  任务                牵头单位  完成时限   进展',
      '1     开展健康宣传        县卫健委  2025年6月  已完成',
      '2     推进全民健身        县体育局  2025年9月  推进中',
      '3     开放学校体育场地    县残联    2025年8月  未启动',
    ];
    // Wrapped after 县残联 and joined with two spaces: 2025年8月 and 未启动 sit two columns too far left.
    const joined = [...lines.slice(0, 3), '3     开放学校体育场地    县残联  2025年8月  未启动'];
    realignGapJoins(joined, [{ index: 3, at: '3     开放学校体育场地    县残联'.length + 2 }]);
    expect(joined).toEqual(lines);
  });

  it('lines continuations up with one row read whole whose columns take several of their cells', () => {
    // The header and row 2 wrapped and were joined at a gap; only row 1 was read whole. No column past 配合
    // is shown by two rows, but row 1's own columns take all three cells of each continuation.
    const head = '序号  任务                  牵头      配合';
    const row2 = '2     推进全民健身          县体育局';
    const lines = [
      `${head}  完成时限    进展      计划`,
      '1     开展健康宣传          县卫健委  县教育局  2025年6月   已完成    持续',
      `${row2}  2025年9月   推进中    验收`,
    ];
    realignGapJoins(lines, [
      { index: 0, at: head.length + 2 },
      { index: 2, at: row2.length + 2 },
    ]);
    expect(lines[0]).toBe(`${head}      完成时限    进展      计划`);
    expect(lines[2]).toBe(`${row2}            2025年9月   推进中    验收`);
  });

  it('leaves the join alone with no rows to line up with', () => {
    const lines = ['首页', '3     开放学校体育场地    县教育局  2025年8月'];
    realignGapJoins(lines, [{ index: 1, at: '3     开放学校体育场地    县教育局'.length + 2 }]);
    expect(lines[1]).toBe('3     开放学校体育场地    县教育局  2025年8月');
  });
});

describe('reconsiderFlushJoins', () => {
  const rows = [
    '1     开展健康宣传          县卫健委  县教育局  2025年6月   已完成    持续',
    '2     推进全民健身          县体育局  县财政局  2025年9月   推进中    验收',
  ];
  const fix = (head: string, tail: string) => {
    const lines = [...rows, head + tail];
    const joins: { index: number; at: number }[] = [];
    reconsiderFlushJoins(lines, [{ index: 2, at: head.length }], joins);
    realignGapJoins(lines, joins);
    return lines[2];
  };

  it('puts back the gap of a row that filled its line and broke at a column gap', () => {
    // 县体育局 reached the margin, the spaces after it hung past it: the next line starts at the 时限 column.
    const head = '3     开放学校体育场地      县教育局  县体育局';
    expect(fix(head, '2025年8月   未启动    推进')).toBe(`${head}  2025年8月   未启动    推进`);
  });

  it('leaves a row that broke inside a cell joined without a gap', () => {
    const head = '3     开放学校体育场地      县教育局  县体育';
    expect(fix(head, '局  2025年8月   未启动    推进')).toBe(`${head}局  2025年8月   未启动    推进`);
  });
});

describe('reindentLostLeads', () => {
  const rows = [
    '序号  项目名称      建设内容                牵头单位      协同单位          完成时限',
    '3     城乡供水      铺设供水主管网36公里    县水务局      各镇（街道）      2024年12月',
    '4     背街小巷改造  改造背街小巷22条        县住建局      县城管执法局',
  ];

  it('gives a continuation whose leading spaces wrapped away its indent back', () => {
    const lines = [
      ...rows,
      '城关街道办事处    2024年9月',
      '5     农村养老      建设农村幸福院15个      县民政局      各镇（街道）      2024年11月',
    ];
    reindentLostLeads(lines, [3]);
    expect(lines[3]).toBe(`${' '.repeat(58)}城关街道办事处    2024年9月`);
  });

  it('leaves a row that lines up where it is', () => {
    const row = '5     农村养老      建设农村幸福院15个      县民政局      各镇（街道）      2024年11月';
    const lines = [...rows, row, rows[1]!];
    reindentLostLeads(lines, [3]);
    expect(lines[3]).toBe(row);
  });

  it('leaves a line of fields that is not between two rows', () => {
    const lines = ['工作台账', '信息来源:县卫生健康局    发布日期:2024-07-12', ...rows];
    reindentLostLeads(lines, [1]);
    expect(lines[1]).toBe('信息来源:县卫生健康局    发布日期:2024-07-12');
  });
});
