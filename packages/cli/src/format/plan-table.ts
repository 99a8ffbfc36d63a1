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
    const t = new Table({ head: ['序号', '类别', '任务', '牵头', '参与', '时限'], colWidths: [8, 6, textWidth, 18, 18, 14], wordWrap: true, wrapOnWordBoundary: false, style: { head: [], border: [] } });
    for (const task of plan.tasks) {
      t.push([
        task.number ?? '',
        KIND[task.kind] ?? task.kind,
        clip(task.title ? `${task.title}:${task.text}` : task.text, 80),
        task.lead.join('、') + (task.separateLeads ? '(分别负责)' : ''),
        task.participants.join('、'),
        [...task.due, task.ongoing ? '持续' : ''].filter(Boolean).join('\n'),
      ]);
    }
    out.push(t.toString());
  }
  out.push('');

  out.push(`指标 (${plan.indicators.length})`);
  if (plan.indicators.length > 0) {
    const t = new Table({ head: ['指标', '基线', '目标', '单位', '时限'], colWidths: [Math.max(20, width - 50), 10, 14, 10, 12], wordWrap: true, wrapOnWordBoundary: false, style: { head: [], border: [] } });
    for (const i of plan.indicators) {
      t.push([clip(i.name, 60), i.baseline === null ? '—' : String(i.baseline), `${COMPARATOR[i.comparator] ?? i.comparator} ${i.target}`, i.unit, i.due ?? '—']);
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
