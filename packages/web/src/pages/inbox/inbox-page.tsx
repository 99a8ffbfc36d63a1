import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, List, Segmented, Space, Tag } from 'antd';
import { AlertOutlined, FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { useApiQuery } from '../../api/query.js';
import { useAuth } from '../../auth/auth.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useResultNote } from '../../components/result-note.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate } from '../../util.js';
import { targetInfo, type ReportTarget } from './inbox-types.js';
import { OwedList, type OwedFilter } from './owed-list.js';
import { NotificationsPanel } from './notifications-panel.js';
import { ItemMeta } from '../../components/item-meta.js';
import { inboxOwed } from '../../api/first-queries.js';
import { useScreens } from '../../layout/use-screens.js';

// The report drawer (antd's Form, Upload, InputNumber, Slider) opens on a click: its code is not part of the first paint.
const loadReportForm = () => import('./report-form.js');
const ReportForm = lazy(() => loadReportForm().then((m) => ({ default: m.ReportForm })));

/** The liaison's inbox: what my unit owes this period, due dates, returned reports with the office's reasons. */
export default function InboxPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const [owedFilter, setOwedFilter] = useState<OwedFilter>({});
  const inbox = useApiQuery(...inboxOwed(owedFilter));
  const [filter, setFilter] = useState<'owed' | 'indicators' | 'returned' | 'pending' | 'notices'>('owed');
  const [target, setTarget] = useState<ReportTarget | null>(null);
  // Mounted from the first opening on, so the drawer keeps its closing animation and focus return.
  const [formUsed, setFormUsed] = useState(false);
  if (target && !formUsed) setFormUsed(true);
  const result = useResultNote();
  const info = target ? targetInfo(target) : null;
  const indicators = useApiQuery('GET /api/indicators', info ? { query: { plan: info.planId } } : null);
  const mine = (indicators.data ?? []).filter((i) => info && i.leadUnitId === info.unitId);
  const phone = !useScreens().sm;
  const d = inbox.data;
  const act = (node: React.ReactNode) =>
    phone ? { body: <div style={{ marginTop: 8 }}>{node}</div>, actions: undefined } : { body: null, actions: [node] };

  return (
    <>
      <PageHead
        title={t('我的任务')}
        sub={user?.unitName ? t('{u} 应报送的任务', { u: user.unitName }) : t('本单位应报送的任务')}
        extra={<Button icon={<ReloadOutlined />} aria-label={t('刷新')} onClick={inbox.reload} />}
      />
      {result.note}
      <NotificationsPanel />
      <Segmented
        aria-label={t('任务分类')}
        block
        style={{ marginBottom: 12, maxWidth: 680 }}
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'owed', label: `${t('待报送')} ${d?.owedTotal ?? 0}` },
          { value: 'indicators', label: `${t('指标填报')} ${d?.indicatorValues?.length ?? 0}` },
          { value: 'returned', label: `${t('已退回')} ${d?.returned.length ?? 0}` },
          { value: 'pending', label: `${t('待审核')} ${d?.pending.length ?? 0}` },
          { value: 'notices', label: `${t('督办单')} ${d?.notices.length ?? 0}` },
        ]}
      />
      <Card size="small">
        <Loadable loading={inbox.loading && !d} error={inbox.error} reload={inbox.reload}>
          {filter === 'owed' && (
            <OwedList
              inbox={d}
              filter={owedFilter}
              onFilter={setOwedFilter}
              onReport={(slot) => setTarget({ kind: 'new', slot })}
              phone={phone}
            />
          )}
          {filter === 'indicators' && (
            <List
              dataSource={d?.indicatorValues ?? []}
              locale={{ emptyText: t('没有待填报的指标值') }}
              renderItem={(v) => (
                <List.Item
                  key={`${v.indicatorId}-${v.periodId}`}
                  actions={
                    phone
                      ? undefined
                      : [
                          <Link key="go" to={`/plans/${v.planId}?tab=indicators`}>
                            {t('去填报')}
                          </Link>,
                        ]
                  }
                >
                  <ItemMeta
                    title={v.indicatorName}
                    description={
                      <Space wrap size={4}>
                        <span>{v.planTitle ?? ''}</span>
                        <Tag>{v.periodLabel}</Tag>
                        <span>
                          {t('目标')} {v.target}
                          {v.unit}
                        </span>
                        <span>
                          {t('报送截止')} {fmtDate(v.due)}
                        </span>
                        {phone && <Link to={`/plans/${v.planId}?tab=indicators`}>{t('去填报')}</Link>}
                      </Space>
                    }
                  />
                </List.Item>
              )}
            />
          )}
          {(filter === 'returned' || filter === 'pending') && (
            <List
              dataSource={filter === 'returned' ? (d?.returned ?? []) : (d?.pending ?? [])}
              locale={{ emptyText: filter === 'returned' ? t('没有被退回的报送') : t('没有待审核的报送') }}
              renderItem={(r) => {
                const a = act(
                  <Button
                    danger={r.status === 'returned'}
                    type={r.status === 'returned' ? 'primary' : 'default'}
                    icon={<FormOutlined />}
                    onClick={() => setTarget({ kind: 'resubmit', report: r })}
                  >
                    {r.status === 'returned' ? t('修改后重报') : t('修改')}
                  </Button>,
                );
                return (
                  <List.Item key={r.id} actions={a.actions}>
                    <ItemMeta
                      title={
                        <Space wrap>
                          <Link to={`/tasks/${r.taskId}`}>
                            {r.taskTitle ? `${r.taskNumber ?? ''} ${r.taskTitle}` : t('第 {n} 项任务', { n: r.taskNumber ?? '' })}
                          </Link>
                          {r.status === 'returned' ? <Badge status="error" text={t('已退回')} /> : <StatusTag status={r.status} />}
                        </Space>
                      }
                      description={
                        <>
                          <Space wrap size={4}>
                            <Tag>{r.periodLabel}</Tag>
                            <span>
                              {t('进度')} {r.percent}%
                            </span>
                          </Space>
                          {r.returnReason && (
                            <div style={{ color: '#c62828', marginTop: 4 }}>
                              {t('退回原因')}：{r.returnReason}
                            </div>
                          )}
                          {a.body}
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          )}
          {filter === 'notices' && (
            <List
              dataSource={d?.notices ?? []}
              locale={{ emptyText: t('没有待办的督办单') }}
              renderItem={(n) => (
                <List.Item
                  key={n.id}
                  actions={
                    phone
                      ? undefined
                      : [
                          <Link key="go" to={`/supervision?notice=${n.id}`}>
                            {t('查看并回复')}
                          </Link>,
                        ]
                  }
                >
                  <ItemMeta
                    avatar={<AlertOutlined style={{ color: '#c62828', fontSize: 20 }} />}
                    title={`${n.number} ${n.taskTitle ?? ''}`}
                    description={
                      <>
                        <div>{n.reason}</div>
                        <span className="duban-muted">
                          {t('回复期限')} {fmtDate(n.due)}
                        </span>
                        {phone && (
                          <div>
                            <Link to={`/supervision?notice=${n.id}`}>{t('查看并回复')}</Link>
                          </div>
                        )}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Loadable>
      </Card>
      {formUsed && (
        <Suspense fallback={null}>
          <ReportForm
            target={target}
            indicators={mine}
            onClose={() => setTarget(null)}
            onDone={(summary) => {
              setTarget(null);
              result.show(summary);
              inbox.reload();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
