import { useEffect } from 'react';
import { Checkbox, Form, Input, InputNumber, Modal, Select, Switch } from 'antd';
import { call } from '../../api/call.js';
import type { ApiResponse } from '../../api/types.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';

type DeliveryChannelView = ApiResponse<'GET /api/delivery/channels'>[number];

interface Values {
  name: string;
  kind: 'dingtalk' | 'wecom' | 'email';
  jurisdictionId: string | null;
  enabled: boolean;
  allowPrivate: boolean;
  url?: string;
  secret?: string;
  host?: string;
  port?: number;
  secure?: boolean;
  user?: string;
  password?: string;
  from?: string;
}

/** The settings the API takes for a kind; empty secret fields are left out so the stored ones stay. */
function configOf(v: Values) {
  const opt = (s: string | undefined) => (s ? s : undefined);
  if (v.kind === 'email')
    return {
      kind: v.kind,
      host: v.host ?? '',
      port: v.port ?? 25,
      secure: v.secure ?? false,
      user: opt(v.user),
      password: opt(v.password),
      from: v.from ?? '',
    };
  if (v.kind === 'dingtalk') return { kind: v.kind, url: opt(v.url), secret: opt(v.secret) };
  return { kind: v.kind, url: opt(v.url) };
}

/** Adds or edits a channel. Secrets are never shown: leave a secret field empty to keep the stored value. */
export function ChannelForm({
  editing,
  open,
  onClose,
  onSaved,
}: {
  editing: DeliveryChannelView | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const { run } = useAction();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const jurisdictions = useApiQuery('GET /api/jurisdictions', open ? {} : null);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (editing) {
      const c = editing.config;
      form.setFieldsValue({
        name: editing.name,
        kind: editing.kind,
        jurisdictionId: editing.jurisdictionId,
        enabled: editing.enabled,
        allowPrivate: editing.allowPrivate,
        host: c.host as string | undefined,
        port: c.port as number | undefined,
        secure: c.secure as boolean | undefined,
        user: c.user as string | undefined,
        from: c.from as string | undefined,
      });
    } else form.setFieldsValue({ kind: 'dingtalk', jurisdictionId: null, enabled: true, allowPrivate: false, port: 465, secure: true });
  }, [open, editing, form]);
  const save = async () => {
    const v = await form.validateFields();
    const body = { name: v.name, jurisdictionId: v.jurisdictionId, enabled: v.enabled, allowPrivate: v.allowPrivate, config: configOf(v) };
    const saved = await run(
      () =>
        editing
          ? call('PATCH /api/delivery/channels/:id', { params: { id: editing.id }, body })
          : call('POST /api/delivery/channels', { body }),
      t('已保存'),
    );
    if (saved) onSaved();
  };
  const keep = editing ? t('留空则保持原值') : undefined;
  return (
    <Modal
      open={open}
      title={editing ? t('编辑推送通道') : t('新增推送通道')}
      onCancel={onClose}
      onOk={() => void save()}
      okText={t('保存')}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="name" label={t('名称')} rules={[{ required: true, message: t('请填写名称') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('类型')}>
          <Select
            disabled={Boolean(editing)}
            options={[
              { value: 'dingtalk', label: t('钉钉机器人') },
              { value: 'wecom', label: t('企业微信机器人') },
              { value: 'email', label: t('邮件（SMTP）') },
            ]}
          />
        </Form.Item>
        <Form.Item name="jurisdictionId" label={t('适用行政区划')}>
          <Select
            options={[{ value: null, label: t('全部') }, ...(jurisdictions.data ?? []).map((j) => ({ value: j.id, label: j.name }))]}
          />
        </Form.Item>
        {kind !== 'email' ? (
          <>
            <Form.Item
              name="url"
              label={t('Webhook 地址')}
              extra={keep ?? editing?.config.url?.toString()}
              rules={editing ? [] : [{ required: true, message: t('请填写 Webhook 地址') }]}
            >
              <Input.Password visibilityToggle={false} autoComplete="off" placeholder="https://" />
            </Form.Item>
            {kind === 'dingtalk' && (
              <Form.Item name="secret" label={t('加签密钥（SEC 开头，可选）')} extra={keep}>
                <Input.Password visibilityToggle={false} autoComplete="off" />
              </Form.Item>
            )}
          </>
        ) : (
          <>
            <Form.Item name="host" label={t('SMTP 服务器')} rules={[{ required: true, message: t('请填写 SMTP 服务器') }]}>
              <Input />
            </Form.Item>
            <Form.Item name="port" label={t('端口')}>
              <InputNumber min={1} max={65535} />
            </Form.Item>
            <Form.Item name="secure" valuePropName="checked">
              <Checkbox>{t('使用 SSL/TLS 连接（465 端口）')}</Checkbox>
            </Form.Item>
            <Form.Item name="user" label={t('用户名')}>
              <Input autoComplete="off" />
            </Form.Item>
            <Form.Item name="password" label={t('密码')} extra={keep}>
              <Input.Password visibilityToggle={false} autoComplete="new-password" />
            </Form.Item>
            <Form.Item name="from" label={t('发件人')} rules={[{ required: true, message: t('请填写发件人地址') }]}>
              <Input placeholder="duban@example.gov.cn" />
            </Form.Item>
          </>
        )}
        <Form.Item name="enabled" label={t('启用')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="allowPrivate" valuePropName="checked" extra={t('仅用于内网网关或测试：允许 http 和内网、本机地址')}>
          <Checkbox>{t('允许内网地址')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
