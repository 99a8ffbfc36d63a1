import { useState } from 'react';
import { Button, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import { GRADE_COLOURS, type AssessmentPeriodDetail, type AssessmentResultView } from './assessment-types.js';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** Every line of a unit's score: rule, what happened, points; then notes, veto, 自评 and the office's changes. */
function Breakdown({ r }: { r: AssessmentResultView }) {
  const { t } = useI18n();
  const history = useApiQuery('GET /api/assessment-results/:id/revisions', r.revision > 1 ? { params: { id: r.id } } : null);
  return (
    <div data-testid={`breakdown-${r.unitName}`}>
      <Table
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={[{ ruleId: 'base', label: t('起评分'), detail: '', points: r.computed.base }, ...r.computed.lines]}
        columns={[
          { title: t('考核项目'), dataIndex: 'label', width: 180 },
          { title: t('依据'), dataIndex: 'detail' },
          {
            title: t('分值'),
            dataIndex: 'points',
            width: 90,
            align: 'right',
            render: (p: number, l) => (l.ruleId === 'base' ? p : signed(p)),
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <strong>{t('计算得分')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              <strong>{r.computed.total}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
        {r.computed.notes.length > 0 && <Descriptions.Item label={t('说明')}>{r.computed.notes.join('；')}</Descriptions.Item>}
        {r.computed.vetoed && (
          <Descriptions.Item label={t('一票否决')}>{r.computed.vetoes.map((v) => `${v.label}：${v.reason}`).join('；')}</Descriptions.Item>
        )}
        {r.selfScore !== null && (
          <Descriptions.Item label={t('单位自评')}>
            {r.selfScore} · {r.selfNote}{' '}
            {r.selfEvidenceReportIds.length > 0 && `（${t('佐证报送 {n} 份', { n: r.selfEvidenceReportIds.length })}）`}
          </Descriptions.Item>
        )}
        {r.selfReturnReason && <Descriptions.Item label={t('自评被退回')}>{r.selfReturnReason}</Descriptions.Item>}
        {r.officeChanges.map((c, i) => (
          <Descriptions.Item key={i} label={t('办公室调整')}>
            {signed(c.points)} · {c.reason}
          </Descriptions.Item>
        ))}
        {r.revision > 1 && (
          <Descriptions.Item label={t('修订')}>{`${t('第 {n} 版', { n: r.revision })}：${r.revisionReason ?? ''}`}</Descriptions.Item>
        )}
        {(history.data?.items ?? [])
          .filter((h) => h.revision < r.revision)
          .map((h) => (
            <Descriptions.Item key={h.id} label={t('第 {n} 版', { n: h.revision })}>
              {`${t('最终得分')} ${h.finalScore} · ${t('细则第 {n} 版', { n: h.rubricVersion })}${h.revisionReason ? ` · ${h.revisionReason}` : ''}`}
            </Descriptions.Item>
          ))}
      </Descriptions>
    </div>
  );
}

type Dialog = { kind: 'self' | 'return' | 'office' | 'revise'; r: AssessmentResultView } | null;

/** The form of one action on a result: 自评, the office's score, or a revision after locking. */
function ResultDialog({ dialog, planId, onClose, onDone }: { dialog: Dialog; planId: string; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const r = dialog?.r;
  const answer = useApiQuery(
    'GET /api/reports',
    dialog?.kind === 'self' && r ? { query: { plan: planId, unit: r.unitId, pageSize: 200 } } : null,
  );
  const reports = { ...answer, data: answer.data?.kind === 'reports' ? answer.data.items : undefined };
  if (!dialog || !r) return null;
  const titles = { self: t('单位自评'), return: t('退回自评'), office: t('办公室评分'), revise: t('审定后修订') };
  const submit = async () => {
    const v = await form.validateFields();
    const params = { id: r.id };
    const done = await run(async () => {
      if (dialog.kind === 'self')
        await call('PUT /api/assessment-results/:id/self', {
          params,
          body: { version: r.version, score: v.score, note: v.note, evidenceReportIds: v.evidence ?? [] },
        });
      if (dialog.kind === 'return') await call('POST /api/assessment-results/:id/self/return', { params, body: { reason: v.reason } });
      if (dialog.kind === 'office')
        await call('PUT /api/assessment-results/:id/office', { params, body: { version: r.version, changes: v.changes ?? [] } });
      if (dialog.kind === 'revise')
        await call('POST /api/assessment-results/:id/revisions', {
          params,
          body: { reason: v.reason, ...(v.changes?.length ? { changes: v.changes } : {}) },
        });
    }, t('已保存'));
    if (done) onDone();
  };
  const changes = (
    <Form.List name="changes">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: t('请填写分值') }]}>
                <InputNumber placeholder={t('分值（可为负）')} aria-label={t('调整分值')} />
              </Form.Item>
              <Form.Item name={[f.name, 'reason']} rules={[{ required: true, message: t('请说明理由') }]}>
                <Input placeholder={t('调整理由')} aria-label={t('调整理由')} style={{ width: 300 }} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
            {t('添加调整项')}
          </Button>
        </>
      )}
    </Form.List>
  );
  return (
    <Modal
      open
      title={`${titles[dialog.kind]} · ${r.unitName}`}
      onCancel={onClose}
      onOk={submit}
      confirmLoading={busy}
      okText={t('提交')}
      cancelText={t('取消')}
      destroyOnHidden
    >
      <p className="duban-muted">{t('计算得分 {n} 分', { n: r.computed.total })}</p>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          score: r.selfScore ?? r.computed.total,
          note: r.selfNote ?? '',
          evidence: r.selfEvidenceReportIds,
          changes: dialog.kind === 'office' ? r.officeChanges : [],
        }}
      >
        {dialog.kind === 'self' && (
          <>
            <Form.Item name="score" label={t('自评分')} rules={[{ required: true, message: t('请填写自评分') }]}>
              <InputNumber min={0} max={10000} />
            </Form.Item>
            <Form.Item name="note" label={t('自评说明')} rules={[{ required: true, message: t('请填写自评说明') }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="evidence" label={t('佐证（本单位的报送）')}>
              <Select
                mode="multiple"
                loading={reports.loading}
                options={(reports.data ?? []).map((x) => ({ value: x.id, label: `${x.periodLabel} ${x.taskTitle ?? ''}` }))}
              />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'return' && (
          <Form.Item name="reason" label={t('退回理由')} rules={[{ required: true, message: t('请说明理由') }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        )}
        {dialog.kind === 'office' && changes}
        {dialog.kind === 'revise' && (
          <>
            <Form.Item name="reason" label={t('修订理由')} rules={[{ required: true, message: t('请说明理由') }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Typography.Paragraph className="duban-muted">{t('修订按现行细则与最新数据重新计算，原审定结果保留。')}</Typography.Paragraph>
            {changes}
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The units' results, best first, each row opening its breakdown; actions follow the period's step and the user's role. */
export function ResultsTable({
  detail,
  admin,
  myUnits,
  onChange,
}: {
  detail: AssessmentPeriodDetail;
  admin: boolean;
  myUnits: string[];
  onChange: () => void;
}) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const status = detail.period.status;
  return (
    <>
      <Table
        // A revision is a new result row with a new id; keying by unit keeps an expanded row open across it.
        rowKey="unitId"
        size="small"
        pagination={false}
        dataSource={detail.results}
        expandable={{ expandedRowRender: (r) => <Breakdown r={r} />, expandRowByClick: false }}
        locale={{ emptyText: t('开启自评后按截止日数据计算各单位得分') }}
        columns={[
          {
            title: t('名次'),
            dataIndex: 'rank',
            width: 80,
            render: (rank: number, r) => (
              <span data-testid={`rank-${r.unitName}`}>
                {rank}
                {r.tied && <Tag style={{ marginLeft: 4 }}>{t('并列')}</Tag>}
              </span>
            ),
          },
          { title: t('单位'), dataIndex: 'unitName' },
          { title: t('计算得分'), render: (_, r) => r.computed.total, width: 90 },
          { title: t('自评分'), dataIndex: 'selfScore', width: 80, render: (v: number | null) => v ?? '—' },
          { title: t('办公室评分'), dataIndex: 'officeScore', width: 100, render: (v: number | null) => v ?? '—' },
          {
            title: t('最终得分'),
            dataIndex: 'finalScore',
            width: 90,
            render: (v: number, r) => <strong data-testid={`score-${r.unitName}`}>{v}</strong>,
          },
          {
            title: t('等次'),
            dataIndex: 'grade',
            width: 90,
            render: (g: string, r) => (
              <Tag color={GRADE_COLOURS[g]} data-testid={`grade-${r.unitName}`}>
                {g}
                {r.computed.vetoed ? `（${t('否决')}）` : ''}
              </Tag>
            ),
          },
          {
            title: t('操作'),
            width: 140,
            render: (_, r) => (
              <Space>
                {status === 'self_assessment' && myUnits.includes(r.unitId) && r.selfAt === null && (
                  <Button size="small" onClick={() => setDialog({ kind: 'self', r })}>
                    {t('自评')}
                  </Button>
                )}
                {status === 'self_assessment' && admin && r.selfAt !== null && (
                  <Button size="small" onClick={() => setDialog({ kind: 'return', r })}>
                    {t('退回自评')}
                  </Button>
                )}
                {status === 'scoring' && admin && (
                  <Button size="small" onClick={() => setDialog({ kind: 'office', r })} aria-label={`${t('评分')} ${r.unitName}`}>
                    {t('评分')}
                  </Button>
                )}
                {status === 'locked' && admin && (
                  <Button size="small" onClick={() => setDialog({ kind: 'revise', r })}>
                    {t('修订')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <ResultDialog
        dialog={dialog}
        planId={detail.period.planId}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          onChange();
        }}
      />
    </>
  );
}
