import { Link, useParams } from 'react-router-dom';
import { Card, Col, Descriptions, Empty, List, Row, Space, Tag, Timeline, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { api } from '../../api/client.js';
import type { AuditEntry, Page, Report, Task } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { isOffice, useAuth } from '../../auth/auth.js';
import { ColourTag, Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue, fmtTime, listItems } from '../../util.js';
import { EditTaskButton, IssueNoticeButton, PostBox } from './task-actions.js';

interface Note {
  id: string;
  text: string;
  author?: string | null;
  authorName?: string | null;
  at?: string;
  createdAt?: string;
}

interface TaskDetail extends Task {
  plan?: { id: string; title: string | null };
  planTitle?: string | null;
  assignments?: { unitId: string; unitName: string; role: string }[];
  reports?: Report[];
  comments?: Note[];
  instructions?: Note[];
  colourReasons?: string[];
  reasons?: string[];
}

function Notes({ items, empty }: { items: Note[] | undefined; empty: string }) {
  if (!items?.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />;
  return (
    <List
      size="small"
      dataSource={items}
      renderItem={(n) => (
        <List.Item>
          <List.Item.Meta title={<Space><span>{n.authorName ?? n.author ?? ''}</span><span className="duban-muted" style={{ fontWeight: 400 }}>{fmtTime(n.at ?? n.createdAt)}</span></Space>} description={<span style={{ color: '#1d2939', whiteSpace: 'pre-wrap' }}>{n.text}</span>} />
        </List.Item>
      )}
    />
  );
}

/** One task: assignments, report history with evidence, comments, leader instructions (批示), audit trail. */
export default function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { roles, has } = useAuth();
  const office = isOffice(roles);
  const task = useApi(`task-${id}`, () => api.get<TaskDetail>(`/api/tasks/${id}`));
  const audit = useApi(office ? `task-audit-${id}` : null, () => api.get<Page<AuditEntry>>(`/api/audit?entity=task&entityId=${id}&pageSize=50`));
  const d = task.data;
  const reload = () => {
    task.reload();
    audit.reload();
  };
  const leads = d?.assignments?.filter((a) => a.role === 'lead') ?? d?.units.filter((u) => u.role === 'lead').map((u) => ({ unitName: u.canonicalName ?? u.name })) ?? [];
  const parts = d?.assignments?.filter((a) => a.role !== 'lead') ?? d?.units.filter((u) => u.role !== 'lead').map((u) => ({ unitName: u.canonicalName ?? u.name })) ?? [];
  const reasons = d?.colourReasons ?? d?.reasons ?? [];

  return (
    <Loadable loading={task.loading && !d} error={task.error} reload={task.reload}>
      {d && (
        <>
          <PageHead
            title={`${d.number ? `${d.number} ` : ''}${d.title ?? t('任务详情')}`}
            sub={
              <Space wrap>
                {(d.plan || d.planId) && <Link to={`/plans/${d.plan?.id ?? d.planId}`}>{d.plan?.title ?? d.planTitle ?? t('返回方案')}</Link>}
                <StatusTag status={d.status} />
                <ColourTag colour={d.colour} />
              </Space>
            }
            extra={
              office && (
                <>
                  <EditTaskButton task={d} onDone={reload} />
                  {(d.colour === 'red' || d.colour === 'yellow') && <IssueNoticeButton task={d} onDone={reload} primary={d.colour === 'red'} />}
                </>
              )
            }
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={15}>
              <Card size="small" title={t('任务内容')}>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }}>{d.text}</Typography.Paragraph>
                <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
                  <Descriptions.Item label={t('牵头单位')}>{leads.map((u) => u.unitName).join('、') || '—'}</Descriptions.Item>
                  <Descriptions.Item label={t('完成时限')}>{fmtDue(d.due, d.ongoing)}{d.deadlineText ? `（${d.deadlineText}）` : ''}</Descriptions.Item>
                  <Descriptions.Item label={t('参与单位')} span={2}>{parts.map((u) => u.unitName).join('、') || '—'}</Descriptions.Item>
                  {d.path.length > 0 && <Descriptions.Item label={t('所属章节')} span={2}>{d.path.join(' / ')}</Descriptions.Item>}
                </Descriptions>
                {reasons.length > 0 && (
                  <div style={{ marginTop: 12 }}>
                    {reasons.map((r) => <Tag key={r} color="warning">{r}</Tag>)}
                  </div>
                )}
              </Card>
              <Card size="small" title={t('报送记录')} style={{ marginTop: 16 }}>
                {d.reports?.length ? (
                  <Timeline
                    items={d.reports.map((r) => ({
                      color: r.status === 'accepted' ? 'green' : r.status === 'returned' ? 'red' : 'blue',
                      children: (
                        <div>
                          <Space wrap>
                            <StatusTag status={r.status} />
                            <span className="duban-muted">{fmtTime(r.submittedAt)}</span>
                            {r.percent != null && <span>{t('进度')} {r.percent}%</span>}
                          </Space>
                          <div style={{ whiteSpace: 'pre-wrap', marginTop: 4 }}>{r.text ?? r.progress}</div>
                          {r.returnReason && <div style={{ color: '#c62828' }}>{t('退回原因')}：{r.returnReason}</div>}
                          {r.evidence?.map((f) => (
                            <div key={f.id}>
                              <a href={f.url ?? `/api/evidence/${f.id}`} target="_blank" rel="noreferrer">
                                <PaperClipOutlined /> {f.filename}
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
                <Notes items={d.instructions} empty={t('暂无批示')} />
                {has('leader', 'office', 'admin') && <PostBox path={`/api/tasks/${id}/instructions`} placeholder={t('填写批示意见')} button={t('批示')} onDone={reload} />}
              </Card>
              <Card size="small" title={t('评论')} style={{ marginTop: 16 }}>
                <Notes items={d.comments} empty={t('暂无评论')} />
                <PostBox path={`/api/tasks/${id}/comments`} placeholder={t('写下评论')} button={t('发表')} onDone={reload} />
              </Card>
              {office && (
                <Card size="small" title={t('修改记录')} style={{ marginTop: 16 }}>
                  {listItems(audit.data).length ? (
                    <Timeline
                      items={listItems(audit.data).map((a) => ({
                        children: (
                          <div>
                            <div>{a.action}{a.reason ? `：${a.reason}` : ''}</div>
                            <div className="duban-muted">{a.actor ?? ''} · {fmtTime(a.at)}</div>
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
