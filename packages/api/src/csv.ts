/** A CSV column: its (Chinese) header and how to read it from a row. */
export type CsvColumn<T> = [header: string, value: (row: T) => unknown];

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = Array.isArray(v) ? v.join('；') : typeof v === 'object' ? JSON.stringify(v) : String(v);
  // Spreadsheet formula injection: text starting with = + - @ would run as a formula in Excel.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text with a UTF-8 BOM (so Excel opens Chinese correctly) and CRLF line ends. */
export function toCsv<T>(rows: T[], columns: CsvColumn<T>[]): string {
  const lines = [columns.map(([h]) => cell(h)).join(',')];
  for (const r of rows) lines.push(columns.map(([, f]) => cell(f(r))).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Columns for any list of flat records: one per key of the first row. */
export function autoColumns(rows: Record<string, unknown>[]): CsvColumn<Record<string, unknown>>[] {
  const keys = rows[0] ? Object.keys(rows[0]) : [];
  return keys.map((k) => [k, (r) => r[k]]);
}
