import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Badge, Button, Card, Col, Grid, Row, Space, Tabs, Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Task } from '../../api/types.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { buildMarks } from './review-marks.js';
import { DiagnosticsPanel, IndicatorPanel } from './review-panels.js';
import { ReviewTaskList, type TaskAction } from './review-task-list.js';
import { reviewAttention } from './review-attention.js';
import { AttentionFilter } from './attention-filter.js';
import { SourceView } from './source-view.js';
import { TaskEditModal } from './task-edit-modal.js';
import { BulkEditBar, SplitTaskModal, moveTask } from './task-ops.js';
import { UnitFixer } from './unit-fixer.js';
import { useReviewEdits } from './use-review-edits.js';
import { useUnsavedGuard } from './use-unsaved-guard.js';

/** Steps 3–4 of the import wizard: the source beside the editable structured plan; fix units; correct tasks; publish. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const plan = useApiQuery('GET /api/plans/:id', { params: { id } });
  const source = useApiQuery('GET /api/plans/:id/source', { params: { id } });
  const units = useApiQuery('GET /api/units', {});
  const directory = units.data ?? [];
  const { run } = useAction();
  const review = useReviewEdits(plan.data, plan.reload);
  const { tasks, unmatched } = review;
  const guard = useUnsavedGuard(review.dirty);
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const [splitting, setSplitting] = useState<Task | null>(null);
  // A new task is edited in the same form, starting blank, then inserted after `after` in its section.
  const [adding, setAdding] = useState<Task | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const publishing = useAction();
  const [creatingUnits, setCreatingUnits] = useState(false);
  const [tab, setTab] = useState('tasks');
  // Tasks that look wrong come first for the reviewer: the filter starts on when there are any.
  const attention = useMemo(() => reviewAttention(tasks, plan.data?.diagnostics ?? []), [tasks, plan.data?.diagnostics]);
  const [onlyFlaggedChosen, setOnlyFlagged] = useState(false);
  const onlyFlagged = onlyFlaggedChosen && attention.flagged > 0;
  const p = plan.data;
  const draft = p?.status === 'draft';

  const marks = useMemo(() => (source.data ? buildMarks(source.data.text, tasks, source.data) : []), [source.data, tasks]);
  const wide = !!screens.lg;
  const [pane, setPane] = useState('plan');
  const jump = useCallback(
    (ref: string) => {
      setActive(ref);
      // On a phone the source is a second tab: switch to it, then scroll once it is visible.
      if (!wide) setPane('source');
      setTimeout(() => document.getElementById(`src-${ref}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' }), wide ? 0 : 60);
    },
    [wide],
  );
  const pickFromSource = useCallback((ref: string) => {
    setActive(ref);
    setTab('tasks');
    setPane('plan');
    document.getElementById(`task-${ref}`)?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, []);

  // Structural changes go to the server at once; pending edits are saved first so versions stay current.
  const afterChange = () => {
    setSelected(new Set());
    setSplitting(null);
    plan.reload();
  };
  const act = async (task: Task, action: TaskAction) => {
    if (action === 'edit') return setEditing(task);
    if (!(await review.save())) return;
    if (action === 'split') return setSplitting(task);
    if (action === 'add') return setAdding({ ...task, number: null, title: null, text: '', units: [], due: [], ongoing: false });
    const done = await run(async () => {
      if (action === 'up' || action === 'down')
        await moveTask(
          id,
          tasks.map((x) => x.id),
          task.id,
          action === 'up' ? -1 : 1,
        );
      else if (action === 'delete') {
        const ok = await modal.confirm({
          title: t('删除任务'),
          content: t('删除任务 {n}？', { n: task.displayNumber ?? task.text.slice(0, 20) }),
          okText: t('删除'),
          cancelText: t('取消'),
          okButtonProps: { danger: true },
        });
        if (!ok) return false;
        await call('DELETE /api/tasks/:id', { params: { id: task.id } });
      }
      return true;
    });
    if (done) afterChange();
  };

  const publish = () =>
    modal.confirm({
      title: t('发布方案'),
      content: t('发布后任务将分派到各责任单位，开始报送。确定发布吗？'),
      okText: t('发布'),
      cancelText: t('取消'),
      onOk: async () => {
        if (!(await review.save())) return;
        // Publishing leaves the review on purpose: nothing unsaved is left once save() succeeded.
        guard.allowNext();
        const published = await publishing.run(() => call('POST /api/plans/:id/publish', { params: { id } }), t('方案已发布'));
        if (published) navigate(`/plans/${id}`);
        else guard.allowNext(false);
      },
    });
  // Publishing is offered only once every unit name is mapped (the server refuses otherwise).
  const publishBlocked = unmatched.length > 0 || creatingUnits;

  const structured = (
    <Tabs
      activeKey={tab}
      onChange={setTab}
      items={[
        {
          key: 'tasks',
          label: `${t('任务')} (${tasks.length})`,
          children: (
            <>
              {draft && (
                <BulkEditBar
                  planId={id}
                  selected={tasks.filter((x) => selected.has(x.id))}
                  units={directory}
                  published={false}
                  onDone={afterChange}
                />
              )}
              <AttentionFilter attention={attention.byTask} on={onlyFlagged} onChange={setOnlyFlagged} />
              <ReviewTaskList
                tasks={onlyFlagged ? tasks.filter((x) => attention.byTask.has(x.id)) : tasks}
                attention={attention.byTask}
                edited={new Set(review.unsaved.map((x) => x.id))}
                active={active}
                selected={selected}
                editable={draft}
                maxHeight={screens.lg ? 'calc(100vh - 300px)' : undefined}
                onSelect={setSelected}
                onJump={jump}
                onAction={(task, action) => void act(task, action)}
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
          children: <UnitFixer unmatched={unmatched} onBusy={setCreatingUnits} onResolve={review.resolveUnits} />,
        },
        {
          key: 'indicators',
          label: `${t('指标')} (${p?.indicators?.length ?? 0})`,
          children: (
            <IndicatorPanel
              planId={id}
              indicators={p?.indicators ?? []}
              units={draft ? directory.map((u) => ({ value: u.id, label: u.name })) : null}
              onDone={plan.reload}
              onJump={jump}
            />
          ),
        },
        {
          key: 'diagnostics',
          label: (
            <Badge count={(p?.diagnostics ?? []).filter((d) => d.severity !== 'info').length} size="small" offset={[8, -2]} color="#d48806">
              {t('问题提示')}
            </Badge>
          ),
          children: <DiagnosticsPanel diagnostics={p?.diagnostics ?? []} tasks={tasks} onJump={jump} />,
        },
      ]}
    />
  );

  const sourcePane = (
    <Loadable loading={source.loading} error={source.error} reload={source.reload}>
      <div className="duban-legend" style={{ marginBottom: 8 }} aria-hidden>
        <span>
          <i style={{ background: '#e6eefb', border: '1px solid #8fb1e8' }} />
          {t('任务')}
        </span>
        <span>
          <i style={{ background: '#e3f4e6', border: '1px solid #5ba565' }} />
          {t('单位')}
        </span>
        <span>
          <i style={{ background: '#fdebd3', border: '1px solid #e08a00' }} />
          {t('时限')}
        </span>
        <span>
          <i style={{ background: '#f3e5f5', border: '1px solid #9c5fb5' }} />
          {t('指标')}
        </span>
      </div>
      {/* Focusable, so the keyboard can scroll the document text (the marks inside are not all tab stops). */}
      <div
        className="duban-scroll-pane"
        tabIndex={0}
        role="region"
        aria-label={t('原文')}
        style={{ maxHeight: screens.lg ? 'calc(100vh - 290px)' : 480, overflow: 'auto' }}
      >
        <SourceView text={source.data?.text ?? ''} marks={marks} active={active} onPick={pickFromSource} label={t('原文')} />
      </div>
    </Loadable>
  );

  return (
    <>
      <PageHead
        title={p?.title ?? t('审核方案')}
        sub={
          p && (
            <Space wrap>
              <StatusTag status={p.status} />
              {p.docNumber && <span>{p.docNumber}</span>}
              <span>{t('共 {n} 项任务', { n: tasks.length })}</span>
              {unmatched.length > 0 && <Tag color="warning">{t('{n} 个单位待核对', { n: unmatched.length })}</Tag>}
            </Space>
          )
        }
        extra={
          draft && (
            <>
              <Button icon={<SaveOutlined />} disabled={!review.dirty} loading={review.saving} onClick={() => void review.save()}>
                {t('保存')}
                {review.dirty ? ` (${review.unsaved.length})` : ''}
              </Button>
              <Tooltip title={publishBlocked ? t('请先在“单位核对”中为 {n} 个单位名称选择或新建单位', { n: unmatched.length }) : undefined}>
                <Button type="primary" icon={<CheckCircleOutlined />} disabled={publishBlocked} loading={publishing.busy} onClick={publish}>
                  {t('发布')}
                </Button>
              </Tooltip>
            </>
          )
        }
      />
      <Loadable loading={plan.loading && !plan.data} error={plan.error} reload={plan.reload}>
        {p && !draft && <Alert type="info" showIcon message={t('该方案已发布，此处仅供查看')} style={{ marginBottom: 12 }} />}
        {wide ? (
          <Row gutter={[16, 16]}>
            <Col span={12}>
              <Card size="small" title={t('原文')}>
                {sourcePane}
              </Card>
            </Col>
            <Col span={12}>
              <Card size="small" title={t('结构化方案')}>
                {structured}
              </Card>
            </Col>
          </Row>
        ) : (
          <Card size="small">
            <Tabs
              activeKey={pane}
              onChange={setPane}
              items={[
                { key: 'plan', label: t('结构化方案'), children: structured },
                { key: 'source', label: t('原文'), children: sourcePane, forceRender: true },
              ]}
            />
          </Card>
        )}
      </Loadable>
      <TaskEditModal
        task={editing}
        units={directory}
        onClose={() => setEditing(null)}
        reasonRequired={!draft}
        onSave={(task, reason) => {
          setEditing(null);
          if (draft) return review.update(task);
          // A published plan is adjusted at once, with the reason its units are told.
          const body = {
            version: task.version,
            text: task.text,
            title: task.title,
            due: task.due,
            ongoing: task.ongoing,
            units: task.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
            reason,
          };
          void run(() => call('PATCH /api/tasks/:id', { params: { id: task.id }, body }), t('任务已更新'));
        }}
      />
      <TaskEditModal
        task={adding}
        units={directory}
        onClose={() => setAdding(null)}
        onSave={(task) => {
          setAdding(null);
          const body = {
            afterTaskId: task.id,
            number: task.number,
            title: task.title,
            text: task.text,
            due: task.due,
            ongoing: task.ongoing,
            units: task.units.map((u) => ({ name: u.name, unitId: u.unitId, role: u.role })),
          };
          void run(() => call('POST /api/plans/:id/tasks', { params: { id }, body }), t('已新增任务')).then(
            (added) => added && afterChange(),
          );
        }}
      />
      {guard.prompt}
      <SplitTaskModal task={splitting} published={false} onClose={() => setSplitting(null)} onDone={afterChange} />
    </>
  );
}
