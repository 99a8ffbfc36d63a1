import { useCallback, useMemo, useState } from 'react';
import { App } from 'antd';
import { api, errorMessage } from '../../api/client.js';
import type { PlanDetail, Task, Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The review's pending edits: tasks changed on screen but not yet saved, the unit names still unmapped, and
 * `save()`, which sends each edited task with its own version (a conflict names the task that failed).
 */
export function useReviewEdits(plan: PlanDetail | undefined, reload: () => void) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [edits, setEdits] = useState<Map<string, Task>>(new Map());
  const [saving, setSaving] = useState(false);
  const tasks = useMemo(() => (plan?.tasks ?? []).map((task) => edits.get(task.id) ?? task), [plan, edits]);
  const unmatched = useMemo(() => {
    const counts = new Map<string, number>();
    for (const task of tasks) for (const u of task.units) if (!u.unitId) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count }));
  }, [tasks]);

  const update = useCallback((task: Task) => setEdits((m) => new Map(m).set(task.id, task)), []);
  /** Maps every unmapped occurrence of each name to its unit, in one state update. */
  const resolveUnits = useCallback(
    (pairs: { name: string; unit: Unit }[]) =>
      setEdits((m) => {
        const next = new Map(m);
        const byName = new Map(pairs.map((p) => [p.name, p.unit]));
        for (const base of plan?.tasks ?? []) {
          const task = next.get(base.id) ?? base;
          if (!task.units.some((u) => !u.unitId && byName.has(u.name))) continue;
          next.set(task.id, {
            ...task,
            units: task.units.map((u) => {
              const unit = u.unitId ? undefined : byName.get(u.name);
              return unit ? { ...u, unitId: unit.id, unitName: unit.name } : u;
            }),
          });
        }
        return next;
      }),
    [plan],
  );

  const save = async (): Promise<boolean> => {
    if (edits.size === 0) return true;
    setSaving(true);
    try {
      for (const task of edits.values()) {
        await api.patch(`/api/tasks/${task.id}`, {
          version: task.version,
          number: task.number,
          title: task.title,
          text: task.text,
          due: task.due,
          ongoing: task.ongoing,
          units: task.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
          reason: '导入审核修正',
        });
        setEdits((m) => {
          const next = new Map(m);
          next.delete(task.id);
          return next;
        });
      }
      reload();
      message.success(t('修改已保存'));
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { tasks, edits, unmatched, update, resolveUnits, save, saving, dirty: edits.size > 0 };
}
