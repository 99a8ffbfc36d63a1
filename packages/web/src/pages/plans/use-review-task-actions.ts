import { useState } from 'react';
import { App } from 'antd';
import { call } from '../../api/call.js';
import { useAction } from '../../api/query.js';
import type { Task } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { TaskAction } from './review-task-list.js';
import { moveTask } from './task-ops.js';

/**
 * The review's structural task actions (move, delete, split, add, edit) and the dialogs they open. Structural
 * changes go to the server at once; pending edits are saved first so versions stay current.
 */
export function useReviewTaskActions(planId: string, tasks: Task[], save: () => Promise<boolean>, reload: () => void) {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const { run } = useAction();
  const [editing, setEditing] = useState<Task | null>(null);
  const [splitting, setSplitting] = useState<Task | null>(null);
  // A new task is edited in the same form, starting blank, then inserted after `after` in its section.
  const [adding, setAdding] = useState<Task | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const afterChange = () => {
    setSelected(new Set());
    setSplitting(null);
    reload();
  };
  const confirmDelete = (task: Task) =>
    modal.confirm({
      title: t('删除任务'),
      content: t('删除任务 {n}？', { n: task.displayNumber ?? task.text.slice(0, 20) }),
      okText: t('删除'),
      cancelText: t('取消'),
      okButtonProps: { danger: true },
    });
  const act = async (task: Task, action: TaskAction) => {
    if (action === 'edit') return setEditing(task);
    if (!(await save())) return;
    if (action === 'split') return setSplitting(task);
    if (action === 'add') return setAdding({ ...task, number: null, title: null, text: '', units: [], due: [], ongoing: false });
    const done = await run(async () => {
      if (action === 'up' || action === 'down') {
        const order = tasks.map((x) => x.id);
        await moveTask(planId, order, task.id, action === 'up' ? -1 : 1);
      } else if (action === 'delete') {
        if (!(await confirmDelete(task))) return false;
        await call('DELETE /api/tasks/:id', { params: { id: task.id } });
      }
      return true;
    });
    if (done) afterChange();
  };
  return { editing, setEditing, splitting, setSplitting, adding, setAdding, selected, setSelected, act, afterChange, run };
}
