import { useEffect, useRef, useState } from 'react';
import { Form, Input, Modal } from 'antd';
import { call } from '../api/call.js';
import { errorMessage, setReauthHandler } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Asks for the password again when the server wants a recent password entry (administering users or tokens), then
 * lets the client retry the request. Mounted once for the signed-in app.
 */
export function ReauthPrompt() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ password: string }>();
  const pending = useRef<((ok: boolean) => void) | null>(null);

  useEffect(() => {
    setReauthHandler(
      () =>
        new Promise<boolean>((resolve) => {
          pending.current = resolve;
          setError(null);
          setOpen(true);
        }),
    );
    return () => setReauthHandler(null);
  }, []);

  const finish = (ok: boolean) => {
    pending.current?.(ok);
    pending.current = null;
    setOpen(false);
  };
  const confirm = async () => {
    const { password } = await form.validateFields();
    setBusy(true);
    try {
      await call('POST /api/auth/reauth', { body: { password } });
      finish(true);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('请再次输入密码确认身份')}
      okText={t('确认')}
      cancelText={t('取消')}
      confirmLoading={busy}
      onOk={confirm}
      onCancel={() => finish(false)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={confirm}>
        <Form.Item
          name="password"
          label={t('密码')}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
          rules={[{ required: true, message: t('请输入密码') }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
