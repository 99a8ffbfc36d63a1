import { loadExcel } from './excel.js';

/** One row of the 进展情况汇总表: a task × an owing unit, with its latest report in the period (or none). */
export interface ProgressRow {
  number: string;
  task: string;
  leads: string[];
  unit: string;
  /** Percent of the latest report, null when none was submitted. */
  percent: number | null;
  narrative: string;
  /** 已审核 / 待审核 / 已退回 / 未报送 …, as shown. */
  state: string;
  submittedAt: string | null;
  onTime: boolean | null;
  colour: string;
}

/** The data of a 进展情况汇总表: plan, period, rows grouped by section. */
export interface ProgressTableData {
  title: string;
  periodLabel: string;
  asOf: string;
  sections: { heading: string | null; rows: ProgressRow[] }[];
}

const HEADER = ['序号', '重点任务', '牵头单位', '报送单位', '进度(%)', '进展情况', '报送时间', '是否按时', '审核状态', '预警'];
const WIDTHS = [7, 40, 18, 18, 9, 50, 18, 9, 10, 8];
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const COLOUR_FILL: Record<string, string> = { 红: 'FFF8C9C9', 黄: 'FFFFF1B8' };

/**
 * The 进展情况汇总表 of one period as .xlsx: title and period rows, a frozen header, section rows merged across the
 * width, one row per task and owing unit with its latest report; red and yellow rows shaded; printed A4 landscape.
 */
export async function buildProgressXlsx(data: ProgressTableData): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Duban';
  const ws = wb.addWorksheet('进展情况汇总表', {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C— &P —' },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const width = HEADER.length;
  const title = ws.addRow([`${data.title}进展情况汇总表`]);
  ws.mergeCells(1, 1, 1, width);
  title.getCell(1).font = { name: '方正小标宋简体', size: 18 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 30;
  const sub = ws.addRow([`报送期间：${data.periodLabel}\u3000\u3000统计截至：${data.asOf}`]);
  ws.mergeCells(2, 1, 2, width);
  sub.getCell(1).font = { name: '仿宋_GB2312', size: 11 };
  sub.getCell(1).alignment = { horizontal: 'center' };
  const head = ws.addRow(HEADER);
  head.eachCell((c) => {
    c.font = { name: '黑体', size: 11 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
  });
  for (const section of data.sections) {
    if (section.heading) {
      const row = ws.addRow([section.heading]);
      ws.mergeCells(row.number, 1, row.number, width);
      row.getCell(1).font = { name: '黑体', size: 11 };
      row.getCell(1).border = BORDER;
    }
    for (const r of section.rows) {
      const row = ws.addRow([
        r.number,
        r.task,
        r.leads.join('、'),
        r.unit,
        r.percent,
        r.narrative,
        r.submittedAt ?? '',
        r.onTime === null ? '' : r.onTime ? '是' : '否',
        r.state,
        r.colour,
      ]);
      const fill = COLOUR_FILL[r.colour];
      row.eachCell({ includeEmpty: true }, (c, col) => {
        c.font = { name: '仿宋_GB2312', size: 10.5 };
        c.border = BORDER;
        c.alignment = { vertical: 'middle', wrapText: true, horizontal: [1, 5, 8, 9, 10].includes(col) ? 'center' : 'left' };
        if (fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      });
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
