import { useState } from 'react';
import { Button, Form, InputNumber, Modal, Select } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Indicator } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTarget } from '../../util.js';

/** Record an indicator's value for a reporting period and unit (the office, or the liaison of the reporting unit). */
export function IndicatorValueButton({
  indicator,
  units,
  onDone,
}: {
  indicator: Indicator;
  units: { id: string; name: string }[];
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ periodId: string; unitId: string; value: number }>();
  const periods = useApiQuery('GET /api/plans/:id/periods', open ? { params: { id: indicator.planId } } : null);
  const list = periods.data?.items ?? [];
  const save = async () => {
    const v = await form.validateFields();
    const body = { periodId: v.periodId, unitId: v.unitId, value: v.value };
    const saved = await run(() => call('POST /api/indicators/:id/values', { params: { id: indicator.id }, body }), t('指标值已保存'));
    if (!saved) return;
    setOpen(false);
    onDone?.();
  };
  return (
    <>
      <Button size="small" icon={<EditOutlined />} onClick={() => setOpen(true)} aria-label={t('填报指标值：{n}', { n: indicator.name })}>
        {t('填报')}
      </Button>
      <Modal
        open={open}
        title={indicator.name}
        okText={t('保存')}
        cancelText={t('取消')}
        confirmLoading={busy}
        onOk={save}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ unitId: indicator.leadUnitId ?? units[0]?.id }}>
          <Form.Item
            name="periodId"
            label={t('报送周期')}
            rules={[{ required: true, message: t('请选择报送周期（可在“报送周期”中生成）') }]}
          >
            <Select
              loading={periods.loading}
              options={list.map((p) => ({ value: p.id, label: p.label }))}
              notFoundContent={t('尚未设置报送周期，各单位暂无需报送')}
            />
          </Form.Item>
          <Form.Item name="unitId" label={t('填报单位')} rules={[{ required: true, message: t('请选择填报单位') }]}>
            <Select showSearch optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          <Form.Item
            name="value"
            label={`${t('本期数值')}（${t('目标')} ${fmtTarget(indicator)}）`}
            rules={[{ required: true, message: t('请填写数值') }]}
          >
            <InputNumber style={{ width: '100%' }} suffix={indicator.unit || undefined} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
