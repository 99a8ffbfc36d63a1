import { useState } from 'react';
import { App, Button, Form, InputNumber, Modal, Select } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../../api/client.js';
import type { Indicator } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTarget } from '../../util.js';

interface Period {
  id: string;
  label: string;
}

/** Record an indicator's value for a reporting period and unit (the office, or the liaison of the reporting unit). */
export function IndicatorValueButton({ indicator, units, onDone }: { indicator: Indicator; units: { id: string; name: string }[]; onDone?: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ periodId: string; unitId: string; value: number }>();
  const periods = useApi(open ? `periods-${indicator.planId}` : null, () => api.get<Period[] | { items: Period[] }>(`/api/plans/${indicator.planId}/periods`));
  const list = Array.isArray(periods.data) ? periods.data : (periods.data?.items ?? []);
  const save = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await api.post(`/api/indicators/${indicator.id}/values`, { periodId: v.periodId, unitId: v.unitId, value: v.value });
      message.success(t('指标值已保存'));
      setOpen(false);
      onDone?.();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} aria-label={t('填报指标值：{n}', { n: indicator.name })}>
        {t('填报')}
      </Button>
      <Modal open={open} title={indicator.name} okText={t('保存')} cancelText={t('取消')} confirmLoading={busy} onOk={save} onCancel={() => setOpen(false)} destroyOnHidden>
        <Form form={form} layout="vertical" initialValues={{ unitId: indicator.leadUnitId ?? units[0]?.id }}>
          <Form.Item name="periodId" label={t('报送周期')} rules={[{ required: true, message: t('请选择报送周期（可在“报送周期”中生成）') }]}>
            <Select loading={periods.loading} options={list.map((p) => ({ value: p.id, label: p.label }))} notFoundContent={t('尚未设置报送周期，各单位暂无需报送')} />
          </Form.Item>
          <Form.Item name="unitId" label={t('填报单位')} rules={[{ required: true, message: t('请选择填报单位') }]}>
            <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item name="value" label={`${t('本期数值')}（${t('目标')} ${fmtTarget(indicator)}）`} rules={[{ required: true, message: t('请填写数值') }]}>
            <InputNumber style={{ width: '100%' }} suffix={indicator.unit || undefined} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
