import { useMemo, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, Card, Col, Empty, List, Progress, Row, Select, Statistic, Tag } from 'antd';
import { useApiQuery } from '../../api/query.js';
import { AssessmentRankingCard } from './assessment-ranking-card.js';
import { Loadable, PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { alertColours } from '../../theme.js';
import { fmtDate } from '../../util.js';
import { DashboardCharts } from './dashboard-charts.js';
import { byArea, overallOnTime, pct } from './dashboard-data.js';
import { ItemMeta } from '../../components/item-meta.js';
import { dashboardOf, plansList } from '../../api/first-queries.js';

function Stat({
  title,
  value,
  suffix,
  color,
  onOpen,
  children,
}: {
  title: string;
  value: ReactNode;
  suffix?: string;
  color?: string;
  onOpen?: () => void;
  children?: ReactNode;
}) {
  return (
    <Card
      size="small"
      className={onOpen ? 'duban-stat-click' : undefined}
      tabIndex={onOpen ? 0 : undefined}
      role={onOpen ? 'link' : undefined}
      aria-label={onOpen ? `${title} ${value}${suffix ?? ''}` : undefined}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (onOpen && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault();
          onOpen();
        }
      }}
      style={{ height: '100%', borderTop: color ? `3px solid ${color}` : undefined }}
    >
      <Statistic title={title} value={value as number} suffix={suffix} valueStyle={{ color: color ?? '#1d2939', fontWeight: 600 }} />
      {children}
    </Card>
  );
}

/** The office dashboard: overview figures, colours, areas, unit × status, indicators, on-time rates, lists. */
export default function DashboardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const plans = useApiQuery(...plansList());
  const published = useMemo(() => (plans.data?.items ?? []).filter((p) => p.status !== 'draft'), [plans.data]);
  const planId = params.get('plan') ?? published[0]?.id ?? null;
  const dash = useApiQuery('GET /api/dashboard', planId ? dashboardOf(planId)[1] : null);
  // The per-area chart needs the task list; it loads after the figures so the page is usable first.
  const detail = useApiQuery('GET /api/plans/:id', planId && dash.data ? { params: { id: planId } } : null);
  const areas = useMemo(() => (detail.data ? byArea(detail.data.tasks) : null), [detail.data]);
  const textOf = useMemo(() => new Map((detail.data?.tasks ?? []).map((x) => [x.id, x.text])), [detail.data]);
  const d = dash.data;
  const completionRate = pct(d?.completion.completionRate) ?? 0;
  const onTimeRate = d ? overallOnTime(d) : null;
  const go = (q: Record<string, string>) => {
    if (!planId) return;
    const { tab, ...rest } = q;
    navigate(
      `/plans/${planId}${Object.keys(rest).length ? `?${new URLSearchParams(rest)}` : ''}${tab ? `${Object.keys(rest).length ? '&' : '?'}tab=${tab}` : ''}`,
    );
  };

  const noPlan = !plans.loading && !plans.error && published.length === 0;
  return (
    <>
      <PageHead
        title={t('工作台')}
        extra={
          published.length > 0 && (
            <>
              <Select
                value={planId ?? undefined}
                onChange={(v: string) => setParams({ plan: v })}
                options={published.map((p) => ({ value: p.id, label: p.title ?? p.id }))}
                style={{ minWidth: 260, maxWidth: '100%' }}
                aria-label={t('选择行动方案')}
              />
              {planId && <Button onClick={() => navigate(`/bulletins?plan=${planId}`)}>{t('生成情况通报')}</Button>}
            </>
          )
        }
      />
      {noPlan ? (
        <Card>
          <Empty description={t('还没有已发布的行动方案')}>
            <Link to="/plans/import">{t('导入方案')}</Link>
          </Empty>
        </Card>
      ) : (
        <Loadable loading={!dash.data && (dash.loading || plans.loading)} error={plans.error ?? dash.error} reload={dash.reload}>
          {d && (
            <>
              <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="dashboard-stats">
                <Col xs={12} md={8} xl={4}>
                  <Stat title={t('任务总数')} value={d.completion.total} onOpen={() => go({})}>
                    {(d.byKind?.safeguard ?? 0) + (d.byKind?.step ?? 0) > 0 && (
                      <div className="duban-muted">
                        {t('含保障措施 {a} 项、工作步骤 {b} 项', { a: d.byKind.safeguard ?? 0, b: d.byKind.step ?? 0 })}
                      </div>
                    )}
                  </Stat>
                </Col>
                <Col xs={12} md={8} xl={4}>
                  <Stat title={t('完成率')} value={completionRate} suffix="%" color="#2e7d32" onOpen={() => go({ status: 'completed' })}>
                    <Progress percent={completionRate} showInfo={false} size="small" strokeColor="#2e7d32" aria-label={t('完成率')} />
                  </Stat>
                </Col>
                <Col xs={8} md={8} xl={3}>
                  <Stat title={t('红色预警')} value={d.byColour.red ?? 0} color={alertColours.red} onOpen={() => go({ colour: 'red' })} />
                </Col>
                <Col xs={8} md={6} xl={3}>
                  <Stat
                    title={t('黄色预警')}
                    value={d.byColour.yellow ?? 0}
                    color={alertColours.yellow}
                    onOpen={() => go({ colour: 'yellow' })}
                  />
                </Col>
                <Col xs={8} md={6} xl={3}>
                  <Stat
                    title={t('蓝色提示')}
                    value={d.byColour.blue ?? 0}
                    color={alertColours.blue}
                    onOpen={() => go({ colour: 'blue' })}
                  />
                </Col>
                <Col xs={12} md={6} xl={3}>
                  <Stat
                    title={t('逾期任务')}
                    value={d.overdue.total}
                    color={alertColours.red}
                    onOpen={() => document.getElementById('overdue-list')?.scrollIntoView({ behavior: 'smooth' })}
                  />
                </Col>
                <Col xs={12} md={6} xl={4}>
                  <Stat
                    title={t('按时报送率')}
                    value={onTimeRate ?? '—'}
                    suffix={onTimeRate == null ? undefined : '%'}
                    onOpen={() => navigate('/reports?status=submitted')}
                  />
                </Col>
              </Row>
              {planId && <AssessmentRankingCard planId={planId} />}
              <DashboardCharts d={d} areas={areas} go={go} />
              <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
                <Col xs={24} xl={12}>
                  <Card size="small" title={`${t('逾期任务')}（${d.overdue.total}）`} id="overdue-list">
                    <List
                      size="small"
                      dataSource={d.overdue.items.slice(0, 20)}
                      locale={{ emptyText: t('没有逾期任务') }}
                      renderItem={(task) => (
                        <List.Item
                          extra={
                            <Tag color="error">
                              {t('进度')} {task.progress}%
                            </Tag>
                          }
                        >
                          <ItemMeta
                            title={
                              <Link
                                to={`/tasks/${task.taskId}`}
                              >{`${task.number ?? ''} ${task.title ?? textOf.get(task.taskId)?.slice(0, 40) ?? ''}`}</Link>
                            }
                            description={`${task.leadUnit ?? ''} · ${t('完成时限')} ${fmtDate(task.due)}`}
                          />
                        </List.Item>
                      )}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card size="small" title={`${t('未按时报送')}（${d.missingReports.total}）`} id="missing-list">
                    <List
                      size="small"
                      dataSource={d.missingReports.items.slice(0, 20)}
                      locale={{ emptyText: t('各单位均已按时报送') }}
                      renderItem={(m) => (
                        <List.Item extra={m.due ? <Tag>{fmtDate(m.due)}</Tag> : null}>
                          <ItemMeta
                            title={<Link to={`/tasks/${m.taskId}`}>{m.title ?? textOf.get(m.taskId)?.slice(0, 40) ?? t('任务')}</Link>}
                            description={`${m.unitName} · ${m.periodLabel}`}
                          />
                        </List.Item>
                      )}
                    />
                  </Card>
                </Col>
              </Row>
            </>
          )}
        </Loadable>
      )}
    </>
  );
}
