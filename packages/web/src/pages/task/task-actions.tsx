import { useState } from 'react';
import { App, Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import { AlertOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { call } from '../../api/call.js';
import { ApiError } from '../../api/client.js';
import { useAction } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';

/** Issue a 督办单 (supervision notice) to one of a task's lead units, typically for a red task. */
export function IssueNoticeButton({
  task,
  leads,
  onDone,
  primary,
}: {
  task: { id: string; number: string | null; title: string | null };
  leads: { unitId: string; name: string }[];
  onDone?: () => void;
  primary?: boolean;
}) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ unitId: string; reason: string; due: dayjs.Dayjs }>();
  const submit = async (confirmNoUser = false) => {
    const v = await form.validateFields();
    const body = {
      taskId: task.id,
      unitId: v.unitId,
      reason: v.reason,
      due: v.due.format('YYYY-MM-DD'),
      ...(confirmNoUser ? { confirmNoUser } : {}),
    };
    // A unit without a liaison account would never see the notice: the office decides knowingly.
    const withoutUser = (e: unknown) => {
      if (!(e instanceof ApiError && e.id === 'notice.unit_without_user')) return false;
      modal.confirm({
        title: t('该单位还没有联络员账号'),
        content: t('督办单发出后该单位无人在系统中接收，需要另行通知。请先在用户管理中为该单位添加联络员，或确认仍要发出。'),
        okText: t('仍要发出'),
        cancelText: t('取消'),
        okButtonProps: { danger: true },
        onOk: () => submit(true),
      });
      return true;
    };
    if (!(await run(() => call('POST /api/notices', { body }), t('督办单已发出'), withoutUser))) return;
    setOpen(false);
    onDone?.();
  };
  return (
    <>
      <Button
        danger
        type={primary ? 'primary' : 'default'}
        icon={<AlertOutlined />}
        disabled={leads.length === 0}
        onClick={() => setOpen(true)}
      >
        {t('发督办单')}
      </Button>
      <Modal
        open={open}
        title={t('发督办单')}
        okText={t('发出')}
        cancelText={t('取消')}
        okButtonProps={{ danger: true }}
        confirmLoading={busy}
        onOk={() => submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p className="duban-muted">
          {task.number ? `${task.number} ` : ''}
          {task.title ?? ''}
        </p>
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            unitId: leads[0]?.unitId,
            reason: t('该任务进度滞后，请于限期内说明原因并报送整改措施。'),
            due: dayjs().add(7, 'day'),
          }}
        >
          <Form.Item name="unitId" label={t('督办单位')} rules={[{ required: true, message: t('请选择督办单位') }]}>
            <Select options={leads.map((u) => ({ value: u.unitId, label: u.name }))} />
          </Form.Item>
          <Form.Item name="reason" label={t('督办事由')} rules={[{ required: true, message: t('请填写督办事由') }]}>
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Form.Item name="due" label={t('回复期限')} rules={[{ required: true, message: t('请选择回复期限') }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A small box to post a comment or a leader's instruction (批示). */
export function PostBox({
  route,
  id,
  placeholder,
  button,
  onDone,
}: {
  route: 'POST /api/tasks/:id/comments' | 'POST /api/tasks/:id/instructions' | 'POST /api/notices/:id/replies';
  id: string;
  placeholder: string;
  button: string;
  onDone: () => void;
}) {
  const [text, setText] = useState('');
  const { busy, run } = useAction();
  const post = async () => {
    if (!text.trim()) return;
    if (!(await run(() => call(route, { params: { id }, body: { body: text.trim() } })))) return;
    setText('');
    onDone();
  };
  return (
    <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={placeholder}
        aria-label={placeholder}
        autoSize={{ minRows: 1, maxRows: 4 }}
      />
      <Button type="primary" loading={busy} onClick={post} disabled={!text.trim()}>
        {button}
      </Button>
    </div>
  );
}
