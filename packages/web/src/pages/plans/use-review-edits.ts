import { useCallback, useEffect, useMemo, useState } from 'react';
import { call } from '../../api/call.js';
import { useAction } from '../../api/query.js';
import type { PlanDetail, Task, Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * The review's pending edits: tasks changed on screen but not yet saved, the unit names still unmapped, and
 * `save()`, which sends each edited task with its own version (a conflict names the task that failed).
 */
export function useReviewEdits(plan: PlanDetail | undefined, reload: () => void) {
  const { t } = useI18n();
  const [edits, setEdits] = useState<Map<string, Task>>(new Map());
  // Tasks saved but not yet seen in a reloaded plan: shown as the server returned them, no longer unsaved.
  const [saved, setSaved] = useState<ReadonlySet<string>>(new Set());
  const { busy: saving, run } = useAction();
  useEffect(() => {
    // Once the reloaded plan carries a saved version, the saved copy is dropped.
    const current = new Map((plan?.tasks ?? []).map((x) => [x.id, x.version]));
    const settled = [...saved].filter((taskId) => (current.get(taskId) ?? Infinity) >= (edits.get(taskId)?.version ?? 0));
    if (settled.length === 0) return;
    setEdits((m) => {
      const next = new Map(m);
      for (const taskId of settled) next.delete(taskId);
      return next;
    });
    setSaved((x) => new Set([...x].filter((taskId) => !settled.includes(taskId))));
    // A saved copy settles only once a loaded plan carries its version; edits not yet saved are never in `saved`.
  }, [plan, edits, saved]);
  const tasks = useMemo(() => (plan?.tasks ?? []).map((task) => edits.get(task.id) ?? task), [plan, edits]);
  const unmatched = useMemo(() => {
    const counts = new Map<string, number>();
    for (const task of tasks) for (const u of task.units) if (!u.unitId) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count }));
  }, [tasks]);

  const update = useCallback((task: Task) => {
    setEdits((m) => new Map(m).set(task.id, task));
    setSaved((x) => {
      const next = new Set(x);
      next.delete(task.id);
      return next;
    });
  }, []);
  /** Maps every unmapped occurrence of each name to its unit, in one state update. */
  const resolveUnits = useCallback(
    (pairs: { name: string; unit: Unit }[]) => {
      const names = new Set(pairs.map((p) => p.name));
      const touched = tasks.filter((x) => x.units.some((u) => !u.unitId && names.has(u.name))).map((x) => x.id);
      setSaved((x) => new Set([...x].filter((taskId) => !touched.includes(taskId))));
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
      });
    },
    [plan, tasks],
  );

  const unsaved = [...edits.values()].filter((x) => !saved.has(x.id));
  const save = async (): Promise<boolean> => {
    if (unsaved.length === 0) return true;
    const done = await run(async () => {
      for (const task of unsaved) {
        const fresh = await call('PATCH /api/tasks/:id', {
          params: { id: task.id },
          body: {
            version: task.version,
            number: task.number,
            title: task.title,
            text: task.text,
            due: task.due,
            ongoing: task.ongoing,
            units: task.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
            reason: '导入审核修正',
          },
        });
        // Until the plan reloads, the task shows as saved (not as it was before the edit).
        setEdits((m) => new Map(m).set(task.id, fresh));
        setSaved((x) => new Set(x).add(task.id));
      }
      reload();
      return true;
    }, t('修改已保存'));
    return done === true;
  };
  return { tasks, unsaved, unmatched, update, resolveUnits, save, saving, dirty: unsaved.length > 0 };
}
