import { Link, useParams } from 'react-router-dom';
import { Card, Col, Descriptions, Empty, List, Row, Space, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useApiQuery } from '../../api/query.js';
import type { TaskDetail } from '../../api/types.js';
import { isOffice, useAuth } from '../../auth/auth.js';
import { ColourTag, Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue, fmtTime } from '../../util.js';
import { IssueNoticeButton, PostBox } from './task-actions.js';
import { TaskAdjustMenu } from './task-adjust.js';
import { ItemMeta } from '../../components/item-meta.js';

type Comment = TaskDetail['comments'][number];

const FIELD_LABELS: Record<string, string> = {
  due: '完成时限',
  ongoing: '长期坚持',
  text: '任务内容',
  title: '标题',
  number: '编号',
  units: '责任单位',
  deadlineText: '时限原文',
  kind: '类型',
  milestones: '节点',
  split: '拆分',
  merged: '合并',
};

function Notes({ items, empty }: { items: Comment[]; empty: string }) {
  if (!items.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(n) => (
        <List.Item>
          <ItemMeta
            title={
              <Space>
                <span>{n.username ?? ''}</span>
                <span className="duban-muted" style={{ fontWeight: 400 }}>
                  {fmtTime(n.createdAt)}
                </span>
              </Space>
            }
            description={<span style={{ color: '#1d2939', whiteSpace: 'pre-wrap' }}>{n.body}</span>}
          />
        </List.Item>
      )}
    />
  );
}

/** One task: units, deadline, report history with evidence, comments, leader instructions (批示), change history. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { roles, has } = useAuth();
  const office = isOffice(roles);
  const task = useApiQuery('GET /api/tasks/:id', { params: { id } });
  const reports = useApiQuery('GET /api/reports', { query: { task: id, pageSize: 100 } });
  const d = task.data;
  // A write refetches both through the query cache; this is for a component that wants them now.
  const reload = () => {
    task.reload();
    reports.reload();
  };
  const names = (role: string) => (d?.units ?? []).filter((u) => u.role === role).map((u) => u.unitName ?? u.name);
  const reportList = reports.data?.kind === 'reports' ? reports.data.items : [];
  const instructions = d?.comments.filter((c) => c.kind === 'instruction') ?? [];
  const comments = d?.comments.filter((c) => c.kind !== 'instruction') ?? [];

  return (
    <Loadable loading={task.loading && !d} error={task.error} reload={task.reload}>
      {d && (
        <>
          <PageHead
            title={`${(d.displayNumber ?? d.number) ? `${d.displayNumber ?? d.number} ` : ''}${d.title ?? t('任务详情')}`}
            sub={
              <Space wrap>
                <Link to={`/plans/${d.plan.id}`}>{d.plan.title ?? t('返回方案')}</Link>
                <StatusTag status={d.status} />
                <ColourTag colour={d.colour} />
              </Space>
            }
            extra={
              has('admin') && (
                <>
                  <TaskAdjustMenu task={d} onDone={reload} />
                  {(d.colour === 'red' || d.colour === 'yellow') && (
                    <IssueNoticeButton
                      task={d}
                      leads={d.units.flatMap((u) =>
                        u.role === 'lead' && u.unitId ? [{ unitId: u.unitId, name: u.unitName ?? u.name }] : [],
                      )}
                      onDone={reload}
                      primary={d.colour === 'red'}
                    />
                  )}
                </>
              )
            }
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <Card size="small" title={t('任务内容')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>{d.text}</Typography.Paragraph>
                <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
                  <Descriptions.Item label={t('牵头单位')}>{names('lead').join('、') || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('完成时限')}>
                    {fmtDue(d.due, d.ongoing)}
                    {d.deadlineText ? `（${d.deadlineText}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label={t('参与单位')} span={2}>
                    {names('participant').join('、') || '—'}
                  </Descriptions.Item>
                  {d.path.length > 0 && (
                    <Descriptions.Item label={t('所属章节')} span={2}>
                      {d.path.join(' / ')}
                    </Descriptions.Item>
                  )}
                  {d.milestones.length > 0 && (
                    <Descriptions.Item label={t('时间节点')} span={2}>
                      {d.milestones.map((m) => (
                        <div key={m.date + m.text}>
                          {m.date} {m.text}
                        </div>
                      ))}
                    </Descriptions.Item>
                  )}
                </Descriptions>
              </Card>
              <Card size="small" title={t('报送记录')} style={{ marginTop: 16 }}>
                {reportList.length ? (
                  <Timeline
                    items={reportList.map((r) => ({
                      color: r.status === 'accepted' ? 'green' : r.status === 'returned' ? 'red' : 'blue',
                      children: (
                        <div>
                          <Space wrap>
                            <StatusTag status={r.status} />
                            <span className="duban-muted">{fmtTime(r.submittedAt)}</span>
                            <span>{r.unitName}</span>
                            <span>{r.periodLabel}</span>
                            <span>
                              {t('进度')} {r.percent}%
                            </span>
                          </Space>
                          <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{r.narrative}</div>
                          {r.returnReason && (
                            <div style={{ color: '#c62828' }}>
                              {t('退回原因')}：{r.returnReason}
                            </div>
                          )}
                          {r.evidence?.map((f) => (
                            <div key={f.id}>
                              <a href={`/api/reports/${r.id}/evidence/${f.id}`} target="_blank" rel="noreferrer">
                                <PaperClipOutlined /> {f.name}
                              </a>
                            </div>
                          ))}
                        </div>
                      ),
                    }))}
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('尚无报送')} />
                )}
              </Card>
            </Col>
            <Col xs={24} lg={9}>
              <Card size="small" title={t('领导批示')}>
                <Notes items={instructions} empty={t('暂无批示')} />
                {has('leader', 'admin') && (
                  <PostBox
                    route="POST /api/tasks/:id/instructions"
                    id={id}
                    placeholder={t('填写批示意见')}
                    button={t('批示')}
                    onDone={reload}
                  />
                )}
              </Card>
              <Card size="small" title={t('评论')} style={{ marginTop: 16 }}>
                <Notes items={comments} empty={t('暂无评论')} />
                <PostBox route="POST /api/tasks/:id/comments" id={id} placeholder={t('写下评论')} button={t('发表')} onDone={reload} />
              </Card>
              {office && (
                <Card size="small" title={t('修改记录')} style={{ marginTop: 16 }}>
                  {d.history.length ? (
                    <Timeline
                      items={d.history.map((h) => ({
                        children: (
                          <div>
                            <div>
                              {t('第 {n} 版', { n: h.version })}：
                              {Object.keys(h.changes)
                                .map((k) => t(FIELD_LABELS[k] ?? k))
                                .join('、') || t('创建')}
                              {h.reason ? `（${h.reason}）` : ''}
                            </div>
                            <div className="duban-muted">
                              {h.changedByName ?? ''} · {fmtTime(h.changedAt)}
                            </div>
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无修改记录')} />
                  )}
                </Card>
              )}
            </Col>
          </Row>
        </>
      )}
    </Loadable>
  );
}
