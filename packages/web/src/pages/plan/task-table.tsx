import { Link } from 'react-router-dom';
import { Table, Typography } from 'antd';
import type { Task } from '../../api/types.js';
import { ColourTag, StatusTag, leadNames } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue } from '../../util.js';

/** The virtualised task table: thousands of rows scroll smoothly because only visible rows are rendered. */
export function TaskTable({ tasks, height, loading }: { tasks: Task[]; height: number; loading?: boolean }) {
  const { t } = useI18n();
  return (
    <Table<Task>
      virtual
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 1000, y: height }}
      locale={{ emptyText: t('没有符合条件的任务') }}
      columns={[
        { title: t('编号'), dataIndex: 'number', width: 80, render: (v: string | null) => v ?? '—' },
        {
          title: t('任务'),
          dataIndex: 'text',
          width: 420,
          render: (_: string, task) => (
            <Link to={`/tasks/${task.id}`}>
              <Typography.Text ellipsis={{ tooltip: task.text }} style={{ maxWidth: 400, color: 'inherit' }}>
                {task.title ? `${task.title}：` : ''}
                {task.text}
              </Typography.Text>
            </Link>
          ),
        },
        { title: t('牵头单位'), width: 200, render: (_, task) => <Typography.Text ellipsis style={{ maxWidth: 190 }}>{leadNames(task.units) || '—'}</Typography.Text> },
        { title: t('完成时限'), dataIndex: 'due', width: 130, render: (_, task) => fmtDue(task.due, task.ongoing) },
        { title: t('状态'), dataIndex: 'status', width: 90, render: (s: string) => <StatusTag status={s} /> },
        { title: t('预警'), dataIndex: 'colour', width: 90, render: (c: string) => <ColourTag colour={c} /> },
      ]}
    />
  );
}
