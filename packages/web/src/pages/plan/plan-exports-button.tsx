import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n.js';

// The dialog (antd's Descriptions, Upload, Select) loads on the first click, not with the plan page.
const PlanExportsDialog = lazy(() => import('./plan-exports-dialog.js'));

/** What the exports dialog needs to know about the plan. */
export interface ExportsProps {
  planId: string;
  units: { unitId: string | null; name: string }[];
  published: boolean;
  canImport: boolean;
}

/**
 * The plan's official exports: a button opening the dialog with 任务清单 (.xlsx), and per period the 进展情况汇总表, the
 * indicator values sheet (export, and import once filled in) and a unit's 述职 pack.
 */
export function PlanExportsButton(props: ExportsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        {t('导出报表')}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <PlanExportsDialog {...props} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
