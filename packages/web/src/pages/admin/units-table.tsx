import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, MergeCellsOutlined } from '@ant-design/icons';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { isKind, KINDS } from './unit-kinds.js';

/**
 * The unit directory's table with its row actions. On a phone it keeps two columns (the unit with its details, the
 * actions as icons) instead of scrolling sideways.
 */
export function UnitsTable({
  units,
  phone,
  onEdit,
  onMerge,
  onRemove,
}: {
  units: Unit[];
  phone: boolean;
  onEdit: (u: Unit) => void;
  onMerge: (u: Unit) => void;
  /** May return a promise: the confirmation keeps its OK button loading until it settles. */
  onRemove: (u: Unit) => unknown;
}) {
  const { t } = useI18n();
  return (
    <Table<Unit>
      rowKey="id"
      size="small"
      dataSource={units}
      pagination={{ pageSize: 20, showSizeChanger: false }}
      scroll={phone ? undefined : { x: 840 }}
      columns={[
        {
          title: t('单位名称'),
          dataIndex: 'name',
          render: (v: string, u) => (
            <>
              {v}
              {u.active === false && <Tag style={{ marginLeft: 6 }}>{t('已停用')}</Tag>}
              {phone && (
                <div className="duban-muted" style={{ fontSize: 12 }}>
                  {[t(isKind(u.kind) ? KINDS[u.kind] : u.kind), ...(u.aliases ?? [])].join(' · ')}
                </div>
              )}
            </>
          ),
        },
        { title: t('简称'), dataIndex: 'shortName', width: 120, responsive: ['md'], render: (v) => v || '—' },
        {
          title: t('别名'),
          dataIndex: 'aliases',
          responsive: ['md'],
          render: (v?: string[]) => (v?.length ? v.map((a) => <Tag key={a}>{a}</Tag>) : '—'),
        },
        { title: t('类别'), dataIndex: 'kind', width: 110, responsive: ['md'], render: (v: string) => t(isKind(v) ? KINDS[v] : v) },
        {
          title: t('操作'),
          width: phone ? 112 : 230,
          render: (_, u) => (
            <Space size={phone ? 4 : 8} wrap={phone}>
              <Button size="small" icon={<EditOutlined />} aria-label={t('编辑单位 {n}', { n: u.name })} onClick={() => onEdit(u)} />
              <Button size="small" icon={<MergeCellsOutlined />} aria-label={t('合并')} onClick={() => onMerge(u)}>
                {!phone && t('合并')}
              </Button>
              <Popconfirm
                title={t('删除单位“{n}”？', { n: u.name })}
                description={t('仅能删除误建且未被任何任务、指标、用户或报送使用的单位')}
                okText={t('删除')}
                cancelText={t('取消')}
                okButtonProps={{ danger: true }}
                onConfirm={() => onRemove(u)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('删除单位 {n}', { n: u.name })}>
                  {!phone && t('删除')}
                </Button>
              </Popconfirm>
            </Space>
          ),
        },
      ]}
    />
  );
}
