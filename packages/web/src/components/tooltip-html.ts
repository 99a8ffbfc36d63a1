// ECharts renders a tooltip formatter's string as HTML. Data (unit names, task titles) must never be written into
// it as markup: every piece goes through escapeHtml, and lines are joined here and only here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML (element content or a quoted attribute). */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Tooltip HTML of plain-text lines: each line escaped, lines separated by <br/>. */
export function tooltipHtml(lines: unknown[]): string {
  // eslint-disable-next-line no-restricted-syntax -- the one line break joining escaped lines
  return lines.map(escapeHtml).join('<br/>');
}
