import { lazy, Suspense, useEffect } from 'react';
import { App as AntApp, Spin } from 'antd';
import { useAuth } from '../auth/auth.js';
import { AppLayout } from './app-layout.js';
import { Themed } from './themed.js';

const ForcePasswordPage = lazy(() => import('../pages/force-password-page.js'));
// The password prompt brings antd's Form (and its validator) along: it loads once the signed-in frame is up.
const ReauthPrompt = lazy(() => import('../auth/reauth-prompt.js').then((m) => ({ default: m.ReauthPrompt })));

/**
 * Everything a signed-in session draws, as one chunk the entry loads on demand (the sign-in page needs none of it):
 * antd's theme, antd's App (the message, notification and modal holders pages use through App.useApp), the frame, the password
 * prompt, or the forced password change when the account must replace its password first.
 */
export default function SignedIn() {
  const { mustChangePassword } = useAuth();
  // The stylesheets of antd's message, notification and confirm holders (App.useApp): 60 KB of CSS no page draws
  // with at first, so they come once the frame is up instead of holding up its first paint.
  useEffect(() => {
    const load = () =>
      void Promise.all([import('virtual:antd/Message.css'), import('virtual:antd/Notification.css'), import('virtual:antd/Modal.css')]);
    const idle = window.requestIdleCallback?.(load, { timeout: 2000 });
    if (idle === undefined) setTimeout(load, 500);
    return () => (idle === undefined ? undefined : window.cancelIdleCallback(idle));
  }, []);
  return (
    <Themed>
      <AntApp>
        {mustChangePassword ? (
          // A generated or administrator-set password is replaced before anything else (the API refuses other calls).
          <Suspense
            fallback={
              <div style={{ padding: 80, textAlign: 'center' }}>
                <Spin size="large" />
              </div>
            }
          >
            <ForcePasswordPage />
          </Suspense>
        ) : (
          <>
            <AppLayout />
            <Suspense fallback={null}>
              <ReauthPrompt />
            </Suspense>
          </>
        )}
      </AntApp>
    </Themed>
  );
}
