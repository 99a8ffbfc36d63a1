import { Form, Input, Modal, Select, Switch, type FormInstance } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { KINDS, type UnitValues } from './unit-kinds.js';

/** The dialog creating a unit (`creating`) or editing one: names, category, aliases, and whether it is in use. */
export function UnitEditModal({
  open,
  creating,
  form,
  busy,
  onSave,
  onCancel,
}: {
  open: boolean;
  creating: boolean;
  form: FormInstance<UnitValues>;
  busy: boolean;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={creating ? t('新建单位') : t('编辑单位')}
      okText={t('保存')}
      cancelText={t('取消')}
      confirmLoading={busy}
      onOk={onSave}
      onCancel={onCancel}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item name="name" label={t('单位名称')} rules={[{ required: true, message: t('请填写单位名称') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={t('简称')}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('类别')}>
          <Select options={Object.entries(KINDS).map(([value, label]) => ({ value, label: t(label) }))} />
        </Form.Item>
        <Form.Item name="aliases" label={t('别名（文件中的其他写法）')}>
          <Select mode="tags" open={false} placeholder={t('输入后回车')} />
        </Form.Item>
        {!creating && (
          <Form.Item name="active" label={t('启用')} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
