import { useLayoutEffect, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useAuth } from '../auth/auth.js';
import { useI18n } from '../i18n/i18n.js';
import { errorMessage } from '../api/client.js';
import { dismissFirstScreen } from '../first-screen/handoff.js';

/** Sign-in page. */
export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useLayoutEffect(dismissFirstScreen, []);
  const next = params.get('next') || '/';

  if (user) return <Navigate to={next} replace />;

  const submit = async (v: { username: string; password: string }) => {
    setBusy(true);
    setError(null);
    try {
      await login(v.username.trim(), v.password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="duban-login">
      {/* A plain panel, not antd's Card: Card brings its tabs (and their dropdown menu) to the sign-in page. */}
      <section className="duban-login-card">
        <div className="duban-login-title">
          <span
            className="duban-brand-mark"
            style={{ width: 48, height: 48, fontSize: 24, background: '#1f4e9c', color: '#fff' }}
            aria-hidden
          >
            督
          </span>
          <h1>{t('健康行动督办平台')}</h1>
          <p>{t('行动方案任务分解 · 进展报送 · 督查督办')}</p>
        </div>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false} size="large">
          <Form.Item name="username" label={t('用户名')} rules={[{ required: true, message: t('请输入用户名') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('密码')} rules={[{ required: true, message: t('请输入密码') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('登录')}
          </Button>
        </Form>
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button type="link" size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}>
            <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{lang === 'zh' ? 'English' : '中文'}</span>
          </Button>
        </div>
      </section>
    </main>
  );
}
