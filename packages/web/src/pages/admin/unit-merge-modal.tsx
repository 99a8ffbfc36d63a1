import { Modal, Select } from 'antd';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/** The dialog merging one unit (`merging`) into another chosen from the directory. */
export function UnitMergeModal({
  merging,
  units,
  into,
  setInto,
  busy,
  onMerge,
  onCancel,
}: {
  merging: Unit | null;
  units: Unit[];
  into: string | null;
  setInto: (id: string | null) => void;
  busy: boolean;
  onMerge: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={!!merging}
      title={t('合并单位')}
      okText={t('合并')}
      cancelText={t('取消')}
      okButtonProps={{ disabled: !into, danger: true }}
      confirmLoading={busy}
      onOk={onMerge}
      onCancel={onCancel}
      destroyOnHidden
    >
      <p>{t('将“{n}”的任务分工和别名并入：', { n: merging?.name ?? '' })}</p>
      <Select
        showSearch
        optionFilterProp="label"
        style={{ width: '100%' }}
        aria-label={t('合并到的单位')}
        value={into}
        onChange={setInto}
        options={units.filter((u) => u.id !== merging?.id).map((u) => ({ value: u.id, label: u.name }))}
      />
    </Modal>
  );
}
