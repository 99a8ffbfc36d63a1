import { useState } from 'react';
import { Button, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction } from '../../api/query.js';
import type { Task, Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DueFields, ReasonField } from './due-dates-picker.js';

/** Splits one task into several (the first part keeps the task); a published plan asks for the reason. */
export function SplitTaskModal({
  task,
  published,
  onClose,
  onDone,
}: {
  task: Task | null;
  published: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ parts: { text: string }[]; reason?: string }>();
  const { busy, run } = useAction();
  const submit = async () => {
    if (!task) return;
    const v = await form.validateFields();
    const body = { version: task.version, parts: v.parts.map((p) => ({ text: p.text })), ...(v.reason ? { reason: v.reason } : {}) };
    const done = await run(
      () => call('POST /api/tasks/:id/split', { params: { id: task.id }, body }),
      t('已拆分为 {n} 项任务', { n: v.parts.length }),
    );
    if (done) onDone();
  };
  return (
    <Modal
      open={!!task}
      title={t('拆分任务')}
      okText={t('拆分')}
      cancelText={t('取消')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={onClose}
      width={680}
      destroyOnHidden
    >
      <p className="duban-muted">
        {t('第一项保留原任务（报送记录和修改历史随之保留），其余各项作为新任务排在其后，沿用原任务的单位和时限。')}
      </p>
      <Form form={form} layout="vertical" initialValues={{ parts: [{ text: task?.text ?? '' }, { text: '' }] }}>
        <Form.List name="parts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="start" style={{ display: 'flex' }}>
                  <Form.Item
                    name={[f.name, 'text']}
                    label={t('第 {n} 项', { n: i + 1 })}
                    rules={[{ required: true, whitespace: true, message: t('请填写任务内容') }]}
                    style={{ flex: 1, minWidth: 280 }}
                  >
                    <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
                  </Form.Item>
                  {fields.length > 2 && (
                    <Button
                      type="text"
                      icon={<MinusCircleOutlined />}
                      aria-label={t('删除此项')}
                      onClick={() => remove(f.name)}
                      style={{ marginTop: 30 }}
                    />
                  )}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })}>
                {t('再加一项')}
              </Button>
            </>
          )}
        </Form.List>
        {published && <ReasonField />}
      </Form>
    </Modal>
  );
}

type BulkKind = 'due' | 'lead' | 'participant' | 'merge' | 'delete';

interface BulkValues {
  due?: string[];
  ongoing?: boolean;
  unitId?: string;
  reason?: string;
}

/**
 * What the office can do to the selected tasks at once: set the deadline (or 持续推进), set the lead unit, add a
 * participating unit, merge them, or delete them. A published plan asks for the reason, which the units are told.
 */
export function BulkEditBar({
  planId,
  selected,
  units,
  published,
  onDone,
}: {
  planId: string;
  selected: Pick<Task, 'id' | 'text' | 'displayNumber'>[];
  units: Unit[];
  published: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const [kind, setKind] = useState<BulkKind | null>(null);
  const { busy, run } = useAction();
  const [form] = Form.useForm<BulkValues>();
  const ids = selected.map((x) => x.id);
  const submit = async () => {
    const v = await form.validateFields();
    const reason = v.reason ? { reason: v.reason } : {};
    const done = await run(
      async () => {
        if (kind === 'merge') await call('POST /api/plans/:id/tasks/merge', { params: { id: planId }, body: { taskIds: ids, ...reason } });
        else if (kind === 'delete') for (const id of ids) await call('DELETE /api/tasks/:id', { params: { id }, query: reason });
        else {
          const change =
            kind === 'due'
              ? { due: v.due ?? [], ongoing: !!v.ongoing }
              : kind === 'lead'
                ? { leadUnitId: v.unitId }
                : { addParticipantId: v.unitId };
          await call('POST /api/plans/:id/tasks/bulk', { params: { id: planId }, body: { taskIds: ids, ...change, ...reason } });
        }
        return true;
      },
      t('已修改 {n} 项任务', { n: ids.length }),
    );
    if (!done) return;
    setKind(null);
    onDone();
  };
  if (selected.length === 0) return null;
  const titles: Record<BulkKind, string> = {
    due: t('设置完成时限'),
    lead: t('设置牵头单位'),
    participant: t('增加参与单位'),
    merge: t('合并为一项'),
    delete: t('删除所选任务'),
  };
  const unitOptions = units.map((u) => ({ value: u.id, label: u.name }));
  return (
    <div
      className="duban-bulk-bar"
      role="toolbar"
      aria-label={t('批量修改')}
      style={{
        display: 'flex',
        gap: 8,
        flexWrap: 'wrap',
        alignItems: 'center',
        padding: '6px 8px',
        background: '#f0f5ff',
        borderRadius: 6,
        marginBottom: 8,
      }}
    >
      <span>{t('已选 {n} 项', { n: selected.length })}</span>
      <Button size="small" onClick={() => setKind('due')}>
        {titles.due}
      </Button>
      <Button size="small" onClick={() => setKind('lead')}>
        {titles.lead}
      </Button>
      <Button size="small" onClick={() => setKind('participant')}>
        {titles.participant}
      </Button>
      <Button size="small" disabled={selected.length < 2} onClick={() => setKind('merge')}>
        {titles.merge}
      </Button>
      <Button size="small" danger onClick={() => setKind('delete')}>
        {titles.delete}
      </Button>
      <Modal
        open={kind !== null}
        title={kind ? titles[kind] : ''}
        okText={t('确定')}
        cancelText={t('取消')}
        okButtonProps={{ danger: kind === 'delete' }}
        confirmLoading={busy}
        onOk={submit}
        onCancel={() => setKind(null)}
        destroyOnHidden
      >
        <p className="duban-muted">{selected.map((x) => x.displayNumber ?? x.text.slice(0, 12)).join('、')}</p>
        <Form form={form} layout="vertical" preserve={false}>
          {kind === 'due' && <DueFields />}
          {(kind === 'lead' || kind === 'participant') && (
            <Form.Item name="unitId" label={t('单位')} rules={[{ required: true, message: t('请选择单位') }]}>
              <Select showSearch optionFilterProp="label" options={unitOptions} placeholder={t('从单位目录选择')} />
            </Form.Item>
          )}
          {kind === 'merge' && <p>{t('所选任务将并入排在最前的一项：内容依次连接，单位和时限合并。')}</p>}
          {kind === 'delete' && <p>{t('删除后不可恢复；已有报送记录的任务不能删除。')}</p>}
          {published && <ReasonField />}
        </Form>
      </Modal>
    </div>
  );
}

/** Moves a task one place up or down in the plan (the whole order is sent; a published plan needs a reason). */
export async function moveTask(planId: string, order: string[], id: string, by: -1 | 1, reason?: string): Promise<void> {
  const at = order.indexOf(id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= order.length) return;
  const next = [...order];
  [next[at], next[to]] = [next[to]!, next[at]!];
  await call('POST /api/plans/:id/tasks/reorder', { params: { id: planId }, body: { taskIds: next, ...(reason ? { reason } : {}) } });
}
