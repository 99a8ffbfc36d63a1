import Table from 'cli-table3';
import type { ExtractedPlan } from '@duban/core';

const KIND: Record<string, string> = { task: '任务', safeguard: '保障', step: '步骤' };
const COMPARATOR: Record<string, string> = { '>=': '≥', '<=': '≤', '=': '=', decrease_by: '降低', increase_by: '提高' };

/** Renders an extracted plan as readable Chinese tables: meta header, tasks, indicators, diagnostics. */
export function renderPlan(plan: ExtractedPlan, width = 120): string {
  const { meta } = plan;
  const out: string[] = [];
  out.push(`标题: ${meta.title ?? '(未识别)'}`);
  out.push(`发文机关: ${meta.issuer ?? '(未识别)'}    文号: ${meta.docNumber ?? '—'}    成文日期: ${meta.date ?? '—'}`);
  out.push(`计划年度: ${meta.planYear ?? '—'}${meta.annual ? '(年度计划)' : ''}`);
  out.push('');

  const textWidth = Math.max(20, width - 62);
  out.push(`任务 (${plan.tasks.length})`);
  if (plan.tasks.length > 0) {
    const t = new Table({
      head: ['序号', '类别', '任务', '牵头', '参与', '时限'],
      colWidths: [8, 6, textWidth, 18, 18, 14],
      style: { head: [], border: [] },
    });
    for (const task of plan.tasks) {
      t.push([
        task.number ?? '',
        KIND[task.kind] ?? task.kind,
        wrap(clip(task.text, 90), textWidth - 2),
        wrap(task.lead.join('、') + (task.separateLeads ? '(分别负责)' : ''), 16),
        wrap(task.participants.join('、'), 16),
        [...task.due, task.ongoing ? '持续推进' : ''].filter(Boolean).join('\n'),
      ]);
    }
    out.push(t.toString());
  }
  out.push('');

  out.push(`指标 (${plan.indicators.length})`);
  if (plan.indicators.length > 0) {
    const nameWidth = Math.max(20, width - 50);
    const t = new Table({
      head: ['指标', '基线', '目标', '单位', '时限'],
      colWidths: [nameWidth, 10, 14, 10, 12],
      style: { head: [], border: [] },
    });
    for (const i of plan.indicators) {
      t.push([
        wrap(clip(i.name, 60), nameWidth - 2),
        i.baseline === null ? '—' : String(i.baseline),
        `${COMPARATOR[i.comparator] ?? i.comparator} ${i.target}`,
        i.unit,
        i.due ?? '—',
      ]);
    }
    out.push(t.toString());
  }

  if (plan.diagnostics.length > 0) {
    out.push('');
    out.push(`提示 (${plan.diagnostics.length})`);
    for (const d of plan.diagnostics) {
      const where = d.source ? `第${d.source.line}行 ` : '';
      out.push(`  [${d.severity === 'error' ? '错误' : d.severity === 'warning' ? '警告' : '信息'}] ${where}${d.message}`);
    }
  }
  return out.join('\n') + '\n';
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Terminal columns a character takes: two for CJK and full-width forms, one otherwise. */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
    ? 2
    : 1;
}

/** Breaks text into lines of at most `columns` terminal columns (Chinese has no spaces to break at). */
function wrap(text: string, columns: number): string {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const c of text) {
    const w = charWidth(c);
    if (used + w > columns && line !== '') {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += c;
    used += w;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
