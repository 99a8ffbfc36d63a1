import { useNavigate } from 'react-router-dom';
import { Button, Progress, Space } from 'antd';
import { DownloadOutlined, FileSearchOutlined } from '@ant-design/icons';
import type { PlanBoard } from '@duban/core';
import { PageHead, StatusTag } from '../../components/common.js';
import { useAuth } from '../../auth/auth.js';
import { useI18n } from '../../i18n/i18n.js';
import { PeriodsButton } from './periods-button.js';
import { PlanExportsButton } from './plan-exports-button.js';
import { ReportingScopeSelect } from './plan-reporting-controls.js';

/** The plan page's heading: title, status and progress, and the plan's actions (scope, periods, source, exports). */
export function PlanHead({
  id,
  board,
  total,
  done,
  csvHref,
  onChanged,
}: {
  id: string;
  board: PlanBoard | undefined;
  total: number;
  done: number;
  csvHref: string;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const { has } = useAuth();
  const navigate = useNavigate();
  const p = board?.plan;
  return (
    <PageHead
      title={p?.title ?? t('行动方案')}
      sub={
        p && (
          <Space wrap>
            <StatusTag status={p.status} />
            {p.docNumber && <span>{p.docNumber}</span>}
            <span>{t('共 {n} 项任务', { n: total })}</span>
            <Progress
              percent={total ? Math.round((done / total) * 100) : 0}
              size="small"
              style={{ width: 140, margin: 0 }}
              aria-label={t('完成率')}
            />
          </Space>
        )
      }
      extra={
        <>
          {p && p.status === 'published' && (
            <ReportingScopeSelect planId={id} version={p.version} scope={p.reportingScope} canEdit={has('admin')} onDone={onChanged} />
          )}
          {p && p.status === 'published' && <PeriodsButton planId={id} year={p.planYear} canEdit={has('admin')} />}
          <Button icon={<FileSearchOutlined />} onClick={() => navigate(`/plans/${id}/review`)}>
            {t('对照原文')}
          </Button>
          <Button icon={<DownloadOutlined />} href={csvHref}>
            {t('导出 CSV')}
          </Button>
          {p && board && (
            <PlanExportsButton
              planId={id}
              units={board.units}
              published={p.status === 'published'}
              canImport={has('admin') || has('liaison')}
            />
          )}
        </>
      }
    />
  );
}
