import { Badge, Tabs } from 'antd';
import type { PlanDetail, Task, Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { AttentionFilter } from './attention-filter.js';
import type { reviewAttention } from './review-attention.js';
import { DiagnosticsPanel, IndicatorPanel } from './review-panels.js';
import { ReviewTaskList, type TaskAction } from './review-task-list.js';
import { BulkEditBar } from './task-ops.js';
import { UnitFixer } from './unit-fixer.js';
import type { useReviewEdits } from './use-review-edits.js';
import { useScreens } from '../../layout/use-screens.js';

/** The structured side of the review: tasks (with the attention filter), unit matching, indicators, diagnostics. */
export function ReviewStructuredTabs(props: {
  planId: string;
  plan: PlanDetail | undefined;
  review: ReturnType<typeof useReviewEdits>;
  attention: ReturnType<typeof reviewAttention>;
  onlyFlagged: boolean;
  onOnlyFlagged: (on: boolean) => void;
  units: Unit[];
  tab: string;
  onTab: (tab: string) => void;
  active: string | null;
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
  onJump: (ref: string) => void;
  onAction: (task: Task, action: TaskAction) => void;
  onChanged: () => void;
  onUnitsBusy: (busy: boolean) => void;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const screens = useScreens();
  const { planId, plan: p, review, attention, units } = props;
  const { tasks, unmatched } = review;
  const draft = p?.status === 'draft';
  const shown = props.onlyFlagged ? tasks.filter((x) => attention.byTask.has(x.id)) : tasks;
  const warnings = (p?.diagnostics ?? []).filter((d) => d.severity !== 'info').length;
  return (
    <Tabs
      activeKey={props.tab}
      onChange={props.onTab}
      items={[
        {
          key: 'tasks',
          label: `${t('任务')} (${tasks.length})`,
          children: (
            <>
              {draft && (
                <BulkEditBar
                  planId={planId}
                  selected={tasks.filter((x) => props.selected.has(x.id))}
                  units={units}
                  published={false}
                  onDone={props.onChanged}
                />
              )}
              <AttentionFilter attention={attention.byTask} on={props.onlyFlagged} onChange={props.onOnlyFlagged} />
              <ReviewTaskList
                tasks={shown}
                attention={attention.byTask}
                edited={new Set(review.unsaved.map((x) => x.id))}
                active={props.active}
                selected={props.selected}
                editable={draft}
                maxHeight={screens.lg ? 'calc(100vh - 300px)' : undefined}
                onSelect={props.onSelect}
                onJump={props.onJump}
                onAction={props.onAction}
              />
            </>
          ),
        },
        {
          key: 'units',
          label: (
            <Badge count={unmatched.length} size="small" offset={[8, -2]}>
              {t('单位核对')}
            </Badge>
          ),
          children: <UnitFixer unmatched={unmatched} onBusy={props.onUnitsBusy} onResolve={review.resolveUnits} />,
        },
        {
          key: 'indicators',
          label: `${t('指标')} (${p?.indicators?.length ?? 0})`,
          children: (
            <IndicatorPanel
              planId={planId}
              indicators={p?.indicators ?? []}
              units={draft ? units.map((u) => ({ value: u.id, label: u.name })) : null}
              onDone={props.onReload}
              onJump={props.onJump}
            />
          ),
        },
        {
          key: 'diagnostics',
          label: (
            <Badge count={warnings} size="small" offset={[8, -2]} color="#d48806">
              {t('问题提示')}
            </Badge>
          ),
          children: <DiagnosticsPanel diagnostics={p?.diagnostics ?? []} tasks={tasks} onJump={props.onJump} />,
        },
      ]}
    />
  );
}
