import { Link } from 'react-router-dom';
import { Space, Table } from 'antd';
import type { PlanTask as Task } from './plan-tasks.js';
import { ColourTag, StatusTag, leadNames } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue, titlePrefix } from '../../display-text.js';

/**
 * The virtualised task table: thousands of rows scroll smoothly because only visible rows are rendered, and cells
 * are plain text with CSS ellipsis (antd's measuring ellipsis costs a layout per cell on every scroll frame).
 */
export function TaskTable({
  tasks,
  height,
  loading,
  compact,
  selected,
  onSelect,
}: {
  tasks: Task[];
  height: number;
  loading?: boolean;
  compact?: boolean;
  selected?: string[];
  onSelect?: (ids: string[]) => void;
}) {
  // Rows can be selected for bulk corrections when the page offers them.
  const { t } = useI18n();
  // antd names its selection boxes in English ("Select row 3"); they are named after the task instead.
  const rowSelection = onSelect
    ? {
        selectedRowKeys: selected ?? [],
        onChange: (keys: React.Key[]) => onSelect(keys.map(String)),
        columnWidth: 36,
        getTitleCheckboxProps: () => ({ 'aria-label': t('选择全部任务') }),
        getCheckboxProps: (task: Task) => ({
          'aria-label': t('选择任务 {n}', { n: task.displayNumber ?? task.number ?? task.title ?? '' }),
        }),
      }
    : undefined;
  if (compact)
    return (
      <Table<Task>
        virtual
        rowKey="id"
        size="small"
        showHeader={false}
        rowSelection={rowSelection}
        loading={loading}
        dataSource={tasks}
        pagination={false}
        scroll={{ x: 320, y: height }}
        locale={{ emptyText: t('没有符合条件的任务') }}
        columns={[
          {
            title: t('任务'),
            width: 320,
            render: (_, task) => (
              <Link to={`/tasks/${task.id}`} style={{ display: 'block', color: 'inherit' }}>
                <span className="duban-clamp2">
                  <strong>{task.displayNumber ?? task.number ?? ''} </strong>
                  {titlePrefix(task)}
                  {task.text}
                </span>
                <Space size={4} wrap style={{ marginTop: 4 }}>
                  <ColourTag colour={task.colour} />
                  <StatusTag status={task.status} />
                  <span className="duban-muted">
                    {leadNames(task.units)} · {fmtDue(task.due, task.ongoing)}
                  </span>
                </Space>
              </Link>
            ),
          },
        ]}
      />
    );
  return (
    <Table<Task>
      virtual
      rowKey="id"
      size="small"
      rowSelection={rowSelection}
      loading={loading}
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 860, y: height }}
      locale={{ emptyText: t('没有符合条件的任务') }}
      columns={[
        { title: t('编号'), dataIndex: 'displayNumber', width: 80, render: (v: string | null, task) => v ?? task.number ?? '—' },
        {
          title: t('任务'),
          dataIndex: 'text',
          width: 300,
          render: (_: string, task) => (
            <Link to={`/tasks/${task.id}`} className="duban-ellipsis" title={task.text}>
              {titlePrefix(task)}
              {task.text}
            </Link>
          ),
        },
        { title: t('牵头单位'), width: 170, render: (_, task) => <span className="duban-ellipsis">{leadNames(task.units) || '—'}</span> },
        { title: t('完成时限'), dataIndex: 'due', width: 120, render: (_, task) => fmtDue(task.due, task.ongoing) },
        { title: t('状态'), dataIndex: 'status', width: 86, render: (s: string) => <StatusTag status={s} /> },
        { title: t('预警'), dataIndex: 'colour', width: 100, render: (c: string) => <ColourTag colour={c} /> },
      ]}
    />
  );
}
