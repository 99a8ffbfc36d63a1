import { useLayoutEffect } from 'react';
import { Alert, Button, Card } from 'antd';
import { dismissFirstScreen } from '../first-screen/handoff.js';
import { useAuth } from '../auth/auth.js';
import { PasswordChangeForm } from '../components/password-change-form.js';
import { useI18n } from '../i18n/i18n.js';

/** Shown instead of the app while the account must replace a generated or administrator-set password. */
export default function ForcePasswordPage() {
  const { t } = useI18n();
  const { user, logout } = useAuth();
  useLayoutEffect(dismissFirstScreen, []);
  return (
    <div style={{ maxWidth: 440, margin: '64px auto', padding: '0 16px' }}>
      <Card
        title={t('请先修改初始密码')}
        extra={
          <Button type="link" onClick={() => void logout()}>
            {t('退出登录')}
          </Button>
        }
      >
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('账号 {u} 的密码由系统生成或管理员设置，修改后才能继续使用', { u: user?.username ?? '' })}
        />
        <PasswordChangeForm />
      </Card>
    </div>
  );
}
