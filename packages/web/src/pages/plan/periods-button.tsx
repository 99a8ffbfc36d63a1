import { useState } from 'react';
import { App, Button, DatePicker, Form, Modal, Select, Table } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { api, errorMessage } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate } from '../../util.js';

interface Period {
  id: string;
  label: string;
  start: string;
  end: string;
  due: string;
}

/** The plan's reporting calendar (报送周期): see it, or generate monthly/quarterly periods over a date range. */
export function PeriodsButton({ planId, year, canEdit }: { planId: string; year: number | null; canEdit: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ kind: 'monthly' | 'quarterly'; range: [dayjs.Dayjs, dayjs.Dayjs] }>();
  const periods = useApi(open ? `periods-${planId}` : null, () => api.get<Period[] | { items: Period[] }>(`/api/plans/${planId}/periods`));
  const list = Array.isArray(periods.data) ? periods.data : (periods.data?.items ?? []);
  const y = year ?? dayjs().year();
  const create = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      await api.post(`/api/plans/${planId}/periods`, { kind: v.kind, start: v.range[0].format('YYYY-MM-DD'), end: v.range[1].format('YYYY-MM-DD') });
      message.success(t('报送周期已生成'));
      periods.reload();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)}>
        {t('报送周期')}
      </Button>
      <Modal open={open} title={t('报送周期')} footer={null} onCancel={() => setOpen(false)} width={640} destroyOnHidden>
        <Table<Period>
          rowKey="id"
          size="small"
          loading={periods.loading}
          dataSource={list}
          pagination={false}
          scroll={{ y: 260 }}
          locale={{ emptyText: t('尚未设置报送周期，各单位暂无需报送') }}
          columns={[
            { title: t('周期'), dataIndex: 'label' },
            { title: t('起止'), render: (_, p) => `${fmtDate(p.start)} ～ ${fmtDate(p.end)}` },
            { title: t('报送截止'), dataIndex: 'due', render: (v: string) => fmtDate(v) },
          ]}
        />
        {canEdit && (
          <Form form={form} layout="inline" style={{ marginTop: 16, rowGap: 8 }} initialValues={{ kind: 'quarterly', range: [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)] }}>
            <Form.Item name="kind" label={t('频次')}>
              <Select style={{ width: 100 }} options={[{ value: 'monthly', label: t('每月') }, { value: 'quarterly', label: t('每季度') }]} />
            </Form.Item>
            <Form.Item name="range" label={t('时间范围')} rules={[{ required: true, message: t('请选择时间范围') }]}>
              <DatePicker.RangePicker />
            </Form.Item>
            <Button type="primary" loading={busy} onClick={create}>
              {t('生成')}
            </Button>
          </Form>
        )}
      </Modal>
    </>
  );
}
