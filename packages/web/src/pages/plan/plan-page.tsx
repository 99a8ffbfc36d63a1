import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Card, Skeleton, Tabs } from 'antd';
import { qs } from '../../api/client.js';
import { Loadable } from '../../components/common.js';
import { useAuth } from '../../auth/auth.js';
import { useI18n } from '../../i18n/i18n.js';
import { PlanHead } from './plan-head.js';
import { PlanTasksTab } from './plan-tasks-tab.js';
import { PlanTimelineTab } from './plan-timeline-tab.js';
import { usePlanBoard } from './use-plan-board.js';
import { usePlanFilters } from './use-plan-filters.js';
import { useScreens } from '../../layout/use-screens.js';

// Not on a plan's first paint: the 指标 tab.
const PlanIndicatorsTab = lazy(() => import('./plan-indicators-tab.js'));

/** One published plan: the task tree by section with filters, a deadline timeline, indicators. */
export default function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { has } = useAuth();
  const screens = useScreens();
  const { filters, setFilters, params } = usePlanFilters();
  const [tab, setTab] = useState(() => params.get('tab') ?? 'tasks');
  const office = has('admin');
  const { plan, indicators, all, shown, tree, unitOptions, timeline, directory, done } = usePlanBoard(id, filters, office);
  const p = plan.data?.plan;

  // The export follows the filters on screen (the section filter is the browser's own, so it is left out).
  const csvHref = `/api/tasks${qs({ plan: id, unit: filters.unit, status: filters.status, colour: filters.colour, q: filters.q, dueBefore: filters.dueBefore, format: 'csv' })}`;
  const tableHeight = screens.md ? Math.max(360, window.innerHeight - 360) : 480;

  return (
    <>
      <PlanHead id={id} board={plan.data} total={all.length} done={done} csvHref={csvHref} onChanged={plan.reload} />
      <Loadable loading={plan.loading && !plan.data} error={plan.error} reload={plan.reload}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'tasks',
              label: t('任务清单'),
              children: (
                <PlanTasksTab
                  planId={id}
                  all={all}
                  shown={shown}
                  tree={tree}
                  units={unitOptions}
                  filters={filters}
                  setFilters={setFilters}
                  office={office}
                  directory={directory.data ?? []}
                  published={p && p.status === 'published'}
                  wide={Boolean(screens.lg)}
                  compact={!screens.md}
                  tableHeight={tableHeight}
                  onChanged={plan.reload}
                />
              ),
            },
            {
              key: 'timeline',
              label: t('时间轴'),
              children: (
                <PlanTimelineTab
                  tasks={shown}
                  timeline={timeline}
                  active={tab === 'timeline'}
                  onMonth={(dueBefore) => {
                    setFilters({ ...filters, dueBefore });
                    setTab('tasks');
                  }}
                />
              ),
            },
            {
              key: 'indicators',
              label: t('指标'),
              children: (
                <Card size="small">
                  <Suspense fallback={<Skeleton active />}>
                    <PlanIndicatorsTab
                      planId={id}
                      indicators={indicators.data ?? []}
                      units={unitOptions}
                      admin={has('admin')}
                      published={p?.status === 'published'}
                      onDone={indicators.reload}
                    />
                  </Suspense>
                </Card>
              ),
            },
          ]}
        />
      </Loadable>
    </>
  );
}
