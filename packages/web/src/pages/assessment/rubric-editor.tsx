import { Alert, Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import { RULE_KIND_LABELS, type AssessmentPeriodDetail, type Rubric } from './assessment-types.js';

/** The office edits the rubric: base score, rules with points and caps, shares, bonus cap, veto list, grades. Each save is a new version. */
export function RubricEditor({ detail, admin, onSaved }: { detail: AssessmentPeriodDetail; admin: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Rubric>();
  const { busy, run } = useAction();
  const status = detail.period.status;
  const frozen = !admin || status === 'self_assessment' || status === 'scoring';
  const mode = Form.useWatch(['grading', 'mode'], form) ?? detail.rubric.rubric.grading.mode;
  const indicators = useApiQuery('GET /api/indicators', { query: { plan: detail.period.planId } });
  const indicatorList = indicators.data ?? [];
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(
      () => {
        const rules = v.rules.map((r, i) => ({ ...r, id: r.id || `rule-${i + 1}-${Date.now().toString(36)}`, cap: r.cap ?? null }));
        const vetoItems = v.vetoItems.map((x, i) => ({ ...x, id: x.id || `veto-${i + 1}-${Date.now().toString(36)}` }));
        const weights = Object.fromEntries(
          Object.entries(v.indicatorWeights ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
        );
        const bands = v.grading.bands as { grade: string; min?: number; share?: number }[];
        const grading =
          v.grading.mode === 'thresholds'
            ? { mode: 'thresholds' as const, bands: bands.map((b) => ({ grade: b.grade, min: b.min ?? 0 })) }
            : { mode: 'shares' as const, bands: bands.map((b) => ({ grade: b.grade, share: b.share ?? 0 })) };
        const body = {
          version: detail.period.rubricVersion,
          rubric: { ...detail.rubric.rubric, ...v, rules, vetoItems, grading, indicatorWeights: weights, bonusCap: v.bonusCap ?? null },
        };
        return call('PUT /api/assessment-periods/:id/rubric', { params: { id: detail.period.id }, body });
      },
      t('考核细则已保存为第 {n} 版', { n: detail.period.rubricVersion + 1 }),
    );
    if (saved) onSaved();
  };
  return (
    <Form
      form={form}
      layout="vertical"
      disabled={frozen}
      initialValues={detail.rubric.rubric}
      key={`${detail.period.id}-${detail.rubric.version}`}
    >
      {status === 'locked' && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('已审定的结果不随细则修改而变化；新版本只用于之后的修订。')} />
      )}
      {(status === 'self_assessment' || status === 'scoring') && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('自评开始后考核细则不能修改')} />
      )}
      <p className="duban-muted">{t('现行版本：第 {n} 版', { n: detail.period.rubricVersion })}</p>
      <Space wrap>
        <Form.Item name="base" label={t('起评分')} rules={[{ required: true }]}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
        <Form.Item name={['shares', 'lead']} label={t('牵头单位分值系数')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1} step={0.1} />
        </Form.Item>
        <Form.Item name={['shares', 'participant']} label={t('配合单位分值系数')} rules={[{ required: true }]}>
          <InputNumber min={0} max={1} step={0.1} />
        </Form.Item>
        <Form.Item name="bonusCap" label={t('加分上限')}>
          <InputNumber min={0} max={1000} placeholder={t('不限')} />
        </Form.Item>
      </Space>
      <Card size="small" title={t('评分规则（每次发生计分）')} style={{ marginBottom: 12 }}>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap data-testid="rubric-rule">
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'kind']} rules={[{ required: true }]}>
                    <Select
                      style={{ width: 200 }}
                      aria-label={t('规则类型')}
                      options={Object.entries(RULE_KIND_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} rules={[{ required: true, message: t('请填写规则名称') }]}>
                    <Input placeholder={t('规则名称')} aria-label={t('规则名称')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'points']} rules={[{ required: true }]}>
                    <InputNumber min={0} max={1000} placeholder={t('每次分值')} aria-label={t('每次分值')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'cap']}>
                    <InputNumber min={0} max={1000} placeholder={t('上限')} aria-label={t('上限')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'indicatorMode']}>
                    <Select
                      style={{ width: 130 }}
                      aria-label={t('指标计分方式')}
                      options={[
                        { value: 'proportional', label: t('按达成度') },
                        { value: 'threshold', label: t('达标制') },
                      ]}
                    />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ kind: 'task_on_time', label: '', points: 1, cap: null, indicatorMode: 'proportional' })}
              >
                {t('添加规则')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      {indicatorList.length > 0 && (
        <Card size="small" title={t('指标权重（未填为1）')} style={{ marginBottom: 12 }}>
          <Space wrap>
            {indicatorList.map((ind) => (
              <Form.Item key={ind.id} name={['indicatorWeights', ind.id]} label={ind.name} style={{ marginBottom: 8 }}>
                <InputNumber min={0} max={100} step={0.5} placeholder="1" />
              </Form.Item>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t('一票否决事项')} style={{ marginBottom: 12 }}>
        <Form.List name="vetoItems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} rules={[{ required: true }]}>
                    <Input style={{ width: 360 }} aria-label={t('否决事项')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ label: '' })}>
                {t('添加否决事项')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('等次评定')} style={{ marginBottom: 12 }}>
        <Form.Item name={['grading', 'mode']}>
          <Select
            style={{ width: 220 }}
            aria-label={t('评定方式')}
            options={[
              { value: 'thresholds', label: t('按分数线') },
              { value: 'shares', label: t('按比例（名次）') },
            ]}
          />
        </Form.Item>
        <Form.List name={['grading', 'bands']}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'grade']} rules={[{ required: true }]}>
                    <Input style={{ width: 120 }} aria-label={t('等次名称')} />
                  </Form.Item>
                  {mode === 'thresholds' ? (
                    <Form.Item name={[f.name, 'min']} rules={[{ required: true }]}>
                      <InputNumber prefix="≥" aria-label={t('分数线')} />
                    </Form.Item>
                  ) : (
                    <Form.Item name={[f.name, 'share']} rules={[{ required: true }]}>
                      <InputNumber min={0} max={1} step={0.05} prefix="≤" aria-label={t('比例')} />
                    </Form.Item>
                  )}
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('删除')} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add(mode === 'thresholds' ? { grade: '', min: 0 } : { grade: '', share: 0 })}
              >
                {t('添加等次')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      {admin && (
        <Button type="primary" onClick={save} loading={busy} disabled={frozen}>
          {t('保存细则')}
        </Button>
      )}
    </Form>
  );
}
