import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/i18n.js';

/** The task filter's deadline picker: tasks due on or before the chosen day (YYYY-MM-DD). */
export default function DueBeforePicker({ value, onChange }: { value?: string; onChange: (day?: string) => void }) {
  const { t } = useI18n();
  return (
    <DatePicker
      placeholder={t('截止日期之前')}
      aria-label={t('按完成时限筛选')}
      value={value ? dayjs(value) : null}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : undefined)}
    />
  );
}
