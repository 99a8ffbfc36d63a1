import { tooltipHtml } from '../../components/tooltip-html.js';

/** Tooltip of the unit × status heatmap: the unit's name, then the status and its count (all escaped). */
export function unitStatusTooltip(units: { unitName: string }[], statusText: (index: number) => string) {
  return (p: { value: [number, number, number] }) =>
    tooltipHtml([units[p.value[1]]?.unitName ?? '', `${statusText(p.value[0])}：${p.value[2]}`]);
}

/** Tooltip of the deadline chart: the task's label, then the date (all escaped). */
export function deadlineTooltip<T>(rows: T[], label: (row: T) => string) {
  return (p: { data: [string, number, string] }) => tooltipHtml([rows[p.data[1]] ? label(rows[p.data[1]]!) : '', p.data[0]]);
}
