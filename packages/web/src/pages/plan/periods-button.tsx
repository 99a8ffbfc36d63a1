import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n.js';

// The dialog (antd's Table, Form, DatePicker) loads on the first click, not with the plan page.
const PeriodsDialog = lazy(() => import('./periods-dialog.js'));

/** The plan's reporting calendar (报送周期): a button opening the dialog to see or generate the periods. */
export function PeriodsButton({ planId, year, canEdit }: { planId: string; year: number | null; canEdit: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  return (
    <>
      <Button
        icon={<CalendarOutlined />}
        onClick={() => {
          setUsed(true);
          setOpen(true);
        }}
      >
        {t('报送周期')}
      </Button>
      {used && (
        <Suspense fallback={null}>
          <PeriodsDialog planId={planId} year={year} canEdit={canEdit} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
