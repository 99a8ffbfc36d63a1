import { useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Slider, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { call, uploadTo } from '../../api/call.js';
import { errorMessage } from '../../api/client.js';
import type { Indicator } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { targetInfo, type ReportTarget } from './inbox-types.js';

interface Values {
  narrative: string;
  percent: number;
  completionClaim: boolean;
  values: Record<string, number | null | undefined>;
}

/** One form for a period's report: progress, percentage, indicator values, attachments; submit or resubmit. */
export function ReportForm({
  target,
  indicators,
  onClose,
  onDone,
}: {
  target: ReportTarget | null;
  indicators: Indicator[];
  onClose: () => void;
  onDone: (summary: string) => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const report = target?.kind === 'resubmit' ? target.report : null;
  const info = target ? targetInfo(target) : null;

  const idempotencyKey = useRef('');
  useEffect(() => {
    if (!target) return;
    // getRandomValues, unlike randomUUID, also works when the server is reached over plain http on a LAN address.
    idempotencyKey.current = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    setFiles([]);
    form.setFieldsValue({
      narrative: report?.narrative ?? '',
      percent: report?.percent ?? 0,
      completionClaim: report?.completionClaim ?? false,
      values: {},
    });
  }, [target, report, form]);

  const submit = async () => {
    if (!target || !info) return;
    const v = await form.validateFields();
    const indicatorValues = Object.entries(v.values ?? {})
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([indicatorId, value]) => ({ indicatorId, value: Number(value) }));
    const fields = {
      narrative: v.narrative,
      percent: v.percent,
      completionClaim: v.completionClaim,
      ...(indicatorValues.length ? { indicatorValues } : {}),
    };
    try {
      // Files first, into the staging area: a refused file stops here and nothing is submitted.
      const evidenceIds: string[] = [];
      for (const [i, f] of files.entries()) {
        if (!f.originFileObj) continue;
        setBusy(t('正在上传附件 {a}/{b}…', { a: i + 1, b: files.length }));
        const fd = new FormData();
        fd.append('file', f.originFileObj, f.name);
        try {
          evidenceIds.push((await uploadTo('POST /api/evidence', fd)).id);
        } catch (e) {
          throw new Error(t('附件“{name}”未能上传，报送未提交：{reason}', { name: f.name, reason: errorMessage(e) }));
        }
      }
      setBusy(t('正在提交报送…'));
      // The report and its files are stored together; the key makes a retry return the same report.
      if (target.kind === 'resubmit')
        await call('PATCH /api/reports/:id', {
          params: { id: target.report.id },
          body: { ...fields, version: target.report.version, evidenceIds },
        });
      else
        await call('POST /api/reports', {
          body: {
            ...fields,
            taskId: target.slot.taskId,
            periodId: target.slot.periodId,
            unitId: target.slot.unitId,
            evidenceIds,
            idempotencyKey: idempotencyKey.current,
          },
        });
      // The outcome is written on the page, where focus goes (see onDone), rather than in a passing toast.
      const done = target.kind === 'resubmit' ? t('已重新提交') : t('报送已提交');
      onDone(`${done}：${[info?.number, info?.title, info?.period].filter(Boolean).join(' ')}`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      title={report ? t('修改后重新报送') : t('报送进展')}
      size={560}
      destroyOnHidden
      extra={
        <Button type="primary" loading={!!busy} onClick={submit}>
          {report ? t('重新提交') : t('提交')}
        </Button>
      }
    >
      {info && (
        <>
          <p style={{ marginTop: 0 }}>
            <strong>
              {info.number ? `${info.number} ` : ''}
              {info.title ?? ''}
            </strong>
            <br />
            <span className="duban-muted">{info.period}</span>
          </p>
          {report?.status === 'returned' && (
            <Alert
              type="error"
              showIcon
              message={t('办公室退回了此报送')}
              description={report.returnReason ?? ''}
              style={{ marginBottom: 16 }}
            />
          )}
          {busy && <Alert type="info" showIcon message={busy} style={{ marginBottom: 16 }} role="status" />}
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="narrative" label={t('进展情况')} rules={[{ required: true, message: t('请填写本期工作进展') }]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder={t('本期做了哪些工作、取得什么成效、存在什么问题')} />
            </Form.Item>
            <Form.Item label={t('完成进度（%）')} required>
              <div style={{ display: 'flex', gap: 16, alignItems: 'center' }}>
                <Form.Item name="percent" noStyle>
                  <Slider style={{ flex: 1 }} ariaLabelForHandle={t('完成进度')} />
                </Form.Item>
                <Form.Item name="percent" noStyle>
                  <InputNumber min={0} max={100} aria-label={t('完成进度（%）')} />
                </Form.Item>
              </div>
            </Form.Item>
            <Form.Item
              name="completionClaim"
              valuePropName="checked"
              rules={[
                {
                  validator: async (_, claim: boolean) => {
                    if (claim && form.getFieldValue('percent') !== 100) throw new Error(t('申请办结时进度应为100%'));
                  },
                },
              ]}
            >
              <Checkbox>{t('任务已全部完成，申请办结')}</Checkbox>
            </Form.Item>
            {indicators.map((ind) => (
              <Form.Item key={ind.id} name={['values', ind.id]} label={`${ind.name}（${t('目标')} ${ind.target}${ind.unit}）`}>
                <InputNumber style={{ width: '100%' }} suffix={ind.unit || undefined} placeholder={t('本期数值')} />
              </Form.Item>
            ))}
            <Form.Item label={t('附件（佐证材料）')}>
              <Upload multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
                <Button icon={<UploadOutlined />}>{t('选择文件')}</Button>
              </Upload>
              {report?.evidence?.length ? (
                <div className="duban-muted" style={{ marginTop: 8 }}>
                  {t('已有附件')}：{report.evidence.map((f) => f.name).join('、')}
                </div>
              ) : null}
            </Form.Item>
          </Form>
        </>
      )}
    </Drawer>
  );
}
