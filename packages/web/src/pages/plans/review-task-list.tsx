import { Button, Checkbox, Dropdown, List, Space, Tag, Typography } from 'antd';
import { EditOutlined, MoreOutlined } from '@ant-design/icons';
import type { Task } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue } from '../../util.js';
import { attentionLabels, type AttentionReason } from './review-attention.js';

/** What can be done to one task from the review list. */
export type TaskAction = 'edit' | 'add' | 'split' | 'up' | 'down' | 'delete';

interface Props {
  tasks: Task[];
  edited: ReadonlySet<string>;
  /** Why each task is worth checking (see review-attention.ts); shown as tags. */
  attention?: ReadonlyMap<string, AttentionReason[]>;
  active: string | null;
  selected: ReadonlySet<string>;
  /** Structural actions (split, move, delete, select) are offered only while the plan may be edited. */
  editable: boolean;
  maxHeight?: string;
  onSelect: (ids: Set<string>) => void;
  onJump: (id: string) => void;
  onAction: (task: Task, action: TaskAction) => void;
}

/** The review's task list: cited numbers, units and deadlines at a glance; keyboard-walkable; per-task actions. */
export function ReviewTaskList({ tasks, edited, attention, active, selected, editable, maxHeight, onSelect, onJump, onAction }: Props) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    onSelect(next);
  };
  const menu = (task: Task, i: number) => ({
    items: [
      { key: 'add', label: t('在其后新增任务') },
      { key: 'split', label: t('拆分') },
      { key: 'up', label: t('上移'), disabled: i === 0 },
      { key: 'down', label: t('下移'), disabled: i === tasks.length - 1 },
      { key: 'delete', label: t('删除'), danger: true },
    ],
    onClick: ({ key, domEvent }: { key: string; domEvent: { stopPropagation(): void } }) => {
      domEvent.stopPropagation();
      onAction(task, key as TaskAction);
    },
  });
  return (
    <>
      <div className="duban-muted" style={{ fontSize: 12, marginBottom: 4, display: 'flex', gap: 12, flexWrap: 'wrap' }}>
        {editable && (
          <Checkbox
            checked={selected.size > 0 && selected.size === tasks.length}
            indeterminate={selected.size > 0 && selected.size < tasks.length}
            onChange={(e) => onSelect(e.target.checked ? new Set(tasks.map((x) => x.id)) : new Set())}
          >
            {t('全选')}
          </Checkbox>
        )}
        <span>{t('点击任务定位原文；键盘 ↑↓ 选择，回车定位，E 编辑')}</span>
      </div>
      <List
        size="small"
        dataSource={tasks}
        style={{ maxHeight, overflow: 'auto' }}
        renderItem={(task, i) => {
          const lead = task.units.filter((u) => u.role === 'lead');
          const parts = task.units.filter((u) => u.role === 'participant');
          const label = task.displayNumber ?? task.number;
          return (
            <List.Item
              id={`task-${task.id}`}
              style={{ background: task.id === active ? '#fff8e1' : undefined, cursor: 'pointer', paddingInline: 8 }}
              tabIndex={0}
              aria-label={t('定位到原文：{n}', { n: label ?? task.title ?? task.text.slice(0, 20) })}
              onClick={() => onJump(task.id)}
              onKeyDown={(e) => {
                // Enter shows the task in the source, E edits it, ↑/↓ walk the list: a whole plan can be
                // reviewed from the keyboard.
                if (e.target !== e.currentTarget) return;
                if (e.key === 'Enter') onJump(task.id);
                else if (e.key === 'e' || e.key === 'E') onAction(task, 'edit');
                else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  const sibling = (
                    e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling
                  ) as HTMLElement | null;
                  sibling?.focus();
                }
              }}
              actions={[
                <Button
                  key="e"
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t('编辑任务')}
                  onClick={(e) => {
                    e.stopPropagation();
                    onAction(task, 'edit');
                  }}
                />,
                ...(editable
                  ? [
                      <Dropdown key="m" menu={menu(task, i)} trigger={['click']}>
                        <Button
                          size="small"
                          type="text"
                          icon={<MoreOutlined />}
                          aria-label={t('更多操作')}
                          onClick={(e) => e.stopPropagation()}
                        />
                      </Dropdown>,
                    ]
                  : []),
              ]}
            >
              <div style={{ minWidth: 0, display: 'flex', gap: 8 }}>
                {editable && (
                  <Checkbox
                    checked={selected.has(task.id)}
                    aria-label={t('选择任务 {n}', { n: label ?? '' })}
                    onClick={(e) => e.stopPropagation()}
                    onChange={(e) => toggle(task.id, e.target.checked)}
                  />
                )}
                <div style={{ minWidth: 0 }}>
                  <div>
                    {label && <Typography.Text strong>{label} </Typography.Text>}
                    {task.title && <Typography.Text strong>{task.title}</Typography.Text>}
                    {edited.has(task.id) && (
                      <Tag color="warning" style={{ marginLeft: 6 }}>
                        {t('已修改')}
                      </Tag>
                    )}
                    {attention?.get(task.id)?.map((r) => (
                      <Tag key={r} color="error" style={{ marginLeft: 6 }}>
                        {t(attentionLabels[r])}
                      </Tag>
                    ))}
                  </div>
                  <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '2px 0 4px' }}>
                    {task.text}
                  </Typography.Paragraph>
                  <Space size={4} wrap>
                    {lead.map((u) => (
                      <Tag key={`l${u.name}`} color={u.unitId ? 'blue' : 'warning'}>
                        {t('牵头')}：{u.unitName ?? u.name}
                      </Tag>
                    ))}
                    {parts.slice(0, 4).map((u) => (
                      <Tag key={`p${u.name}`} color={u.unitId ? undefined : 'warning'}>
                        {u.unitName ?? u.name}
                      </Tag>
                    ))}
                    {parts.length > 4 && <Tag>+{parts.length - 4}</Tag>}
                    <Tag color="processing">{fmtDue(task.due, task.ongoing)}</Tag>
                  </Space>
                </div>
              </div>
            </List.Item>
          );
        }}
      />
    </>
  );
}
