import type { ReactNode } from 'react';
import { call } from '../../api/call.js';
import type { Task, Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { TaskEditModal } from './task-edit-modal.js';
import { SplitTaskModal } from './task-ops.js';
import type { useReviewTaskActions } from './use-review-task-actions.js';

type Actions = ReturnType<typeof useReviewTaskActions>;

const unitsBody = (task: Task) => task.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role }));

/** The review's task dialogs: edit (a draft keeps the edit until saved; a published plan is adjusted at once), add, split. */
export function ReviewTaskDialogs(props: {
  planId: string;
  draft: boolean;
  units: Unit[];
  actions: Actions;
  onEditDraft: (task: Task) => void;
}): ReactNode {
  const { t } = useI18n();
  const { planId, draft, units, actions: a } = props;
  return (
    <>
      <TaskEditModal
        task={a.editing}
        units={units}
        onClose={() => a.setEditing(null)}
        reasonRequired={!draft}
        onSave={(task, reason) => {
          a.setEditing(null);
          if (draft) return props.onEditDraft(task);
          // A published plan is adjusted at once, with the reason its units are told.
          const body = {
            version: task.version,
            text: task.text,
            title: task.title,
            due: task.due,
            ongoing: task.ongoing,
            units: unitsBody(task),
            reason,
          };
          void a.run(() => call('PATCH /api/tasks/:id', { params: { id: task.id }, body }), t('任务已更新'));
        }}
      />
      <TaskEditModal
        task={a.adding}
        units={units}
        onClose={() => a.setAdding(null)}
        onSave={(task) => {
          a.setAdding(null);
          const body = {
            afterTaskId: task.id,
            number: task.number,
            title: task.title,
            text: task.text,
            due: task.due,
            ongoing: task.ongoing,
            units: unitsBody(task),
          };
          void a
            .run(() => call('POST /api/plans/:id/tasks', { params: { id: planId }, body }), t('已新增任务'))
            .then((added) => added && a.afterChange());
        }}
      />
      <SplitTaskModal task={a.splitting} published={false} onClose={() => a.setSplitting(null)} onDone={a.afterChange} />
    </>
  );
}
