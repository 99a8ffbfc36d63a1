import { Checkbox, DatePicker, Form, Input } from 'antd';
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

/** The form fields `due` (calendar, several dates allowed) and `ongoing` (持续推进) of a task form. */
export function DueFields() {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="due" label={t('完成时限')}>
        <DueDatesPicker />
      </Form.Item>
      <Form.Item name="ongoing" valuePropName="checked">
        <Checkbox>{t('长期坚持（持续推进）')}</Checkbox>
      </Form.Item>
    </>
  );
}

/** The form field `reason` of a change to a published plan (required when `required`; the units are told). */
export function ReasonField({ required = true }: { required?: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item
      name="reason"
      label={t('调整理由')}
      rules={[{ required, whitespace: true, message: t('请填写调整理由，将通知相关单位并记入审计日志') }]}
    >
      <Input.TextArea autoSize={{ minRows: 2 }} />
    </Form.Item>
  );
}
