import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Popconfirm, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Period } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate } from '../../util.js';

interface PeriodEdit {
  label: string;
  range: [dayjs.Dayjs, dayjs.Dayjs];
  due: dayjs.Dayjs;
}

/** The plan's reporting calendar (报送周期) in a dialog: see it, or generate monthly/quarterly periods over a date range. */
export default function PeriodsDialog({
  planId,
  year,
  canEdit,
  open,
  onClose,
}: {
  planId: string;
  year: number | null;
  canEdit: boolean;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ kind: 'monthly' | 'quarterly'; range: [dayjs.Dayjs, dayjs.Dayjs] }>();
  const [editForm] = Form.useForm<PeriodEdit>();
  const [editing, setEditing] = useState<Period | null>(null);
  const periods = useApiQuery('GET /api/plans/:id/periods', open ? { params: { id: planId } } : null);
  const list = periods.data?.items ?? [];
  const y = year ?? dayjs().year();
  const create = async () => {
    const v = await form.validateFields();
    const body = { kind: v.kind, start: v.range[0].format('YYYY-MM-DD'), end: v.range[1].format('YYYY-MM-DD') };
    await run(() => call('POST /api/plans/:id/periods', { params: { id: planId }, body }), t('报送周期已生成'));
  };
  const remove = (p: Period) => run(() => call('DELETE /api/periods/:id', { params: { id: p.id } }), t('已删除报送周期'));
  const openEdit = (p: Period) => {
    setEditing(p);
    editForm.setFieldsValue({ label: p.label, range: [dayjs(p.start), dayjs(p.end)], due: dayjs(p.due) });
  };
  const saveEdit = async () => {
    if (!editing) return;
    const v = await editForm.validateFields();
    const body = {
      label: v.label,
      start: v.range[0].format('YYYY-MM-DD'),
      end: v.range[1].format('YYYY-MM-DD'),
      due: v.due.format('YYYY-MM-DD'),
    };
    const saved = await run(() => call('PATCH /api/periods/:id', { params: { id: editing.id }, body }), t('报送周期已修改'));
    if (saved) setEditing(null);
  };
  return (
    <>
      <Modal open={open} title={t('报送周期')} footer={null} onCancel={onClose} width={640} destroyOnHidden>
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
            ...(canEdit
              ? [
                  {
                    title: t('操作'),
                    render: (_: unknown, p: Period) =>
                      p.reportCount ? (
                        <span className="duban-muted">{t('已有报送')}</span>
                      ) : (
                        <Space size={4}>
                          <Button size="small" type="link" onClick={() => openEdit(p)}>
                            {t('修改')}
                          </Button>
                          <Popconfirm title={t('删除该报送周期？')} onConfirm={() => remove(p)}>
                            <Button size="small" type="link" danger>
                              {t('删除')}
                            </Button>
                          </Popconfirm>
                        </Space>
                      ),
                  },
                ]
              : []),
          ]}
        />
        {canEdit && (
          <Form
            form={form}
            layout="inline"
            style={{ marginTop: 16, rowGap: 8 }}
            initialValues={{ kind: 'quarterly', range: [dayjs(`${y}-01-01`), dayjs(`${y}-12-31`)] }}
          >
            <Form.Item name="kind" label={t('频次')}>
              <Select
                style={{ width: 100 }}
                options={[
                  { value: 'monthly', label: t('每月') },
                  { value: 'quarterly', label: t('每季度') },
                ]}
              />
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
      <Modal open={!!editing} title={t('修改报送周期')} onOk={saveEdit} onCancel={() => setEditing(null)} destroyOnHidden>
        <Form form={editForm} layout="vertical">
          <Form.Item name="label" label={t('周期')} rules={[{ required: true, message: t('请填写周期名称') }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="range" label={t('起止')} rules={[{ required: true, message: t('请选择时间范围') }]}>
            <DatePicker.RangePicker />
          </Form.Item>
          <Form.Item name="due" label={t('报送截止')} rules={[{ required: true, message: t('请选择报送截止日期') }]}>
            <DatePicker />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
