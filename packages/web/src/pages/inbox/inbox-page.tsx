import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, Grid, List, Segmented, Space, Tag, Typography } from 'antd';
import { FormOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api } from '../../api/client.js';
import type { Indicator } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { useAuth } from '../../auth/auth.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate, listItems } from '../../util.js';
import { inboxItems, type InboxItem } from './inbox-types.js';
import { ReportForm } from './report-form.js';

/** Indicators that belong to the task: linked by id, or written inside the task's source span. */
function taskIndicators(item: InboxItem | null, all: Indicator[]): Indicator[] {
  const src = item?.task.source;
  const ids = (item?.task as { indicatorIds?: string[] } | undefined)?.indicatorIds;
  if (ids) return all.filter((i) => ids.includes(i.id));
  if (!src) return [];
  return all.filter((i) => i.source && i.source.start >= src.start && i.source.end <= src.end);
}

function stateOf(item: InboxItem): string {
  return item.report?.status ?? item.state ?? 'missing';
}

/** The liaison's inbox: what my unit owes this period, due dates, returned reports with reasons. */
export default function InboxPage() {
  const { t } = useI18n();
  const { user } = useAuth();
  const inbox = useApi('inbox', () => api.get<unknown>('/api/inbox'));
  const [filter, setFilter] = useState<'todo' | 'returned' | 'done' | 'all'>('todo');
  const [open, setOpen] = useState<InboxItem | null>(null);
  const items = useMemo(() => inboxItems(inbox.data), [inbox.data]);
  const planId = open?.task.planId;
  const indicators = useApi(planId ? `ind-${planId}` : null, () => api.get<unknown>(`/api/indicators?plan=${planId}`));
  const counts = {
    todo: items.filter((i) => ['missing', 'draft', 'due', 'overdue', 'returned'].includes(stateOf(i))).length,
    returned: items.filter((i) => stateOf(i) === 'returned').length,
    done: items.filter((i) => ['submitted', 'accepted'].includes(stateOf(i))).length,
  };
  const shown = items.filter((i) => {
    const s = stateOf(i);
    if (filter === 'todo') return ['missing', 'draft', 'due', 'overdue', 'returned'].includes(s);
    if (filter === 'returned') return s === 'returned';
    if (filter === 'done') return ['submitted', 'accepted'].includes(s);
    return true;
  });
  const today = dayjs().format('YYYY-MM-DD');
  const phone = !Grid.useBreakpoint().sm;

  return (
    <>
      <PageHead
        title={t('我的任务')}
        sub={user?.unitName ? t('{u} 本期应报送的任务', { u: user.unitName }) : t('本单位本期应报送的任务')}
        extra={<Button icon={<ReloadOutlined />} aria-label={t('刷新')} onClick={inbox.reload} />}
      />
      <Segmented
        block
        style={{ marginBottom: 12, maxWidth: 520 }}
        value={filter}
        onChange={(v) => setFilter(v as typeof filter)}
        options={[
          { value: 'todo', label: `${t('待报送')} ${counts.todo}` },
          { value: 'returned', label: `${t('已退回')} ${counts.returned}` },
          { value: 'done', label: `${t('已提交')} ${counts.done}` },
          { value: 'all', label: t('全部') },
        ]}
      />
      <Card size="small">
        <Loadable loading={inbox.loading && !inbox.data} error={inbox.error} reload={inbox.reload}>
          <List
            dataSource={shown}
            locale={{ emptyText: filter === 'todo' ? t('本期报送已全部完成') : t('暂无数据') }}
            renderItem={(item) => {
              const s = stateOf(item);
              const due = item.due ?? item.period?.due ?? null;
              const late = due && due < today && !['submitted', 'accepted'].includes(s);
              const canReport = !['submitted', 'accepted'].includes(s);
              const action = canReport ? (
                      <Button key="r" type={s === 'returned' ? 'primary' : 'default'} danger={s === 'returned'} icon={<FormOutlined />} onClick={() => setOpen(item)}>
                        {s === 'returned' ? t('修改后重报') : t('报送')}
                      </Button>
                    ) : (
                      <StatusTag key="s" status={s} />
                    );
              return (
                <List.Item key={`${item.task.id}-${item.period?.id ?? ''}`} actions={phone ? undefined : [action]}>
                  <List.Item.Meta
                    title={
                      <Space wrap size={6}>
                        <Link to={`/tasks/${item.task.id}`}>
                          {item.task.number ? `${item.task.number} ` : ''}
                          {item.task.title ?? item.task.text.slice(0, 30)}
                        </Link>
                        {s === 'returned' && <Badge status="error" text={t('已退回')} />}
                      </Space>
                    }
                    description={
                      <>
                        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4, color: '#475467' }}>
                          {item.task.text}
                        </Typography.Paragraph>
                        <Space wrap size={4}>
                          {item.period && <Tag>{item.period.label ?? item.period.name ?? `${fmtDate(item.period.start)}～${fmtDate(item.period.end)}`}</Tag>}
                          {due && <Tag color={late ? 'error' : 'default'}>{t('报送截止')} {fmtDate(due)}</Tag>}
                        </Space>
                        {s === 'returned' && item.report?.returnReason && (
                          <div style={{ color: '#c62828', marginTop: 4 }}>
                            {t('退回原因')}：{item.report.returnReason}
                          </div>
                        )}
                        {phone && <div style={{ marginTop: 8 }}>{action}</div>}
                      </>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Loadable>
      </Card>
      <ReportForm
        item={open}
        indicators={taskIndicators(open, listItems(indicators.data as Indicator[] | undefined))}
        onClose={() => setOpen(null)}
        onDone={() => {
          setOpen(null);
          inbox.reload();
        }}
      />
    </>
  );
}
