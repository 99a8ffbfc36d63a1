import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, InputNumber, Slider, Space, Upload, type UploadFile } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, errorMessage, upload } from '../../api/client.js';
import type { Indicator, Report } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { InboxItem } from './inbox-types.js';

interface Values {
  text: string;
  percent: number;
  completionClaim: boolean;
  values: Record<string, number | null>;
}

/** One form for a period's report: progress, percentage, indicator values, attachments; submit or resubmit. */
export function ReportForm({ item, indicators, onClose, onDone }: { item: InboxItem | null; indicators: Indicator[]; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const report = item?.report ?? null;

  useEffect(() => {
    if (!item) return;
    setFiles([]);
    form.setFieldsValue({
      text: report?.text ?? report?.progress ?? '',
      percent: report?.percent ?? 0,
      completionClaim: false,
      values: Object.fromEntries((report?.indicatorValues ?? []).map((v) => [v.indicatorId, v.value])),
    });
  }, [item, report, form]);

  const submit = async () => {
    if (!item) return;
    const v = await form.validateFields();
    const indicatorValues = Object.entries(v.values ?? {})
      .filter(([, x]) => x !== null && x !== undefined)
      .map(([indicatorId, value]) => ({ indicatorId, value: Number(value) }));
    const body = { taskId: item.task.id, periodId: item.period?.id, text: v.text, percent: v.percent, completionClaim: v.completionClaim, indicatorValues, submit: true };
    try {
      setBusy(t('正在提交报送…'));
      const saved =
        report && (report.status === 'returned' || report.status === 'draft')
          ? await api.patch<Report>(`/api/reports/${report.id}`, { ...body, version: report.version })
          : await api.post<Report>('/api/reports', body);
      const rid = saved?.id ?? report?.id;
      for (const [i, f] of files.entries()) {
        if (!f.originFileObj || !rid) continue;
        setBusy(t('正在上传附件 {a}/{b}…', { a: i + 1, b: files.length }));
        const fd = new FormData();
        fd.append('file', f.originFileObj, f.name);
        await upload(`/api/reports/${rid}/evidence`, fd);
      }
      message.success(t('报送已提交'));
      onDone();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer
      open={!!item}
      onClose={onClose}
      title={t('报送进展')}
      size={560}
      destroyOnHidden
      extra={
        <Button type="primary" loading={!!busy} onClick={submit}>
          {report?.status === 'returned' ? t('重新提交') : t('提交')}
        </Button>
      }
    >
      {item && (
        <>
          <p style={{ marginTop: 0 }}>
            <strong>{item.task.number ? `${item.task.number} ` : ''}{item.task.title ?? ''}</strong>
            <br />
            <span className="duban-muted">{item.task.text}</span>
          </p>
          {report?.status === 'returned' && (
            <Alert type="error" showIcon message={t('办公室退回了此报送')} description={report.returnReason ?? ''} style={{ marginBottom: 16 }} />
          )}
          {busy && <Alert type="info" showIcon message={busy} style={{ marginBottom: 16 }} role="status" />}
          <Form form={form} layout="vertical">
            <Form.Item name="text" label={t('进展情况')} rules={[{ required: true, message: t('请填写本期工作进展') }, { min: 5, message: t('请至少写 5 个字') }]}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} placeholder={t('本期做了哪些工作、取得什么成效、存在什么问题')} />
            </Form.Item>
            <Form.Item label={t('完成进度（%）')}>
              <Space.Compact style={{ width: '100%' }}>
                <Form.Item name="percent" noStyle>
                  <Slider style={{ flex: 1, marginRight: 16 }} aria-label={t('完成进度')} />
                </Form.Item>
                <Form.Item name="percent" noStyle>
                  <InputNumber min={0} max={100} aria-label={t('完成进度（%）')} />
                </Form.Item>
              </Space.Compact>
            </Form.Item>
            <Form.Item name="completionClaim" valuePropName="checked">
              <Checkbox>{t('任务已全部完成，申请办结')}</Checkbox>
            </Form.Item>
            {indicators.map((ind) => (
              <Form.Item key={ind.id} name={['values', ind.id]} label={`${ind.name}（${t('目标')} ${ind.target}${ind.unit}）`}>
                <InputNumber style={{ width: '100%' }} addonAfter={ind.unit || undefined} placeholder={t('本期数值')} />
              </Form.Item>
            ))}
            <Form.Item label={t('附件')}>
              <Upload
                multiple
                fileList={files}
                beforeUpload={() => false}
                onChange={({ fileList }) => setFiles(fileList)}
              >
                <Button icon={<UploadOutlined />}>{t('选择文件')}</Button>
              </Upload>
              {report?.evidence?.length ? (
                <div className="duban-muted" style={{ marginTop: 8 }}>
                  {t('已有附件')}：{report.evidence.map((f) => f.filename).join('、')}
                </div>
              ) : null}
            </Form.Item>
          </Form>
        </>
      )}
    </Drawer>
  );
}
