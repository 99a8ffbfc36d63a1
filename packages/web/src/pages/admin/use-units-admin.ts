import { useMemo, useState } from 'react';
import { App, Form } from 'antd';
import { call } from '../../api/call.js';
import { ApiError } from '../../api/client.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { isKind, type UnitValues } from './unit-kinds.js';

/** The unit directory page's data and actions: the list and its search, editing, merging and deleting a unit. */
export function useUnitsAdmin() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const units = useApiQuery('GET /api/units', {});
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [merging, setMerging] = useState<Unit | null>(null);
  const [into, setInto] = useState<string | null>(null);
  const { busy, run } = useAction();
  const [form] = Form.useForm<UnitValues>();
  const all = useMemo(() => units.data ?? [], [units.data]);
  const shown = useMemo(() => all.filter((u) => !q || u.name.includes(q) || (u.aliases ?? []).some((a) => a.includes(q))), [all, q]);

  const open = (u: Unit | 'new') => {
    setEditing(u);
    form.setFieldsValue(
      u === 'new'
        ? { name: '', shortName: '', kind: 'department', aliases: [], active: true }
        : {
            name: u.name,
            shortName: u.shortName ?? '',
            kind: isKind(u.kind) ? u.kind : undefined,
            aliases: u.aliases ?? [],
            active: u.active !== false,
          },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(async () => {
      if (editing === 'new') return call('POST /api/units', { body: v });
      if (editing)
        return call('PATCH /api/units/:id', {
          params: { id: editing.id },
          body: { ...v, shortName: v.shortName || null, version: editing.version },
        });
    }, t('已保存'));
    if (saved) setEditing(null);
  };
  const merge = async () => {
    if (!merging || !into) return;
    const merged = await run(() => call('POST /api/units/:id/merge', { params: { id: merging.id }, body: { intoId: into } }), t('已合并'));
    if (!merged) return;
    setMerging(null);
    setInto(null);
  };

  // Only a unit nothing refers to can be deleted; the server says what still uses it, and merging is offered instead.
  const remove = (u: Unit) =>
    run(
      () => call('DELETE /api/units/:id', { params: { id: u.id } }),
      t('已删除'),
      (e) => {
        if (!(e instanceof ApiError && e.id === 'unit.in_use')) return false;
        modal.confirm({
          title: t('无法删除单位'),
          content: e.message,
          okText: t('合并到其他单位'),
          cancelText: t('关闭'),
          onOk: () => setMerging(u),
        });
        return true;
      },
    );

  return { units, all, shown, setQ, editing, setEditing, merging, setMerging, into, setInto, busy, form, open, save, merge, remove };
}
