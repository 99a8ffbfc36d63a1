import { App, Button, Form, Input, Typography } from 'antd';
import { call } from '../api/call.js';
import { useAction } from '../api/query.js';
import { useAuth } from '../auth/auth.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Changing one's own password. The server then ends every session of the account (this one too) and revokes its
 * API tokens, so on success the app returns to the sign-in page.
 */
export function PasswordChangeForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { signedOut } = useAuth();
  const { busy, run } = useAction();
  const [form] = Form.useForm<{ oldPassword: string; newPassword: string; confirm: string }>();
  const submit = async (v: { oldPassword: string; newPassword: string }) => {
    const body = { oldPassword: v.oldPassword, newPassword: v.newPassword };
    if (!(await run(() => call('POST /api/auth/password', { body })))) return;
    form.resetFields();
    // antd's message holder belongs to the signed-in frame, which signing out removes: the note is shown first.
    await message.success(t('密码已修改，请用新密码重新登录'), 1.5);
    signedOut();
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="oldPassword" label={t('当前密码')} rules={[{ required: true, message: t('请输入当前密码') }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('新密码')}
        extra={
          <Typography.Text type="secondary">
            {t('至少 10 位，包含小写字母、大写字母、数字、符号中的至少三类，不能与用户名或最近 5 次的密码相同')}
          </Typography.Text>
        }
        rules={[
          { required: true, message: t('请输入新密码') },
          { min: 10, message: t('密码至少 10 位') },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('确认新密码')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('请再次输入新密码') },
          ({ getFieldValue }) => ({
            validator: async (_, v) => {
              if (v && v !== getFieldValue('newPassword')) throw new Error(t('两次输入的密码不一致'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('修改密码')}
      </Button>
    </Form>
  );
}
