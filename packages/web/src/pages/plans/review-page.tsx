import { useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Col, Row, Space, Tabs, Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, SaveOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { buildMarks } from './review-marks.js';
import { reviewAttention } from './review-attention.js';
import { ReviewSourcePane } from './review-source-pane.js';
import { ReviewStructuredTabs } from './review-structured-tabs.js';
import { ReviewTaskDialogs } from './review-task-dialogs.js';
import { useReviewEdits } from './use-review-edits.js';
import { useReviewNavigation } from './use-review-navigation.js';
import { useReviewTaskActions } from './use-review-task-actions.js';
import { useUnsavedGuard } from './use-unsaved-guard.js';
import { useScreens } from '../../layout/use-screens.js';

/** Steps 3–4 of the import wizard: the source beside the editable structured plan; fix units; correct tasks; publish. */
export default function ReviewPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const wide = !!useScreens().lg;
  const plan = useApiQuery('GET /api/plans/:id', { params: { id } });
  const source = useApiQuery('GET /api/plans/:id/source', { params: { id } });
  const units = useApiQuery('GET /api/units', {});
  const directory = units.data ?? [];
  const review = useReviewEdits(plan.data, plan.reload);
  const { tasks, unmatched } = review;
  const guard = useUnsavedGuard(review.dirty);
  const nav = useReviewNavigation(wide);
  const actions = useReviewTaskActions(id, tasks, review.save, plan.reload);
  const publishing = useAction();
  const [creatingUnits, setCreatingUnits] = useState(false);
  // Tasks that look wrong come first for the reviewer: the filter starts on when there are any.
  const attention = useMemo(() => reviewAttention(tasks, plan.data?.diagnostics ?? []), [tasks, plan.data?.diagnostics]);
  const [onlyFlaggedChosen, setOnlyFlagged] = useState(false);
  const onlyFlagged = onlyFlaggedChosen && attention.flagged > 0;
  const p = plan.data;
  const draft = p?.status === 'draft';
  const marks = useMemo(() => (source.data ? buildMarks(source.data.text, tasks, source.data) : []), [source.data, tasks]);

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
    <ReviewStructuredTabs
      planId={id}
      plan={p}
      review={review}
      attention={attention}
      onlyFlagged={onlyFlagged}
      onOnlyFlagged={setOnlyFlagged}
      units={directory}
      tab={nav.tab}
      onTab={nav.setTab}
      active={nav.active}
      selected={actions.selected}
      onSelect={actions.setSelected}
      onJump={nav.jump}
      onAction={(task, action) => void actions.act(task, action)}
      onChanged={actions.afterChange}
      onUnitsBusy={setCreatingUnits}
      onReload={plan.reload}
    />
  );
  const sourcePane = <ReviewSourcePane source={source} marks={marks} active={nav.active} onPick={nav.pickFromSource} />;

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
              activeKey={nav.pane}
              onChange={nav.setPane}
              items={[
                { key: 'plan', label: t('结构化方案'), children: structured },
                { key: 'source', label: t('原文'), children: sourcePane, forceRender: true },
              ]}
            />
          </Card>
        )}
      </Loadable>
      <ReviewTaskDialogs planId={id} draft={draft} units={directory} actions={actions} onEditDraft={review.update} />
      {guard.prompt}
    </>
  );
}
