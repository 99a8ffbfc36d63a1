import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Grid, List, Segmented, Space, Tag } from 'antd';
import { AlertOutlined, FormOutlined, ReloadOutlined } from '@ant-design/icons';
import { api } from '../../api/client.js';
import type { Indicator, Page } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { useAuth } from '../../auth/auth.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate, listItems } from '../../util.js';
import { targetInfo, type Inbox, type ReportTarget } from './inbox-types.js';
import { ReportForm } from './report-form.js';
import { NotificationsPanel } from './notifications-panel.js';

const stateTag: Record<string, [string, string]> = { open: ['待报送', 'processing'], overdue: ['已过截止日', 'warning'], missing: ['逾期未报', 'error'] };

/** The liaison's inbox: what my unit owes this period, due dates, returned reports with the office's reasons. */
export default function InboxPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const inbox = useApi('inbox', () => api.get<Inbox>('/api/inbox'));
  const [filter, setFilter] = useState<'owed' | 'returned' | 'pending' | 'notices'>('owed');
  const [target, setTarget] = useState<ReportTarget | null>(null);
  const info = target ? targetInfo(target) : null;
  const indicators = useApi(info ? `ind-${info.planId}` : null, () => api.get<Page<Indicator> | Indicator[]>(`/api/indicators?plan=${info!.planId}`));
  const mine = listItems(indicators.data).filter((i) => info && i.leadUnitId === info.unitId);
  const phone = !Grid.useBreakpoint().sm;
  const d = inbox.data;
  const act = (node: React.ReactNode) => (phone ? { body: <div style={{ marginTop: 8 }}>{node}</div>, actions: undefined } : { body: null, actions: [node] });

  return (
    <>
      <PageHead
        title={t('我的任务')}
        sub={user?.unitName ? t('{u} 应报送的任务', { u: user.unitName }) : t('本单位应报送的任务')}
        extra={<Button icon={<ReloadOutlined />} aria-label={t('刷新')} onClick={inbox.reload} />}
      />
      <NotificationsPanel />
      <Segmented
        block
        style={{ marginBottom: 12, maxWidth: 560 }}
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'owed', label: `${t('待报送')} ${d?.owedTotal ?? 0}` },
          { value: 'returned', label: `${t('已退回')} ${d?.returned.length ?? 0}` },
          { value: 'pending', label: `${t('待审核')} ${d?.pending.length ?? 0}` },
          { value: 'notices', label: `${t('督办单')} ${d?.notices.length ?? 0}` },
        ]}
      />
      <Card size="small">
        <Loadable loading={inbox.loading && !d} error={inbox.error} reload={inbox.reload}>
          {filter === 'owed' && (
            <List
              dataSource={d?.owed ?? []}
              locale={{ emptyText: t('本期报送已全部完成') }}
              renderItem={(slot) => {
                const [label, color] = stateTag[slot.state] ?? [slot.state, 'default'];
                const a = act(
                  <Button type={slot.state === 'open' ? 'default' : 'primary'} icon={<FormOutlined />} onClick={() => setTarget({ kind: 'new', slot })} aria-label={t('报送：{n}', { n: slot.taskTitle ?? slot.taskNumber ?? '' })}>
                    {t('报送')}
                  </Button>,
                );
                return (
                  <List.Item key={`${slot.taskId}-${slot.periodId}-${slot.unitId}`} actions={a.actions}>
                    <List.Item.Meta
                      title={<Link to={`/tasks/${slot.taskId}`}>{slot.taskTitle ? `${slot.taskNumber ?? ''} ${slot.taskTitle}` : t('第 {n} 项任务', { n: slot.taskNumber ?? '' })}</Link>}
                      description={
                        <>
                          <Space wrap size={4}>
                            <Tag>{slot.periodLabel}</Tag>
                            <Tag color={color}>{t(label)}</Tag>
                            <span>{t('报送截止')} {fmtDate(slot.due)}</span>
                          </Space>
                          {a.body}
                        </>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          )}
          {(filter === 'returned' || filter === 'pending') && (
            <List
              dataSource={filter === 'returned' ? (d?.returned ?? []) : (d?.pending ?? [])}
              locale={{ emptyText: filter === 'returned' ? t('没有被退回的报送') : t('没有待审核的报送') }}
              renderItem={(r) => {
                const a = act(
                  <Button danger={r.status === 'returned'} type={r.status === 'returned' ? 'primary' : 'default'} icon={<FormOutlined />} onClick={() => setTarget({ kind: 'resubmit', report: r })}>
                    {r.status === 'returned' ? t('修改后重报') : t('修改')}
                  </Button>,
                );
                return (
                  <List.Item key={r.id} actions={a.actions}>
                    <List.Item.Meta
                      title={
                        <Space wrap>
                          <Link to={`/tasks/${r.taskId}`}>{r.taskTitle ? `${r.taskNumber ?? ''} ${r.taskTitle}` : t('第 {n} 项任务', { n: r.taskNumber ?? '' })}</Link>
                          {r.status === 'returned' ? <Badge status="error" text={t('已退回')} /> : <StatusTag status={r.status} />}
                        </Space>
                      }
                      description={
                        <>
                          <Space wrap size={4}>
                            <Tag>{r.periodLabel}</Tag>
                            <span>{t('进度')} {r.percent}%</span>
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
                <List.Item key={n.id} actions={phone ? undefined : [<Link key="go" to={`/supervision?notice=${n.id}`}>{t('查看并回复')}</Link>]}>
                  <List.Item.Meta
                    avatar={<AlertOutlined style={{ color: '#c62828', fontSize: 20 }} />}
                    title={`${n.number} ${n.taskTitle ?? ''}`}
                    description={
                      <>
                        <div>{n.reason}</div>
                        <span className="duban-muted">{t('回复期限')} {fmtDate(n.due)}</span>
                        {phone && <div><Link to={`/supervision?notice=${n.id}`}>{t('查看并回复')}</Link></div>}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Loadable>
      </Card>
      <ReportForm
        target={target}
        indicators={mine}
        onClose={() => setTarget(null)}
        onDone={() => {
          setTarget(null);
          inbox.reload();
        }}
      />
    </>
  );
}
