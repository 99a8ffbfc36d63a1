import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { App, Button, Card, Collapse, Empty, List, Popconfirm, Select, Space, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../../api/client.js';
import type { Page, Plan, Task } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { isOffice, useAuth } from '../../auth/auth.js';
import { ColourTag, Loadable, PageHead, StatusTag, leadNames } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate, fmtDue, fmtTime, listItems } from '../../util.js';
import { IssueNoticeButton, PostBox } from '../task/task-actions.js';

interface Notice {
  id: string;
  number?: string | null;
  taskId: string;
  task?: Partial<Task> | null;
  taskTitle?: string | null;
  unitName?: string | null;
  content: string;
  status: string;
  replyBy?: string | null;
  dueDate?: string | null;
  createdAt?: string;
  replies?: { id: string; text: string; authorName?: string | null; author?: string | null; at?: string; createdAt?: string }[];
}

interface WarnTask extends Task {
  reasons?: string[];
  colourReasons?: string[];
  noticeId?: string | null;
}

/** Supervision: red/yellow tasks to act on, and 督办单 with their replies until closed. */
export default function SupervisionPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { roles } = useAuth();
  const office = isOffice(roles);
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState(office ? 'warnings' : 'notices');
  const plans = useApi(office ? 'plans' : null, () => api.get<Page<Plan> | Plan[]>('/api/plans?pageSize=200'));
  const published = useMemo(() => listItems(plans.data).filter((p) => p.status !== 'draft'), [plans.data]);
  const planId = params.get('plan') ?? published[0]?.id ?? null;
  const sup = useApi(office && planId ? `sup-${planId}` : null, () => api.get<unknown>(`/api/supervision?plan=${planId}`));
  const notices = useApi('notices', () => api.get<Page<Notice> | Notice[]>('/api/notices?pageSize=200'));
  const warn: WarnTask[] = useMemo(() => {
    const raw = sup.data as { items?: WarnTask[]; tasks?: WarnTask[] } | WarnTask[] | undefined;
    const list = Array.isArray(raw) ? raw : (raw?.items ?? raw?.tasks ?? []);
    return list.filter((x) => x.colour === 'red' || x.colour === 'yellow');
  }, [sup.data]);

  const close = async (n: Notice) => {
    try {
      await api.post(`/api/notices/${n.id}/close`);
      message.success(t('督办单已办结'));
      notices.reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const noticeList = (
    <Loadable loading={notices.loading && !notices.data} error={notices.error} reload={notices.reload} empty={listItems(notices.data).length === 0 && t('暂无督办单')}>
      <Collapse
        items={listItems(notices.data).map((n) => ({
          key: n.id,
          label: (
            <Space wrap>
              <Typography.Text strong>{n.number ?? t('督办单')}</Typography.Text>
              <span>{n.task?.title ?? n.taskTitle ?? n.task?.text?.slice(0, 30) ?? ''}</span>
              <StatusTag status={n.status} />
              {n.unitName && <Tag>{n.unitName}</Tag>}
            </Space>
          ),
          extra: (n.replyBy ?? n.dueDate) ? <span className="duban-muted">{t('回复期限')} {fmtDate(n.replyBy ?? n.dueDate)}</span> : null,
          children: (
            <>
              <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{n.content}</p>
              <p>
                <Link to={`/tasks/${n.taskId}`}>{t('查看任务')}</Link>
                <span className="duban-muted"> · {t('发出时间')} {fmtTime(n.createdAt)}</span>
              </p>
              <List
                size="small"
                header={<strong>{t('回复')}</strong>}
                dataSource={n.replies ?? []}
                locale={{ emptyText: t('尚未回复') }}
                renderItem={(r) => (
                  <List.Item>
                    <List.Item.Meta title={`${r.authorName ?? r.author ?? ''} · ${fmtTime(r.at ?? r.createdAt)}`} description={<span style={{ whiteSpace: 'pre-wrap', color: '#1d2939' }}>{r.text}</span>} />
                  </List.Item>
                )}
              />
              {n.status !== 'closed' && (
                <>
                  <PostBox path={`/api/notices/${n.id}/replies`} placeholder={t('填写回复（整改措施、进展）')} button={t('回复')} onDone={notices.reload} />
                  {office && (
                    <div style={{ marginTop: 12, textAlign: 'right' }}>
                      <Popconfirm title={t('确认办结此督办单？')} okText={t('办结')} cancelText={t('取消')} onConfirm={() => close(n)}>
                        <Button icon={<CheckOutlined />}>{t('办结')}</Button>
                      </Popconfirm>
                    </div>
                  )}
                </>
              )}
            </>
          ),
        }))}
      />
    </Loadable>
  );

  return (
    <>
      <PageHead
        title={t('督办管理')}
        extra={
          office &&
          published.length > 0 && (
            <Select value={planId ?? undefined} onChange={(v: string) => setParams({ plan: v })} options={published.map((p) => ({ value: p.id, label: p.title ?? p.id }))} style={{ minWidth: 240 }} aria-label={t('选择行动方案')} />
          )
        }
      />
      <Card size="small">
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            ...(office
              ? [
                  {
                    key: 'warnings',
                    label: `${t('预警任务')}（${warn.length}）`,
                    children: (
                      <Loadable loading={sup.loading && !sup.data} error={sup.error} reload={sup.reload}>
                        <List
                          dataSource={warn}
                          locale={{ emptyText: <Empty description={t('没有红色或黄色预警的任务')} /> }}
                          renderItem={(task) => (
                            <List.Item actions={[task.noticeId ? <Tag key="n">{t('已督办')}</Tag> : <IssueNoticeButton key="i" task={task} onDone={() => { sup.reload(); notices.reload(); }} primary={task.colour === 'red'} />]}>
                              <List.Item.Meta
                                title={
                                  <Space wrap>
                                    <ColourTag colour={task.colour} />
                                    <Link to={`/tasks/${task.id}`}>{`${task.number ?? ''} ${task.title ?? task.text.slice(0, 40)}`}</Link>
                                  </Space>
                                }
                                description={`${leadNames(task.units)} · ${t('完成时限')} ${fmtDue(task.due, task.ongoing)}${(task.colourReasons ?? task.reasons ?? []).length ? ` · ${(task.colourReasons ?? task.reasons)!.join('；')}` : ''}`}
                              />
                            </List.Item>
                          )}
                        />
                      </Loadable>
                    ),
                  },
                ]
              : []),
            { key: 'notices', label: `${t('督办单')}（${listItems(notices.data).length}）`, children: noticeList },
          ]}
        />
      </Card>
    </>
  );
}
