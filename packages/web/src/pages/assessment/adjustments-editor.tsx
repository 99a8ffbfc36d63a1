import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import type { AssessmentPeriodDetail } from './assessment-types.js';

interface Adjustments {
  bonuses: { id?: string; unitId: string; points: number; reason: string }[];
  vetoes: { id?: string; unitId: string; itemId: string; reason: string }[];
}

/** The office's bonuses (加分, each with its reason) and 一票否决 records; scores are recomputed on save. */
export function AdjustmentsEditor({ detail, admin, onSaved }: { detail: AssessmentPeriodDetail; admin: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Adjustments>();
  const { busy, run } = useAction();
  const units = useApiQuery('GET /api/units', {});
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const locked = detail.period.status === 'locked';
  const save = async () => {
    const v = await form.validateFields();
    const body = { version: detail.period.version, bonuses: v.bonuses ?? [], vetoes: v.vetoes ?? [] };
    if (
      await run(
        () => call('PUT /api/assessment-periods/:id/adjustments', { params: { id: detail.period.id }, body }),
        t('已保存，得分已重新计算'),
      )
    )
      onSaved();
  };
  const unitSelect = (
    <Select
      showSearch
      optionFilterProp="label"
      style={{ width: 200 }}
      options={unitOptions}
      placeholder={t('单位')}
      aria-label={t('单位')}
    />
  );
  return (
    <Form
      form={form}
      disabled={!admin || locked}
      initialValues={{ bonuses: detail.period.bonuses, vetoes: detail.period.vetoes }}
      key={`${detail.period.id}-${detail.period.version}`}
    >
      <Card size="small" title={t('加分项')} style={{ marginBottom: 12 }}>
        <Form.List name="bonuses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: t('请选择单位') }]}>
                    {unitSelect}
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']} rules={[{ required: true, message: t('请填写分值') }]}>
                    <InputNumber min={0} max={100} placeholder={t('加分')} aria-label={t('加分')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} rules={[{ required: true, message: t('请说明理由') }]}>
                    <Input style={{ width: 320 }} placeholder={t('加分理由')} aria-label={t('加分理由')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('添加加分项')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('一票否决')} style={{ marginBottom: 12 }}>
        <Form.List name="vetoes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'unitId']} rules={[{ required: true, message: t('请选择单位') }]}>
                    {unitSelect}
                  </Form.Item>
                  <Form.Item name={[f.name, 'itemId']} rules={[{ required: true, message: t('请选择否决事项') }]}>
                    <Select
                      style={{ width: 240 }}
                      aria-label={t('否决事项')}
                      options={detail.rubric.rubric.vetoItems.map((x) => ({ value: x.id, label: x.label }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} rules={[{ required: true, message: t('请说明理由') }]}>
                    <Input style={{ width: 280 }} placeholder={t('事实与依据')} aria-label={t('否决理由')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                {t('添加否决记录')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      {admin && !locked && (
        <Button type="primary" onClick={save} loading={busy}>
          {t('保存加分与否决')}
        </Button>
      )}
    </Form>
  );
}
