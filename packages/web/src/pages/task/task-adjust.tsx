import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Dropdown, Form, Modal } from 'antd';
import { DownOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { ApiError } from '../../api/client.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { TaskDetail } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { ReasonField } from '../plans/due-dates-picker.js';
import { TaskEditModal } from '../plans/task-edit-modal.js';
import { SplitTaskModal } from '../plans/task-ops.js';

/**
 * The office's corrections to a task of a published plan: change its content, units and deadlines, split it, or
 * delete it — each with a reason that the units responsible before and after are told in-app.
 */
export function TaskAdjustMenu({ task, onDone }: { task: TaskDetail; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const units = useApiQuery('GET /api/units', {});
  const [mode, setMode] = useState<'edit' | 'split' | 'delete' | null>(null);
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ reason: string }>();
  const published = task.plan.status === 'published';
  // A conflict is a warning (someone else just changed the task), not a failure.
  const conflict = (e: unknown) => {
    if (!(e instanceof ApiError && e.status === 409)) return false;
    void message.warning(e.message || t('该任务刚被他人修改，已刷新为最新内容，请重新填写'));
    return true;
  };
  const remove = async () => {
    const v = await form.validateFields();
    const removed = await run(
      () => call('DELETE /api/tasks/:id', { params: { id: task.id }, query: { reason: v.reason } }),
      t('任务已删除'),
      conflict,
    );
    if (removed) navigate(`/plans/${task.plan.id}`);
  };
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'edit', label: t('修改内容、时限和责任单位') },
            { key: 'split', label: t('拆分任务') },
            { key: 'delete', label: t('删除任务'), danger: true },
          ],
          onClick: ({ key }) => setMode(key as typeof mode),
        }}
      >
        <Button>
          {t('调整任务')} <DownOutlined />
        </Button>
      </Dropdown>
      <TaskEditModal
        task={mode === 'edit' ? task : null}
        units={units.data ?? []}
        reasonRequired={published}
        busy={busy}
        onClose={() => setMode(null)}
        onSave={async (edited, reason) => {
          const body = {
            version: task.version,
            number: edited.number,
            title: edited.title,
            text: edited.text,
            due: edited.due,
            ongoing: edited.ongoing,
            units: edited.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
            ...(reason ? { reason } : {}),
          };
          if (!(await run(() => call('PATCH /api/tasks/:id', { params: { id: task.id }, body }), t('任务已更新'), conflict))) return;
          setMode(null);
          onDone();
        }}
      />
      <SplitTaskModal
        task={mode === 'split' ? task : null}
        published={published}
        onClose={() => setMode(null)}
        onDone={() => {
          setMode(null);
          onDone();
        }}
      />
      <Modal
        open={mode === 'delete'}
        title={t('删除任务')}
        okText={t('删除')}
        cancelText={t('取消')}
        okButtonProps={{ danger: true }}
        confirmLoading={busy}
        onOk={remove}
        onCancel={() => setMode(null)}
        destroyOnHidden
      >
        <p>{t('删除后不可恢复；已有报送记录的任务不能删除。')}</p>
        <Form form={form} layout="vertical" preserve={false}>
          <ReasonField required={published} />
        </Form>
      </Modal>
    </>
  );
}
