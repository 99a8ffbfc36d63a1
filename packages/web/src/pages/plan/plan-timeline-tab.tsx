import { lazy, Suspense } from 'react';
import { Card, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { colourLabels } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { alertColours } from '../../theme.js';
import { DeadlineGantt } from './deadline-gantt.js';
import type { PlanTask } from './plan-tasks.js';

const Chart = lazy(() => import('../../components/chart.js'));
const timelineColours = ['green', 'blue', 'yellow', 'red', 'none'];

/**
 * The 时间轴 tab: tasks due per month by warning colour (a bar opens the task list due by that month) and the
 * deadline Gantt chart. Charts are drawn only while the tab is `active`.
 */
export function PlanTimelineTab({
  tasks,
  timeline,
  active,
  onMonth,
}: {
  tasks: PlanTask[];
  timeline: { months: string[]; counts: Record<string, number[]> };
  active: boolean;
  /** A month's bar was clicked: show the tasks due by the end of that month (YYYY-MM-DD). */
  onMonth: (dueBefore: string) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <Card size="small" title={t('各月到期任务（按预警颜色）')}>
        <Suspense fallback={<Skeleton active />}>
          {active && (
            <Chart
              label={t('各月到期任务')}
              height={360}
              onClick={(e) => onMonth(dayjs(`${e.name}-01`).endOf('month').format('YYYY-MM-DD'))}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { left: 40, right: 16, bottom: 60, top: 40 },
                dataZoom: [{ type: 'slider', height: 18, bottom: 10 }],
                xAxis: { type: 'category', data: timeline.months },
                yAxis: { type: 'value', minInterval: 1 },
                series: timelineColours.map((c) => ({
                  name: t(colourLabels[c] ?? c),
                  type: 'bar',
                  stack: 'due',
                  itemStyle: { color: alertColours[c] },
                  data: timeline.counts[c],
                })),
              }}
            />
          )}
        </Suspense>
        <div className="duban-muted">{t('点击柱形查看该月及之前到期的任务')}</div>
      </Card>
      <Card size="small" title={t('任务完成时限甘特图')} style={{ marginTop: 16 }}>
        {active && <DeadlineGantt tasks={tasks} />}
      </Card>
    </>
  );
}
