import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useAuth } from '../../auth/auth.js';
import { PageHead, StatusTag } from '../../components/common.js';
import { useResultNote } from '../../components/result-note.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';
import type { ReportItem } from '../inbox/inbox-types.js';
import { Evidence, ReportCards } from './report-cards.js';
import { useScreens } from '../../layout/use-screens.js';

const STATUSES = ['submitted', 'returned', 'accepted'] as const;

/** The office reviews submitted reports: read the narrative and evidence, accept or return with a reason. */
export default function ReportsPage() {
  const { t } = useI18n();
  const { has } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'submitted';
  const [page, setPage] = useState(1);
  const answer = useApiQuery('GET /api/reports', {
    query: { status, plan: params.get('plan') ?? undefined, unit: params.get('unit') ?? undefined, page, pageSize: 20 },
  });
  // Asked without `missing`, the server answers reports (the other kind is the owed slots past their window).
  const list = { ...answer, data: answer.data?.kind === 'reports' ? answer.data : undefined };
  const { run } = useAction();
  const [returning, setReturning] = useState<ReportItem | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const result = useResultNote();
  // On a phone: one card per report with its actions in view, instead of a table scrolled sideways.
  const phone = !useScreens().md;

  const accept = async (r: ReportItem) => {
    setBusy(r.id);
    const done = await run(() => call('POST /api/reports/:id/accept', { params: { id: r.id }, body: { version: r.version } }));
    setBusy(null);
    if (done) result.show(`${t('已采纳')}：${r.unitName} · ${r.taskTitle ?? ''}`);
  };
  const sendBack = async () => {
    if (!returning || !reason.trim()) return;
    setBusy(returning.id);
    const done = await run(() =>
      call('POST /api/reports/:id/return', { params: { id: returning.id }, body: { reason: reason.trim(), version: returning.version } }),
    );
    setBusy(null);
    if (!done) return;
    result.show(`${t('已退回')}：${returning.unitName} · ${returning.taskTitle ?? ''}`);
    setReturning(null);
    setReason('');
  };

  return (
    <>
      <PageHead title={t('报送审核')} sub={t('审核各单位报送的工作进展，采纳或退回')} />
      <Segmented
        aria-label={t('按状态筛选')}
        style={{ marginBottom: 12 }}
        value={status}
        onChange={(v) => {
          setPage(1);
          setParams({ ...Object.fromEntries(params), status: String(v) });
        }}
        options={[
          { value: 'submitted', label: t('待审核') },
          { value: 'returned', label: t('已退回') },
          { value: 'accepted', label: t('已采纳') },
        ]}
      />
      {result.note}
      <Card size="small">
        {list.error ? (
          <Typography.Text type="danger">{list.error}</Typography.Text>
        ) : phone ? (
          <ReportCards
            list={list.data}
            loading={list.loading}
            page={page}
            onPage={setPage}
            emptyText={status === 'submitted' ? t('没有待审核的报送') : t('暂无数据')}
            canReview={has('admin')}
            busy={busy}
            onAccept={(r) => void accept(r)}
            onReturn={setReturning}
          />
        ) : (
          <Table<ReportItem>
            rowKey="id"
            size="small"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            scroll={{ x: 900 }}
            locale={{ emptyText: status === 'submitted' ? t('没有待审核的报送') : t('暂无数据') }}
            pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
            expandable={{
              columnTitle: <span className="duban-sr-only">{t('展开详情')}</span>,
              expandedRowRender: (r) => (
                <div>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{r.narrative}</Typography.Paragraph>
                  {r.returnReason && (
                    <p style={{ color: '#c62828' }}>
                      {t('退回原因')}：{r.returnReason}
                    </p>
                  )}
                  <Evidence id={r.id} />
                </div>
              ),
            }}
            columns={[
              { title: t('任务'), render: (_, r) => <Link to={`/tasks/${r.taskId}`}>{`${r.taskNumber ?? ''} ${r.taskTitle ?? ''}`}</Link> },
              { title: t('报送单位'), dataIndex: 'unitName', width: 160 },
              { title: t('周期'), dataIndex: 'periodLabel', width: 120 },
              {
                title: t('进度'),
                dataIndex: 'percent',
                width: 80,
                render: (v: number, r) => (
                  <>
                    {v}%
                    {r.completionClaim && (
                      <Tag color="success" style={{ marginLeft: 4 }}>
                        {t('申请办结')}
                      </Tag>
                    )}
                  </>
                ),
              },
              {
                title: t('提交时间'),
                dataIndex: 'submittedAt',
                width: 150,
                render: (v: string, r) => (
                  <>
                    {fmtTime(v)}
                    {!r.onTime && (
                      <Tag color="warning" style={{ marginLeft: 4 }}>
                        {t('迟报')}
                      </Tag>
                    )}
                  </>
                ),
              },
              { title: t('状态'), dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
              {
                title: t('操作'),
                width: 170,
                render: (_, r) =>
                  r.status === 'submitted' && has('admin') ? (
                    <Space>
                      <Button size="small" type="primary" icon={<CheckOutlined />} loading={busy === r.id} onClick={() => accept(r)}>
                        {t('采纳')}
                      </Button>
                      <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(r)}>
                        {t('退回')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <Modal
        open={!!returning}
        title={t('退回报送')}
        okText={t('退回')}
        cancelText={t('取消')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        confirmLoading={!!busy}
        onOk={sendBack}
        onCancel={() => setReturning(null)}
      >
        <p className="duban-muted">{returning ? `${returning.unitName} · ${returning.taskTitle ?? ''}` : ''}</p>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          autoSize={{ minRows: 3 }}
          placeholder={t('请写明退回原因，单位将据此修改后重报')}
          aria-label={t('退回原因')}
        />
      </Modal>
    </>
  );
}
