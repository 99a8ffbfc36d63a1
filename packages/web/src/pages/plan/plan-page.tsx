import { lazy, Suspense, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Grid, Progress, Row, Skeleton, Space, Tabs, Tree, TreeSelect } from 'antd';
import { DownloadOutlined, FileSearchOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { qs } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import { Loadable, PageHead, StatusTag, colourLabels } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { alertColours } from '../../theme.js';
import { deadlinesByMonth, filterTasks, sectionTree, type SectionNode } from './filter-tasks.js';
import { TaskFilters, type Filters } from './task-filters.js';
import { TaskTable } from './task-table.js';
import { boardTasks } from './plan-tasks.js';
import { PeriodsButton } from './periods-button.js';
import { PlanExportsButton } from './plan-exports-button.js';
import { ReportingScopeSelect } from './plan-reporting-controls.js';
import { DeadlineGantt } from './deadline-gantt.js';
import { useAuth } from '../../auth/auth.js';
import { planBoard, planIndicators } from '../../api/first-queries.js';

const Chart = lazy(() => import('../../components/chart.js'));
// Not on a plan's first paint: the 指标 tab, and the bulk edit bar (antd's Form, Modal, DatePicker) that shows once
// the office selects tasks.
const PlanIndicatorsTab = lazy(() => import('./plan-indicators-tab.js'));
const BulkEditBar = lazy(() => import('../plans/task-ops.js').then((m) => ({ default: m.BulkEditBar })));
const timelineColours = ['green', 'blue', 'yellow', 'red', 'none'];
const keys: (keyof Filters)[] = ['unit', 'status', 'colour', 'dueBefore', 'q', 'section'];

function treeData(nodes: SectionNode[]): { key: string; value: string; title: string; children: ReturnType<typeof treeData> }[] {
  return nodes.map((n) => ({ key: n.key, value: n.key, title: `${n.title}（${n.count}）`, children: treeData(n.children) }));
}

/** One published plan: the task tree by section with filters, a deadline timeline, indicators. */
export default function PlanPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { has } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState(() => params.get('tab') ?? 'tasks');
  const search = params.toString();
  const filters: Filters = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, new URLSearchParams(search).get(k) ?? undefined]).filter(([, v]) => v)),
    [search],
  );
  const setFilters = (f: Filters) =>
    setParams(Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as Record<string, string>, { replace: true });

  // The board carries every task, trimmed to what this page shows: one request, then filtering happens in the browser.
  const plan = useApiQuery(...planBoard(id));
  const indicators = useApiQuery(...planIndicators(id));
  const tasks = plan;
  const all = useMemo(() => (plan.data ? boardTasks(plan.data) : []), [plan.data]);
  const shown = useMemo(() => filterTasks(all, filters), [all, filters]);
  const tree = useMemo(() => treeData(sectionTree(all)), [all]);
  const unitOptions = useMemo(() => {
    const m = new Map<string, string>();
    for (const task of all) for (const u of task.units) if (u.role === 'lead' && u.unitId) m.set(u.unitId!, u.unitName ?? u.name);
    return [...m].map(([uid, name]) => ({ id: uid, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  }, [all]);
  const timeline = useMemo(() => deadlinesByMonth(shown), [shown]);
  // The office selects tasks for bulk corrections (deadline, lead unit, participant, merge, delete) with a reason.
  const office = has('admin');
  const [selected, setSelected] = useState<string[]>([]);
  const directory = useApiQuery('GET /api/units', office ? {} : null);
  const p = plan.data?.plan;
  const done = all.filter((x) => x.status === 'done' || x.status === 'completed').length;

  // The export follows the filters on screen (the section filter is the browser's own, so it is left out).
  const csvHref = `/api/tasks${qs({ plan: id, unit: filters.unit, status: filters.status, colour: filters.colour, q: filters.q, dueBefore: filters.dueBefore, format: 'csv' })}`;
  const tableHeight = screens.md ? Math.max(360, window.innerHeight - 360) : 480;

  return (
    <>
      <PageHead
        title={p?.title ?? t('行动方案')}
        sub={
          p && (
            <Space wrap>
              <StatusTag status={p.status} />
              {p.docNumber && <span>{p.docNumber}</span>}
              <span>{t('共 {n} 项任务', { n: all.length })}</span>
              <Progress
                percent={all.length ? Math.round((done / all.length) * 100) : 0}
                size="small"
                style={{ width: 140, margin: 0 }}
                aria-label={t('完成率')}
              />
            </Space>
          )
        }
        extra={
          <>
            {p && p.status === 'published' && (
              <ReportingScopeSelect planId={id} version={p.version} scope={p.reportingScope} canEdit={has('admin')} onDone={plan.reload} />
            )}
            {p && p.status === 'published' && <PeriodsButton planId={id} year={p.planYear} canEdit={has('admin')} />}
            <Button icon={<FileSearchOutlined />} onClick={() => navigate(`/plans/${id}/review`)}>
              {t('对照原文')}
            </Button>
            <Button icon={<DownloadOutlined />} href={csvHref}>
              {t('导出 CSV')}
            </Button>
            {p && plan.data && (
              <PlanExportsButton
                planId={id}
                units={plan.data.units}
                published={p.status === 'published'}
                canImport={has('admin') || has('liaison')}
              />
            )}
          </>
        }
      />
      <Loadable loading={tasks.loading && !tasks.data} error={plan.error} reload={tasks.reload}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'tasks',
              label: t('任务清单'),
              children: (
                <Row gutter={16}>
                  {screens.lg && (
                    <Col lg={5}>
                      <Card size="small" title={t('章节')} styles={{ body: { maxHeight: tableHeight + 60, overflow: 'auto' } }}>
                        <Tree
                          blockNode
                          defaultExpandAll
                          treeData={tree}
                          selectedKeys={filters.section ? [filters.section] : []}
                          onSelect={(k) => setFilters({ ...filters, section: (k[0] as string | undefined) ?? undefined })}
                        />
                      </Card>
                    </Col>
                  )}
                  <Col xs={24} lg={19}>
                    <Card size="small">
                      {!screens.lg && (
                        <TreeSelect
                          allowClear={{ label: t('清除') }}
                          treeData={tree}
                          value={filters.section}
                          placeholder={t('按章节筛选')}
                          aria-label={t('按章节筛选')}
                          onChange={(section?: string) => setFilters({ ...filters, section })}
                          style={{ width: '100%', marginBottom: 8 }}
                        />
                      )}
                      <TaskFilters
                        value={filters}
                        units={unitOptions}
                        onChange={(f) => setFilters({ ...f, section: f.section ?? (Object.keys(f).length ? filters.section : undefined) })}
                      />
                      <div className="duban-muted" style={{ marginBottom: 8 }} aria-live="polite">
                        {t('显示 {a} / {b} 项', { a: shown.length, b: all.length })}
                      </div>
                      {office && p && selected.length > 0 && (
                        <Suspense fallback={null}>
                          <BulkEditBar
                            planId={id}
                            selected={all.filter((x) => selected.includes(x.id))}
                            units={directory.data ?? []}
                            published={p.status === 'published'}
                            onDone={() => {
                              setSelected([]);
                              plan.reload();
                            }}
                          />
                        </Suspense>
                      )}
                      <TaskTable
                        tasks={shown}
                        height={tableHeight}
                        compact={!screens.md}
                        {...(office ? { selected, onSelect: setSelected } : {})}
                      />
                    </Card>
                  </Col>
                </Row>
              ),
            },
            {
              key: 'timeline',
              label: t('时间轴'),
              children: (
                <>
                  <Card size="small" title={t('各月到期任务（按预警颜色）')}>
                    <Suspense fallback={<Skeleton active />}>
                      {tab === 'timeline' && (
                        <Chart
                          label={t('各月到期任务')}
                          height={360}
                          onClick={(e) => {
                            setFilters({ ...filters, dueBefore: dayjs(`${e.name}-01`).endOf('month').format('YYYY-MM-DD') });
                            setTab('tasks');
                          }}
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
                    {tab === 'timeline' && <DeadlineGantt tasks={shown} />}
                  </Card>
                </>
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
