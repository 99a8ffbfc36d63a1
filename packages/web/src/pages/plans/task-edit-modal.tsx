import { useEffect } from 'react';
import { Form, Input, Modal, Select } from 'antd';
import type { Task, TaskUnit, Unit } from '../../api/types.js';
import { DueFields, ReasonField } from './due-dates-picker.js';
import { useI18n } from '../../i18n/i18n.js';

interface Values {
  number: string;
  title: string;
  text: string;
  lead: string[];
  participants: string[];
  due: string[];
  ongoing: boolean;
  reason?: string;
}

/**
 * Edit one task: wording, lead and participating units (from the directory or as written), deadlines. With
 * `reasonRequired` (a published plan) the office must say why; the reason is passed to `onSave`.
 */
export function TaskEditModal({
  task,
  units,
  onClose,
  onSave,
  reasonRequired,
  busy,
}: {
  task: Task | null;
  units: Unit[];
  onClose: () => void;
  onSave: (t: Task, reason?: string) => void;
  reasonRequired?: boolean;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!task) return;
    const names = (role: string) => task.units.filter((u) => u.role === role).map((u) => u.unitName ?? u.name);
    form.setFieldsValue({
      number: task.number ?? '',
      title: task.title ?? '',
      text: task.text,
      lead: names('lead'),
      participants: names('participant'),
      due: task.due,
      ongoing: task.ongoing ?? false,
    });
  }, [task, form]);
  const byName = new Map(units.map((u) => [u.name, u]));
  const toUnits = (names: string[], role: 'lead' | 'participant'): TaskUnit[] =>
    names.map((n) => {
      const old = task?.units.find((u) => u.role === role && (u.unitName ?? u.name) === n);
      if (old) return old;
      const u = byName.get(n);
      return { id: '', name: n, unitName: u?.name ?? null, unitId: u?.id ?? null, role };
    });
  const options = units.map((u) => ({ value: u.name, label: u.name }));
  return (
    <Modal
      open={!!task}
      title={t('编辑任务')}
      okText={t('保存')}
      cancelText={t('取消')}
      onCancel={onClose}
      confirmLoading={busy}
      width={680}
      destroyOnHidden
      onOk={async () => {
        const v = await form.validateFields();
        if (!task) return;
        onSave(
          {
            ...task,
            number: v.number || null,
            title: v.title || null,
            text: v.text,
            units: [...toUnits(v.lead ?? [], 'lead'), ...toUnits(v.participants ?? [], 'participant')],
            due: v.due ?? [],
            ongoing: v.ongoing,
          },
          v.reason,
        );
      }}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="number" label={t('编号')}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('标题')}>
          <Input />
        </Form.Item>
        <Form.Item name="text" label={t('任务内容')} rules={[{ required: true, message: t('请填写任务内容') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item name="lead" label={t('牵头单位')}>
          <Select mode="tags" options={options} placeholder={t('从单位目录选择或直接输入')} />
        </Form.Item>
        <Form.Item name="participants" label={t('参与单位')}>
          <Select mode="tags" options={options} placeholder={t('从单位目录选择或直接输入')} />
        </Form.Item>
        <DueFields />
        {reasonRequired && <ReasonField />}
      </Form>
    </Modal>
  );
}
