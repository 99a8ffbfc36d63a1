import { Link } from 'react-router-dom';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { CheckOutlined, PaperClipOutlined, RollbackOutlined } from '@ant-design/icons';
import type { ApiResponse } from '../../api/types.js';
import { useApiQuery } from '../../api/query.js';
import { StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';
import type { ReportItem } from '../inbox/inbox-types.js';

/** A report's evidence files, as download links. */
export function Evidence({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useApiQuery('GET /api/reports/:id', { params: { id } });
  const files = detail.data?.evidence ?? [];
  if (detail.loading) return <span className="duban-muted">…</span>;
  if (detail.error) return <Typography.Text type="danger">{detail.error}</Typography.Text>;
  if (!files.length) return <span className="duban-muted">{t('无附件')}</span>;
  return (
    <Space wrap>
      {files.map((f) => (
        <a key={f.id} href={`/api/reports/${id}/evidence/${f.id}`} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {f.name}
        </a>
      ))}
    </Space>
  );
}

/** One page of reports under review, as the API answers it. */
export type ReportPage = Extract<ApiResponse<'GET /api/reports'>, { kind: 'reports' }>;

/** The office's review on a phone: one card per report, narrative and evidence in it, the actions always in view. */
export function ReportCards(props: {
  list: ReportPage | null | undefined;
  loading: boolean;
  page: number;
  onPage: (page: number) => void;
  emptyText: string;
  canReview: boolean;
  busy: string | null;
  onAccept: (r: ReportItem) => void;
  onReturn: (r: ReportItem) => void;
}) {
  const { t } = useI18n();
  const { list, canReview, busy } = props;
  return (
    <List<ReportItem>
      loading={props.loading}
      dataSource={list?.items ?? []}
      locale={{ emptyText: props.emptyText }}
      pagination={
        (list?.total ?? 0) > 20
          ? { current: props.page, pageSize: 20, total: list?.total ?? 0, onChange: props.onPage, size: 'small' }
          : false
      }
      renderItem={(r) => (
        <List.Item style={{ display: 'block', paddingInline: 0 }}>
          <Card size="small">
            <Link to={`/tasks/${r.taskId}`} style={{ fontWeight: 600 }}>{`${r.taskNumber ?? ''} ${r.taskTitle ?? ''}`}</Link>
            <div className="duban-muted" style={{ margin: '4px 0' }}>
              {r.unitName} · {r.periodLabel} · {fmtTime(r.submittedAt)}
            </div>
            <Space wrap size={4} style={{ marginBottom: 8 }}>
              <StatusTag status={r.status} />
              <Tag>
                {t('进度')} {r.percent}%
              </Tag>
              {r.completionClaim && <Tag color="success">{t('申请办结')}</Tag>}
              {!r.onTime && <Tag color="warning">{t('迟报')}</Tag>}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{r.narrative}</Typography.Paragraph>
            {r.returnReason && (
              <p style={{ color: '#b71c1c' }}>
                {t('退回原因')}：{r.returnReason}
              </p>
            )}
            <Evidence id={r.id} />
            {r.status === 'submitted' && canReview && (
              <Space style={{ marginTop: 12, display: 'flex' }}>
                <Button type="primary" icon={<CheckOutlined />} loading={busy === r.id} onClick={() => props.onAccept(r)}>
                  {t('采纳')}
                </Button>
                <Button danger icon={<RollbackOutlined />} onClick={() => props.onReturn(r)}>
                  {t('退回')}
                </Button>
              </Space>
            )}
          </Card>
        </List.Item>
      )}
    />
  );
}
