import type ExcelJS from 'exceljs';
import { loadExcel } from './excel.js';

/** One indicator row of the per-period values sheet. */
export interface IndicatorSheetRow {
  id: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number;
  comparator: string;
  owner: string;
  value: number | null;
  note: string;
}

/** The values sheet of one plan and period. */
export interface IndicatorSheetData {
  title: string;
  periodId: string;
  periodLabel: string;
  rows: IndicatorSheetRow[];
}

/** A row read back from a filled-in sheet (1-based sheet row for messages). */
export interface IndicatorSheetEntry {
  row: number;
  id: string;
  name: string;
  value: number | null;
  note: string;
  problem?: string;
}

const HEADER = ['指标ID', '指标', '单位', '基期值', '目标值', '报送单位', '本期值', '备注'];
const SHEET = '指标值';
const PERIOD_CELL = 'A2';

/**
 * The indicator values of one period as .xlsx: a title, the period (its id kept in a hidden cell so an import
 * writes to the same period), a frozen header, and one row per indicator with the value reported so far.
 * The office or a unit fills 本期值 (and 备注) and imports the sheet back.
 */
export async function buildIndicatorSheet(d: IndicatorSheetData): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'Duban';
  const ws = wb.addWorksheet(SHEET, {
    views: [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  ws.columns = [38, 36, 8, 10, 10, 20, 12, 30].map((width) => ({ width }));
  ws.addRow([`${d.title}主要指标${d.periodLabel}数据`]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell('A1').font = { name: '方正小标宋简体', size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.addRow([`period:${d.periodId}`, `报送期间：${d.periodLabel}`]);
  ws.getColumn(1).hidden = true;
  const head = ws.addRow(HEADER);
  head.eachCell((c) => {
    c.font = { name: '黑体', size: 11 };
    c.alignment = { horizontal: 'center' };
  });
  for (const r of d.rows) {
    const target = `${r.comparator === '<=' ? '≤' : r.comparator === '>=' ? '≥' : ''}${r.target}`;
    ws.addRow([r.id, r.name, r.unit, r.baseline, target, r.owner, r.value, r.note]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function cellValue(v: ExcelJS.CellValue): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'object' && 'result' in v) return cellValue(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  return String(v);
}

/**
 * Reads a filled-in values sheet: the period it was exported for and, per indicator row, the value (a number, or a
 * number written as text such as "21.5" or "21.5%"); rows whose value is not a number carry a `problem`.
 */
export async function readIndicatorSheet(bytes: Uint8Array): Promise<{ periodId: string | null; entries: IndicatorSheetEntry[] }> {
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
  if (!ws) return { periodId: null, entries: [] };
  const marker = String(cellValue(ws.getCell(PERIOD_CELL).value) ?? '');
  const periodId = marker.startsWith('period:') ? marker.slice(7) : null;
  const entries: IndicatorSheetEntry[] = [];
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const id = String(cellValue(row.getCell(1).value) ?? '').trim();
    const name = String(cellValue(row.getCell(2).value) ?? '').trim();
    if (!id && !name) return;
    const raw = cellValue(row.getCell(7).value);
    const note = String(cellValue(row.getCell(8).value) ?? '').trim();
    if (raw === null || String(raw).trim() === '') return entries.push({ row: n, id, name, value: null, note });
    const value = typeof raw === 'number' ? raw : Number(String(raw).replace(/[%％,，\s]/g, ''));
    entries.push(
      Number.isFinite(value)
        ? { row: n, id, name, value, note }
        : { row: n, id, name, value: null, note, problem: `本期值“${String(raw)}”不是数字` },
    );
  });
  return { periodId, entries };
}
