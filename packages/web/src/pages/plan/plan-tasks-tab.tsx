import { lazy, Suspense, useState } from 'react';
import { Button, Card, Col, Row, Tree, TreeSelect } from 'antd';
import { FilterOutlined } from '@ant-design/icons';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import type { Filters } from './filter-tasks.js';
import type { PlanTask } from './plan-tasks.js';
import { TaskFilters } from './task-filters.js';
import { TaskTable } from './task-table.js';
import type { SectionTreeNode } from './use-plan-board.js';

// Not on a plan's first paint: the bulk edit bar (antd's Form, Modal, DatePicker) that shows once the office selects tasks.
const BulkEditBar = lazy(() => import('../plans/task-ops.js').then((m) => ({ default: m.BulkEditBar })));

/** The 任务清单 tab: the section tree (a select on narrow screens), the filter bar, bulk edits and the task table. */
export function PlanTasksTab({
  planId,
  all,
  shown,
  tree,
  units,
  filters,
  setFilters,
  office,
  directory,
  published,
  wide,
  compact,
  tableHeight,
  onChanged,
}: {
  planId: string;
  all: PlanTask[];
  shown: PlanTask[];
  tree: SectionTreeNode[];
  units: { id: string; name: string }[];
  filters: Filters;
  setFilters: (f: Filters) => void;
  /** The office may select tasks for bulk corrections (deadline, lead unit, participant, merge, delete) with a reason. */
  office: boolean;
  directory: Unit[];
  /** Undefined while the plan is loading: no bulk edits then. */
  published: boolean | undefined;
  wide: boolean;
  compact: boolean;
  tableHeight: number;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<string[]>([]);
  const active = Object.values(filters).filter((v) => v !== undefined && v !== '').length;
  // On a phone the filters fold behind one button (open when a filter is set): the tasks come first on the screen,
  // and the page's first draw has six fewer form controls to mount.
  const [unfolded, setUnfolded] = useState(active > 0);
  const showFilters = !compact || unfolded;
  return (
    <Row gutter={16}>
      {wide && (
        <Col lg={5}>
          <Card size="small" title={t('章节')} styles={{ body: { maxHeight: tableHeight + 60, overflow: 'auto' } }}>
            <Tree
              blockNode
              defaultExpandAll
              treeData={tree}
              selectedKeys={filters.section ? [filters.section] : []}
              onSelect={(k) => setFilters({ ...filters, section: (k[0] as string | undefined) ?? undefined })}
            />
          </Card>
        </Col>
      )}
      <Col xs={24} lg={19}>
        <Card size="small">
          {compact && (
            <Button icon={<FilterOutlined />} aria-expanded={unfolded} onClick={() => setUnfolded(!unfolded)} style={{ marginBottom: 8 }}>
              {active ? t('筛选（{n}）', { n: active }) : t('筛选')}
            </Button>
          )}
          {showFilters && !wide && (
            <TreeSelect
              allowClear={{ label: t('清除') }}
              treeData={tree}
              value={filters.section}
              placeholder={t('按章节筛选')}
              aria-label={t('按章节筛选')}
              onChange={(section?: string) => setFilters({ ...filters, section })}
              style={{ width: '100%', marginBottom: 8 }}
            />
          )}
          {showFilters && (
            <TaskFilters
              value={filters}
              units={units}
              onChange={(f) => setFilters({ ...f, section: f.section ?? (Object.keys(f).length ? filters.section : undefined) })}
            />
          )}
          <div className="duban-muted" style={{ marginBottom: 8 }} aria-live="polite">
            {t('显示 {a} / {b} 项', { a: shown.length, b: all.length })}
          </div>
          {office && published !== undefined && selected.length > 0 && (
            <Suspense fallback={null}>
              <BulkEditBar
                planId={planId}
                selected={all.filter((x) => selected.includes(x.id))}
                units={directory}
                published={published}
                onDone={() => {
                  setSelected([]);
                  onChanged();
                }}
              />
            </Suspense>
          )}
          <TaskTable tasks={shown} height={tableHeight} compact={compact} {...(office ? { selected, onSelect: setSelected } : {})} />
        </Card>
      </Col>
    </Row>
  );
}
