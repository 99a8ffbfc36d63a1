import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Collapse, Empty, List, Popconfirm, Segmented, Select, Space, Tabs, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { isOffice, useAuth } from '../../auth/auth.js';
import { ColourTag, Loadable, PageHead, StatusTag, colourLabels } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate, fmtTime } from '../../util.js';
import type { NoticeItem } from '../inbox/inbox-types.js';
import { IssueNoticeButton, PostBox } from '../task/task-actions.js';
import { ItemMeta } from '../../components/item-meta.js';

function NoticeBody({ notice, office, onChange }: { notice: NoticeItem; office: boolean; onChange: () => void }) {
  const { t } = useI18n();
  const detail = useApiQuery('GET /api/notices/:id', { params: { id: notice.id } });
  const { run } = useAction();
  const close = async () => {
    if (
      await run(
        () => call('POST /api/notices/:id/close', { params: { id: notice.id }, body: { version: notice.version } }),
        t('督办单已办结'),
      )
    )
      onChange();
  };
  return (
    <>
      <p style={{ whiteSpace: 'pre-wrap', marginTop: 0 }}>{notice.reason}</p>
      <p>
        <Link to={`/tasks/${notice.taskId}`}>{t('查看任务')}</Link>
        {' · '}
        <a href={`/api/notices/${notice.id}/document`}>{t('打印督办单（.docx）')}</a>
        <span className="duban-muted">
          {' '}
          · {t('发出时间')} {fmtTime(notice.issuedAt)} · {t('回复期限')} {fmtDate(notice.due)}
        </span>
      </p>
      <List
        size="small"
        header={<strong>{t('回复')}</strong>}
        loading={detail.loading}
        dataSource={detail.data?.replies ?? []}
        locale={{ emptyText: t('尚未回复') }}
        renderItem={(r) => (
          <List.Item>
            <ItemMeta
              title={<span className="duban-muted">{fmtTime(r.repliedAt)}</span>}
              description={<span style={{ whiteSpace: 'pre-wrap', color: '#1d2939' }}>{r.body}</span>}
            />
          </List.Item>
        )}
      />
      {notice.status !== 'closed' && (
        <>
          <PostBox
            route="POST /api/notices/:id/replies"
            id={notice.id}
            placeholder={t('填写回复（整改措施、进展）')}
            button={t('回复')}
            onDone={() => {
              detail.reload();
              onChange();
            }}
          />
          {office && (
            <div style={{ marginTop: 12, textAlign: 'right' }}>
              <Popconfirm title={t('确认办结此督办单？')} okText={t('办结')} cancelText={t('取消')} onConfirm={close}>
                <Button icon={<CheckOutlined />}>{t('办结')}</Button>
              </Popconfirm>
            </div>
          )}
        </>
      )}
    </>
  );
}

/** Supervision: red/yellow tasks to act on, and 督办单 with their replies until closed. */
export default function SupervisionPage() {
  const { t } = useI18n();
  const { roles, has } = useAuth();
  const office = isOffice(roles);
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState(office && !params.get('notice') ? 'warnings' : 'notices');
  const [colour, setColour] = useState<'red' | 'yellow' | 'all'>('all');
  const plans = useApiQuery('GET /api/plans', office ? { query: { pageSize: 200 } } : null);
  const published = useMemo(() => (plans.data?.items ?? []).filter((p) => p.status !== 'draft'), [plans.data]);
  const planId = params.get('plan') ?? published[0]?.id ?? null;
  const sup = useApiQuery('GET /api/supervision', office && planId ? { query: { plan: planId } } : null);
  // Tasks from tables often have no title: show the start of their text instead.
  const detail = useApiQuery('GET /api/plans/:id', office && planId ? { params: { id: planId } } : null);
  const textOf = useMemo(() => new Map((detail.data?.tasks ?? []).map((x) => [x.id, x.text])), [detail.data]);
  const notices = useApiQuery('GET /api/notices', { query: { pageSize: 200 } });
  const warn = useMemo(
    () => (sup.data?.tasks ?? []).filter((x) => (colour === 'all' ? x.colour === 'red' || x.colour === 'yellow' : x.colour === colour)),
    [sup.data, colour],
  );
  const noticeItems = notices.data?.items ?? [];
  const noticed = new Set(noticeItems.filter((n) => n.status !== 'closed').map((n) => n.taskId));

  const noticeList = (
    <Loadable
      loading={notices.loading && !notices.data}
      error={notices.error}
      reload={notices.reload}
      empty={noticeItems.length === 0 && t('暂无督办单')}
    >
      <Collapse
        defaultActiveKey={params.get('notice') ? [params.get('notice')!] : []}
        items={noticeItems.map((n) => ({
          key: n.id,
          label: (
            <Space wrap>
              <Typography.Text strong>{n.number}</Typography.Text>
              <span>{n.taskTitle ?? ''}</span>
              <StatusTag status={n.status} />
              <Tag>{n.unitName}</Tag>
            </Space>
          ),
          children: <NoticeBody notice={n} office={has('admin')} onChange={notices.reload} />,
        }))}
      />
    </Loadable>
  );

  return (
    <>
      <PageHead
        title={office ? t('督办管理') : t('督办单')}
        extra={
          office &&
          published.length > 0 && (
            <Select
              value={planId ?? undefined}
              onChange={(v: string) => setParams({ plan: v })}
              options={published.map((p) => ({ value: p.id, label: p.title ?? p.id }))}
              style={{ minWidth: 240, maxWidth: '100%' }}
              aria-label={t('选择行动方案')}
            />
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
                    label: `${t('预警任务')}（${(sup.data?.counts.red ?? 0) + (sup.data?.counts.yellow ?? 0)}）`,
                    children: (
                      <Loadable loading={sup.loading && !sup.data} error={sup.error} reload={sup.reload}>
                        <Segmented
                          aria-label={t('按颜色筛选')}
                          style={{ marginBottom: 8 }}
                          value={colour}
                          onChange={(v) => setColour(v as typeof colour)}
                          options={[
                            { value: 'all', label: t('全部') },
                            { value: 'red', label: `${t(colourLabels.red!)} ${sup.data?.counts.red ?? 0}` },
                            { value: 'yellow', label: `${t(colourLabels.yellow!)} ${sup.data?.counts.yellow ?? 0}` },
                          ]}
                        />
                        <List
                          dataSource={warn}
                          locale={{ emptyText: <Empty description={t('没有红色或黄色预警的任务')} /> }}
                          renderItem={(task) => (
                            <List.Item
                              actions={[
                                noticed.has(task.id) ? (
                                  <Tag key="n" color="processing">
                                    {t('督办中')}
                                  </Tag>
                                ) : has('admin') ? (
                                  <IssueNoticeButton
                                    key="i"
                                    task={task}
                                    leads={task.leadUnits}
                                    onDone={() => {
                                      sup.reload();
                                      notices.reload();
                                    }}
                                    primary={task.colour === 'red'}
                                  />
                                ) : null,
                              ]}
                            >
                              <ItemMeta
                                title={
                                  <Space wrap>
                                    <ColourTag colour={task.colour} />
                                    <Link
                                      to={`/tasks/${task.id}`}
                                    >{`${task.number ?? ''} ${task.title ?? textOf.get(task.id)?.slice(0, 40) ?? ''}`}</Link>
                                  </Space>
                                }
                                description={
                                  <>
                                    <div>
                                      {task.leadUnits.map((u) => u.name).join('、')} · {t('完成时限')} {fmtDate(task.due)} · {t('进度')}{' '}
                                      {task.progress}%
                                    </div>
                                    {task.owingUnits?.length ? (
                                      <div className="duban-muted">
                                        {t('报送单位')}：{task.owingUnits.map((u) => u.name).join('、')}
                                      </div>
                                    ) : null}
                                    {task.reasons.map((r) => (
                                      <div key={r.ruleId} style={{ color: r.colour === 'red' ? '#c62828' : '#8a6100' }}>
                                        {r.message}
                                      </div>
                                    ))}
                                  </>
                                }
                              />
                            </List.Item>
                          )}
                        />
                      </Loadable>
                    ),
                  },
                ]
              : []),
            { key: 'notices', label: `${t('督办单')}（${noticeItems.length}）`, children: noticeList },
          ]}
        />
      </Card>
    </>
  );
}
