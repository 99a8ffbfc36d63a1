import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, DatePicker, Empty, Form, Input, Modal, Popconfirm, Select, Space, Steps, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { call } from '../../api/call.js';
import { useAction, useApiQueries, useApiQuery } from '../../api/query.js';
import type { Plan } from '../../api/types.js';
import { useAuth } from '../../auth/auth.js';
import { Loadable, PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { AdjustmentsEditor } from './adjustments-editor.js';
import { STATUS_LABELS, STATUS_STEPS, type AssessmentStatus } from './assessment-types.js';
import { ResultsTable } from './results-table.js';
import { RubricEditor } from './rubric-editor.js';

const NEXT_ACTION: Partial<Record<AssessmentStatus, { next: Exclude<AssessmentStatus, 'draft'>; label: string; confirm: string }>> = {
  draft: { next: 'self_assessment', label: '开启单位自评', confirm: '开启后按截止日数据计算得分，考核细则不能再修改。确认开启？' },
  self_assessment: { next: 'scoring', label: '结束自评，开始评分', confirm: '结束后各单位不能再修改自评。确认？' },
  scoring: { next: 'locked', label: '审定并锁定', confirm: '审定后结果不能再修改，更正须另行修订。确认审定？' },
};

/** A new period: name, date range, and where its rubric comes from (the default, or a copy of an earlier period). */
function NewPeriodButton({ planId, plans, onCreated }: { planId: string; plans: Plan[]; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ name: string; range: [Dayjs, Dayjs]; copyFrom?: string }>();
  const { run } = useAction();
  // Any period of any plan may lend its rubric: this plan's first, then the others'.
  const ordered = open ? [...plans.filter((p) => p.id === planId), ...plans.filter((p) => p.id !== planId)] : [];
  const lists = useApiQueries(
    'GET /api/plans/:id/assessment-periods',
    ordered.map((p) => ({ params: { id: p.id } })),
  );
  const sources = {
    loading: lists.loading,
    data: lists.data && ordered.map((p, i) => ({ plan: p, periods: lists.data?.[i]?.items ?? [] })).filter((x) => x.periods.length > 0),
  };
  const create = async () => {
    const v = await form.validateFields();
    const body = {
      name: v.name,
      start: v.range[0].format('YYYY-MM-DD'),
      end: v.range[1].format('YYYY-MM-DD'),
      ...(v.copyFrom ? { copyFromPeriodId: v.copyFrom } : {}),
    };
    const p = await run(() => call('POST /api/plans/:id/assessment-periods', { params: { id: planId }, body }));
    if (!p) return;
    setOpen(false);
    onCreated(p.id);
  };
  return (
    <>
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t('新建考核期')}
      </Button>
      <Modal
        open={open}
        title={t('新建考核期')}
        onOk={create}
        onCancel={() => setOpen(false)}
        okText={t('创建')}
        cancelText={t('取消')}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item name="name" label={t('名称')} rules={[{ required: true, message: t('请填写考核期名称') }]}>
            <Input placeholder={t('如：2026年上半年')} aria-label={t('考核期名称')} />
          </Form.Item>
          <Form.Item name="range" label={t('考核区间（截止日即数据截取日）')} rules={[{ required: true, message: t('请选择起止日期') }]}>
            <DatePicker.RangePicker aria-label={t('考核区间')} />
          </Form.Item>
          <Form.Item name="copyFrom" label={t('考核细则')}>
            <Select
              allowClear
              loading={sources.loading}
              placeholder={t('默认细则')}
              aria-label={t('考核细则')}
              options={(sources.data ?? []).map((g) => ({
                label: g.plan.title ?? g.plan.id,
                options: g.periods.map((p) => ({ value: p.id, label: t('复制“{n}”的细则', { n: p.name }) })),
              }))}
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** 考核: periods of a plan, the rubric, bonuses and vetoes, each unit's score with its breakdown, 自评, office scoring, locking and the ranking. */
export default function AssessmentPage() {
  const { t } = useI18n();
  const { user, has } = useAuth();
  const admin = has('admin');
  const myUnits = useMemo(() => (user?.roles ?? []).filter((r) => r.role === 'liaison' && r.unitId).map((r) => r.unitId!), [user]);
  const [params, setParams] = useSearchParams();
  const [tab, setTab] = useState('results');
  const plans = useApiQuery('GET /api/plans', { query: { pageSize: 200 } });
  const published = useMemo(() => (plans.data?.items ?? []).filter((p) => p.status !== 'draft'), [plans.data]);
  const planId = params.get('plan') ?? published[0]?.id ?? null;
  const periods = useApiQuery('GET /api/plans/:id/assessment-periods', planId ? { params: { id: planId } } : null);
  const periodId = params.get('period') ?? periods.data?.items[0]?.id ?? null;
  const detail = useApiQuery('GET /api/assessment-periods/:id', periodId ? { params: { id: periodId } } : null);
  // Writes refetch through the cache already; this is the retry of a failed load.
  const refresh = () => {
    periods.reload();
    detail.reload();
  };
  const { run } = useAction();
  const d = detail.data && detail.data.period.id === periodId ? detail.data : undefined;
  const action = d ? NEXT_ACTION[d.period.status] : undefined;
  const advance = async () => {
    if (!d || !action) return;
    await run(
      () =>
        call('POST /api/assessment-periods/:id/status', {
          params: { id: d.period.id },
          body: { version: d.period.version, status: action.next },
        }),
      t('已进入“{s}”阶段', { s: t(STATUS_LABELS[action.next]) }),
    );
  };

  return (
    <>
      <PageHead
        title={t('考核评估')}
        extra={
          <Space wrap>
            {published.length > 0 && (
              <Select
                value={planId ?? undefined}
                onChange={(v: string) => setParams({ plan: v })}
                options={published.map((p) => ({ value: p.id, label: p.title ?? p.id }))}
                style={{ minWidth: 240 }}
                aria-label={t('选择行动方案')}
              />
            )}
            {(periods.data?.items.length ?? 0) > 0 && (
              <Select
                value={periodId ?? undefined}
                onChange={(v: string) => setParams({ plan: planId!, period: v })}
                options={periods.data!.items.map((p) => ({ value: p.id, label: p.name }))}
                style={{ minWidth: 180 }}
                aria-label={t('选择考核期')}
              />
            )}
            {admin && planId && (
              <NewPeriodButton
                planId={planId}
                plans={published}
                onCreated={(id) => {
                  setParams({ plan: planId, period: id });
                  refresh();
                }}
              />
            )}
          </Space>
        }
      />
      <Loadable
        loading={(plans.loading && !plans.data) || (periods.loading && !periods.data) || (detail.loading && !d)}
        error={plans.error ?? periods.error ?? detail.error}
        reload={refresh}
      >
        {!periodId || !d ? (
          <Card>
            <Empty description={t('还没有考核期')} />
          </Card>
        ) : (
          <>
            <Card size="small" style={{ marginBottom: 12 }}>
              <Space direction="vertical" style={{ width: '100%' }}>
                <Steps
                  size="small"
                  current={STATUS_STEPS.indexOf(d.period.status)}
                  items={STATUS_STEPS.map((s) => ({ title: t(STATUS_LABELS[s]) }))}
                />
                <Space wrap>
                  <span className="duban-muted">{`${d.period.start} — ${d.period.end}`}</span>
                  {admin && action && (
                    <Popconfirm title={t(action.confirm)} okText={t('确认')} cancelText={t('取消')} onConfirm={advance}>
                      <Button type="primary" disabled={detail.loading}>
                        {t(action.label)}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              </Space>
            </Card>
            <Tabs
              activeKey={tab}
              onChange={setTab}
              items={[
                {
                  key: 'results',
                  label: t('得分与排名'),
                  children: <ResultsTable detail={d} admin={admin} myUnits={myUnits} onChange={refresh} />,
                },
                { key: 'rubric', label: t('考核细则'), children: <RubricEditor detail={d} admin={admin} onSaved={refresh} /> },
                { key: 'adjustments', label: t('加分与否决'), children: <AdjustmentsEditor detail={d} admin={admin} onSaved={refresh} /> },
              ]}
            />
          </>
        )}
      </Loadable>
    </>
  );
}
