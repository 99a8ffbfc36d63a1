import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useAuth } from '../auth/auth.js';
import { PageHead } from '../components/common.js';
import { PasswordChangeForm } from '../components/password-change-form.js';
import { useI18n } from '../i18n/i18n.js';

const ROLE_LABELS: Record<string, string> = { admin: '办公室管理员', leader: '领导', liaison: '单位联络员', viewer: '只读用户' };

/** My account: who I am, my roles and unit, and changing my password. */
export default function AccountPage() {
  const { t } = useI18n();
  const { user, roles } = useAuth();
  return (
    <>
      <PageHead title={t('账户')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('基本信息')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('用户名')}>{user?.username}</Descriptions.Item>
              <Descriptions.Item label={t('姓名')}>{user?.displayName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('角色')}>
                {roles.map((r) => (
                  <Tag key={r}>{t(ROLE_LABELS[r] ?? r)}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('所属单位')}>{user?.unitName ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('修改密码')}>
            <PasswordChangeForm />
          </Card>
        </Col>
      </Row>
    </>
  );
}
