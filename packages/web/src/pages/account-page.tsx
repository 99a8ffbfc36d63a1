import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Form, Input, Row, Tag } from 'antd';
import { api, errorMessage } from '../api/client.js';
import { useAuth } from '../auth/auth.js';
import { PageHead } from '../components/common.js';
import { useI18n } from '../i18n/i18n.js';

const ROLE_LABELS: Record<string, string> = { admin: '办公室管理员', leader: '领导', liaison: '单位联络员', viewer: '只读用户' };

/** My account: who I am, my roles and unit, and changing my password. */
export default function AccountPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { user, roles } = useAuth();
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ oldPassword: string; newPassword: string; confirm: string }>();
  const submit = async (v: { oldPassword: string; newPassword: string }) => {
    setBusy(true);
    try {
      await api.post('/api/auth/password', { oldPassword: v.oldPassword, newPassword: v.newPassword });
      message.success(t('密码已修改'));
      form.resetFields();
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageHead title={t('账户')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('基本信息')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('用户名')}>{user?.username}</Descriptions.Item>
              <Descriptions.Item label={t('姓名')}>{user?.displayName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('角色')}>{roles.map((r) => <Tag key={r}>{t(ROLE_LABELS[r] ?? r)}</Tag>)}</Descriptions.Item>
              <Descriptions.Item label={t('所属单位')}>{user?.unitName ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('修改密码')}>
            <Form form={form} layout="vertical" onFinish={submit}>
              <Form.Item name="oldPassword" label={t('当前密码')} rules={[{ required: true, message: t('请输入当前密码') }]}>
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item name="newPassword" label={t('新密码')} rules={[{ required: true, message: t('请输入新密码') }, { min: 8, message: t('密码至少 8 位') }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item
                name="confirm"
                label={t('确认新密码')}
                dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('请再次输入新密码') },
                  ({ getFieldValue }) => ({ validator: async (_, v) => { if (v && v !== getFieldValue('newPassword')) throw new Error(t('两次输入的密码不一致')); } }),
                ]}
              >
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>
                {t('修改密码')}
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
    </>
  );
}
