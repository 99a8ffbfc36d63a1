import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Badge, Button, Card, Col, Grid, List, Modal, Row, Space, Tabs, Tag, Typography } from 'antd';
import { CheckCircleOutlined, EditOutlined, SaveOutlined } from '@ant-design/icons';
import { api, errorMessage } from '../../api/client.js';
import type { Diagnostic, PlanDetail, Span, Task, Unit } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDue, listItems, fmtTarget } from '../../util.js';
import { SourceView, type SourceMark } from './source-view.js';
import { TaskEditModal } from './task-edit-modal.js';
import { UnitFixer } from './unit-fixer.js';

interface SourceDoc {
  text: string;
  tasks?: { id: string; source: Span | null }[];
  indicators?: { id: string; source: Span | null }[];
}

/** Highlights inside each task's span: its units and its deadline phrase, found in the source text. */
function buildMarks(text: string, tasks: Task[], doc: SourceDoc): SourceMark[] {
  const marks: SourceMark[] = [];
  const spanOf = new Map((doc.tasks ?? []).flatMap((s) => (s.source ? [[s.id, s.source] as const] : [])));
  for (const task of tasks) {
    const span = spanOf.get(task.id) ?? task.source;
    if (!span) continue;
    marks.push({ start: span.start, end: span.end, kind: 'task', ref: task.id });
    const body = text.slice(span.start, span.end);
    const find = (needle: string | null | undefined, kind: SourceMark['kind']) => {
      if (!needle) return;
      let at = body.indexOf(needle);
      while (at >= 0) {
        marks.push({ start: span.start + at, end: span.start + at + needle.length, kind, ref: task.id });
        at = body.indexOf(needle, at + needle.length);
      }
    };
    for (const u of task.units) find(u.name, 'unit');
    find(task.deadlineText, 'due');
  }
  for (const ind of doc.indicators ?? []) if (ind.source) marks.push({ start: ind.source.start, end: ind.source.end, kind: 'indicator', ref: `ind-${ind.id}` });
  return marks;
}

/** Steps 3–4 of the import wizard: the source beside the editable structured plan; fix units; publish. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const plan = useApi(`plan-${id}`, () => api.get<PlanDetail>(`/api/plans/${id}`));
  const source = useApi(`source-${id}`, () => api.get<SourceDoc>(`/api/plans/${id}/source`));
  const units = useApi('units-all', () => api.get<unknown>('/api/units?pageSize=500'));
  const directory = listItems(units.data as Unit[] | undefined);
  const [edits, setEdits] = useState<Map<string, Task>>(new Map());
  const [active, setActive] = useState<string | null>(null);
  const [editing, setEditing] = useState<Task | null>(null);
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);
  const [tab, setTab] = useState('tasks');

  const tasks = useMemo(() => (plan.data?.tasks ?? []).map((task) => edits.get(task.id) ?? task), [plan.data, edits]);
  const marks = useMemo(
    () => (source.data ? buildMarks(source.data.text, tasks, source.data) : []),
    [source.data, tasks],
  );
  const unmatched = useMemo(() => {
    const counts = new Map<string, number>();
    for (const task of tasks) for (const u of task.units) if (!u.unitId) counts.set(u.name, (counts.get(u.name) ?? 0) + 1);
    return [...counts].map(([name, count]) => ({ name, count }));
  }, [tasks]);

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

  const update = (task: Task) => setEdits((m) => new Map(m).set(task.id, task));
  const resolveUnit = (name: string, unit: Unit) => {
    setEdits((m) => {
      const next = new Map(m);
      // Build on edits already queued in this batch (several names of one task may be resolved in a row).
      for (const base of plan.data?.tasks ?? []) {
        const task = next.get(base.id) ?? base;
        if (task.units.some((u) => u.name === name && !u.unitId))
          next.set(task.id, { ...task, units: task.units.map((u) => (u.name === name && !u.unitId ? { ...u, unitId: unit.id, unitName: unit.name } : u)) });
      }
      return next;
    });
    units.reload();
  };

  const save = async (): Promise<boolean> => {
    if (edits.size === 0) return true;
    setBusy('save');
    try {
      // Each task carries its own version; edits are saved task by task (a conflict names the task that failed).
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
      plan.reload();
      message.success(t('修改已保存'));
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    } finally {
      setBusy(null);
    }
  };
  const publish = () =>
    Modal.confirm({
      title: t('发布方案'),
      content: unmatched.length
        ? t('还有 {n} 个单位未对应到单位目录，发布后这些任务无法分派。确定发布吗？', { n: unmatched.length })
        : t('发布后任务将分派到各责任单位，开始报送。确定发布吗？'),
      okText: t('发布'),
      cancelText: t('取消'),
      onOk: async () => {
        if (!(await save())) return;
        setBusy('publish');
        try {
          await api.post(`/api/plans/${id}/publish`);
          message.success(t('方案已发布'));
          navigate(`/plans/${id}`);
        } catch (e) {
          message.error(errorMessage(e));
        } finally {
          setBusy(null);
        }
      },
    });

  const p = plan.data;
  const diagnostics: Diagnostic[] = p?.diagnostics ?? [];
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
            <div className="duban-muted" style={{ fontSize: 12, marginBottom: 4 }}>
              {t('点击任务定位原文；键盘 ↑↓ 选择，Enter 定位，E 编辑')}
            </div>
            <List
              size="small"
              dataSource={tasks}
              style={{ maxHeight: screens.lg ? 'calc(100vh - 300px)' : undefined, overflow: 'auto' }}
              renderItem={(task) => {
                const lead = task.units.filter((u) => u.role === 'lead');
                const parts = task.units.filter((u) => u.role === 'participant');
                return (
                  <List.Item
                    id={`task-${task.id}`}
                    style={{ background: task.id === active ? '#fff8e1' : undefined, cursor: 'pointer', paddingInline: 8 }}
                    tabIndex={0}
                    aria-label={t('定位到原文：{n}', { n: task.number ?? task.title ?? task.text.slice(0, 20) })}
                    onClick={() => jump(task.id)}
                    onKeyDown={(e) => {
                      // Enter shows the task in the source, E edits it, ↑/↓ walk the list: a whole plan can be
                      // reviewed from the keyboard.
                      if (e.key === 'Enter') jump(task.id);
                      else if (e.key === 'e' || e.key === 'E') setEditing(task);
                      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                        e.preventDefault();
                        const sibling = (e.key === 'ArrowDown' ? e.currentTarget.nextElementSibling : e.currentTarget.previousElementSibling) as HTMLElement | null;
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
                          setEditing(task);
                        }}
                      />,
                    ]}
                  >
                    <div style={{ minWidth: 0 }}>
                      <div>
                        {task.number && <Typography.Text strong>{task.number} </Typography.Text>}
                        {task.title && <Typography.Text strong>{task.title}</Typography.Text>}
                        {edits.has(task.id) && <Tag color="gold" style={{ marginLeft: 6 }}>{t('已修改')}</Tag>}
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
                        <Tag color="orange">{fmtDue(task.due, task.ongoing)}</Tag>
                      </Space>
                    </div>
                  </List.Item>
                );
              }}
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
          children: <UnitFixer unmatched={unmatched} onResolve={resolveUnit} />,
        },
        {
          key: 'indicators',
          label: `${t('指标')} (${p?.indicators?.length ?? 0})`,
          children: (
            <List
              size="small"
              dataSource={p?.indicators ?? []}
              locale={{ emptyText: t('未识别到量化指标') }}
              renderItem={(ind) => (
                <List.Item style={{ cursor: 'pointer' }} onClick={() => jump(`ind-${ind.id}`)}>
                  <List.Item.Meta
                    title={ind.name}
                    description={`${t('目标')} ${fmtTarget(ind)}${ind.baseline != null ? ` · ${t('基线')} ${ind.baseline}${ind.unit}` : ''}${ind.due ? ` · ${ind.due}` : ''}`}
                  />
                </List.Item>
              )}
            />
          ),
        },
        {
          key: 'diagnostics',
          label: (
            <Badge count={diagnostics.filter((d) => d.severity !== 'info').length} size="small" offset={[8, -2]} color="#d48806">
              {t('问题提示')}
            </Badge>
          ),
          children: (
            <List
              size="small"
              dataSource={diagnostics}
              locale={{ emptyText: t('没有发现问题') }}
              renderItem={(d) => (
                <List.Item>
                  <Space align="start">
                    <Tag color={d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'default'}>
                      {t(d.severity === 'error' ? '错误' : d.severity === 'warning' ? '警告' : '提示')}
                    </Tag>
                    <span>{d.message}</span>
                    {d.source && (
                      <Button size="small" type="link" onClick={() => {
                        const task = tasks.find((x) => x.source && x.source.start <= d.source!.start && x.source.end >= d.source!.start);
                        if (task) jump(task.id);
                      }}>
                        {t('第 {n} 行', { n: d.source.line ?? '' })}
                      </Button>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );

  const sourcePane = (
    <Loadable loading={source.loading} error={source.error} reload={source.reload}>
      <div className="duban-legend" style={{ marginBottom: 8 }} aria-hidden>
        <span><i style={{ background: '#e6eefb', border: '1px solid #8fb1e8' }} />{t('任务')}</span>
        <span><i style={{ background: '#e3f4e6', border: '1px solid #5ba565' }} />{t('单位')}</span>
        <span><i style={{ background: '#fdebd3', border: '1px solid #e08a00' }} />{t('时限')}</span>
        <span><i style={{ background: '#f3e5f5', border: '1px solid #9c5fb5' }} />{t('指标')}</span>
      </div>
      <div style={{ maxHeight: screens.lg ? 'calc(100vh - 290px)' : 480, overflow: 'auto' }}>
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
          p?.status === 'draft' && (
            <>
              <Button icon={<SaveOutlined />} disabled={edits.size === 0} loading={busy === 'save'} onClick={() => void save()}>
                {t('保存')}
                {edits.size > 0 ? ` (${edits.size})` : ''}
              </Button>
              <Button type="primary" icon={<CheckCircleOutlined />} loading={busy === 'publish'} onClick={publish}>
                {t('发布')}
              </Button>
            </>
          )
        }
      />
      <Loadable loading={plan.loading && !plan.data} error={plan.error} reload={plan.reload}>
        {p?.status !== 'draft' && p && (
          <Alert type="info" showIcon message={t('该方案已发布，此处仅供查看')} style={{ marginBottom: 12 }} />
        )}
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
        onSave={(task) => {
          update(task);
          setEditing(null);
        }}
      />
    </>
  );
}
