import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IRunOptions,
} from 'docx';

/**
 * Building blocks of a Chinese official document after GB/T 9704-2012: A4 with the standard margins, a 2号
 * 小标宋 title, 3号 仿宋 body on a fixed 28 pt line, 黑体 / 楷体 for the first two heading levels, and
 * page numbers "— 1 —" in 4号 宋体 (odd pages right, even pages left).
 * Font names go into the run's eastAsia slot (what Word uses for Chinese text); Latin text keeps Times New Roman.
 */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Chinese type sizes in half-points (what docx's `size` takes): 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
export const SIZES = { hao1: 52, hao2: 44, hao3: 32, hao4: 28, xiao4: 24, wu: 21 } as const;

const RED = 'FF0000';
const mm = (v: number) => Math.round((v / 25.4) * 1440);
/** 28 pt exact line spacing (22 lines a page on the standard type area). */
const BODY_LINE = { line: 560, lineRule: LineRuleType.EXACT };

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'font' | 'size'>;

/** A run of text in a named Chinese font at a size in half-points. */
export function run(text: string, font: string, size: number, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: font, hint: 'eastAsia' },
    size,
    ...style,
  });
}

/** A body paragraph: 3号 仿宋, first line indented two characters. */
export function bodyPara(
  text: string,
  opts: { indent?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
): Paragraph {
  return new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    spacing: BODY_LINE,
    indent: opts.indent === false ? undefined : { firstLine: SIZES.hao3 * 20 },
    children: [run(text, FONTS.body, SIZES.hao3)],
  });
}

/** A level-1 heading "一、…" in 3号 黑体. */
export function heading1(text: string): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: { firstLine: SIZES.hao3 * 20 }, children: [run(text, FONTS.heading1, SIZES.hao3)] });
}

/** A level-2 heading "(一)…" in 3号 楷体. */
export function heading2(text: string): Paragraph {
  return new Paragraph({ spacing: BODY_LINE, indent: { firstLine: SIZES.hao3 * 20 }, children: [run(text, FONTS.heading2, SIZES.hao3)] });
}

/** The title: 2号 小标宋, centred, with a blank line after it. */
export function titlePara(text: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT },
      children: [run(text, FONTS.title, SIZES.hao2)],
    }),
    new Paragraph({ spacing: BODY_LINE, children: [] }),
  ];
}

/** The red issuer header (发文机关标志) and an optional serial line above the red rule. */
export function redHeader(issuer: string, serialLine?: string): Paragraph[] {
  const paras = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [run(issuer, FONTS.title, SIZES.hao1 + 8, { color: RED })],
    }),
  ];
  paras.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 480 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 4 } },
      children: serialLine ? [run(serialLine, FONTS.body, SIZES.hao3)] : [],
    }),
  );
  return paras;
}

/** Issuer and date at the end, right-aligned, four characters from the right margin. */
export function signature(issuer: string, date: string): Paragraph[] {
  const right = { right: SIZES.hao3 * 20 * 4 };
  return [
    new Paragraph({ spacing: BODY_LINE, children: [] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: BODY_LINE, indent: right, children: [run(issuer, FONTS.body, SIZES.hao3)] }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: BODY_LINE,
      indent: right,
      children: [run(chineseDate(date), FONTS.body, SIZES.hao3)],
    }),
  ];
}

/** 2026-03-05 → 2026年3月5日 (Arabic numerals, no leading zeros, as GB/T 9704 asks). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** 一, 二, … 九十九 for heading numbers. */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n] ?? String(n);
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
  return String(n);
}

/** A table with a bold 黑体 header row and 仿宋 cells; `widths` are relative column weights. */
export function dataTable(header: string[], rows: (string | number)[][], widths?: number[]): Table {
  const total = (widths ?? header.map(() => 1)).reduce((a, b) => a + b, 0);
  const pct = (i: number) => Math.round(((widths?.[i] ?? 1) / total) * 5000);
  const cell = (text: string, i: number, head: boolean) =>
    new TableCell({
      width: { size: pct(i), type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.CENTER,
      // Narrow side margins (1 mm) so a two-character column such as 序号 fits on one line.
      margins: { left: 57, right: 57, top: 40, bottom: 40 },
      children: [
        new Paragraph({
          alignment: head || typeof rows[0]?.[i] === 'number' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, head ? FONTS.heading1 : FONTS.body, SIZES.xiao4)],
        }),
      ],
    });
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(String(v), i, false)) })),
    ],
  });
}

function pageNumberFooter(align: 'left' | 'right'): Footer {
  const margin = SIZES.hao4 * 10;
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: margin } : { left: margin },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: { ascii: FONTS.pageNumber, hAnsi: FONTS.pageNumber, eastAsia: FONTS.pageNumber },
            size: SIZES.hao4,
          }),
        ],
      }),
    ],
  });
}

/** Packs body paragraphs and tables into an A4 official document with odd/even page numbers. */
export async function packOfficial(children: (Paragraph | Table)[], meta: { title: string; creator?: string }): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: meta.creator ?? 'Duban',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: FONTS.body }, size: SIZES.hao3 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(24) },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
