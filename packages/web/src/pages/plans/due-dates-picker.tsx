import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useI18n } from '../../i18n/i18n.js';

/** Picks one or more deadline dates ('YYYY-MM-DD' strings) from a calendar; a form control for `due`. */
export function DueDatesPicker({ value, onChange, id }: { value?: string[]; onChange?: (v: string[]) => void; id?: string }) {
  const { t } = useI18n();
  return (
    <DatePicker
      id={id}
      multiple
      allowClear
      style={{ width: '100%' }}
      placeholder={t('选择完成时限（可多选）')}
      aria-label={t('完成时限')}
      value={(value ?? []).map((d) => dayjs(d))}
      onChange={(days: Dayjs[] | Dayjs | null) => {
        const list = Array.isArray(days) ? days : days ? [days] : [];
        onChange?.([...new Set(list.map((d) => d.format('YYYY-MM-DD')))].sort());
      }}
    />
  );
}
