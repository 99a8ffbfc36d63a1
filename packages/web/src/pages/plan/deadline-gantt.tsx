import { lazy, Suspense, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { Skeleton } from 'antd';
import dayjs from 'dayjs';
import type { PlanTask as Task } from './plan-tasks.js';
import { colourLabels } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { alertColours } from '../../theme.js';
import { deadlineTooltip } from '../dashboard/chart-tooltips.js';

const Chart = lazy(() => import('../../components/chart.js'));
const ROWS = 14;
/** The series, most severe first (a constant, so the chart option is not rebuilt on every render). */
const colours = ['red', 'yellow', 'blue', 'green', 'none'];

/**
 * Every task's deadlines on one time axis (a Gantt of deadlines): one row per task, a dot per deadline coloured by
 * its alert colour, today marked; scroll the rows with the slider, click a dot to open the task.
 */
export function DeadlineGantt({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const rows = useMemo(
    () => tasks.filter((x) => x.due.length > 0).sort((a, b) => (a.due[0]! < b.due[0]! ? -1 : a.due[0]! > b.due[0]! ? 1 : 0)),
    [tasks],
  );
  const label = (x: Task) => {
    const s = `${x.displayNumber ?? x.number ?? ''} ${x.title ?? x.text}`.trim();
    return s.length > 16 ? `${s.slice(0, 16)}…` : s;
  };
  // The axis spans every deadline (and today), whichever rows the slider shows.
  const range = useMemo(() => {
    const all = rows.flatMap((x) => x.due).sort();
    const today = dayjs().format('YYYY-MM-DD');
    const lo = all[0] && all[0] < today ? all[0] : today;
    const hi = all.at(-1) && all.at(-1)! > today ? all.at(-1)! : today;
    return [dayjs(lo).startOf('month').valueOf(), dayjs(hi).endOf('month').valueOf()];
  }, [rows]);
  const option = useMemo(
    () => ({
      tooltip: { formatter: deadlineTooltip(rows, label) },
      legend: { top: 0 },
      grid: { left: 8, right: 40, top: 32, bottom: 30, containLabel: true },
      xAxis: {
        type: 'time',
        min: range[0],
        max: range[1],
        axisLabel: { formatter: (v: number) => dayjs(v).format('YYYY-MM-DD'), hideOverlap: true },
      },
      yAxis: { type: 'category', inverse: true, data: rows.map(label), axisLabel: { width: 170, overflow: 'truncate' } },
      dataZoom:
        rows.length > ROWS
          ? [
              {
                type: 'slider',
                yAxisIndex: 0,
                right: 6,
                width: 14,
                startValue: 0,
                endValue: ROWS - 1,
                showDetail: false,
                filterMode: 'none',
              },
              { type: 'inside', yAxisIndex: 0, filterMode: 'none' },
            ]
          : [],
      series: colours.map((c, i) => ({
        name: t(colourLabels[c] ?? c),
        type: 'scatter',
        symbolSize: 11,
        itemStyle: { color: alertColours[c] },
        data: rows.flatMap((x, y) => ((x.colour ?? 'none') === c ? x.due.map((d) => [d, y, x.id]) : [])),
        ...(i === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#1f4e9c', type: 'dashed' },
                label: { formatter: t('今天') },
                data: [{ xAxis: dayjs().format('YYYY-MM-DD') }],
              },
            }
          : {}),
      })),
    }),
    [rows, range, t],
  );
  if (rows.length === 0) return <div className="duban-muted">{t('没有明确完成时限的任务')}</div>;
  return (
    <Suspense fallback={<Skeleton active />}>
      <Chart
        label={t('任务完成时限甘特图')}
        height={Math.min(rows.length, ROWS) * 30 + 90}
        option={option}
        onClick={(e) => {
          const id = (e.data as [string, number, string] | undefined)?.[2];
          if (id) navigate(`/tasks/${id}`);
        }}
      />
    </Suspense>
  );
}
