import type ExcelJS from 'exceljs';

/** exceljs, loaded on first use: importing it takes about half a second, and most commands never write a sheet. */
export async function loadExcel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}
