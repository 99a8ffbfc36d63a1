import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { I18nProvider, useI18n } from './i18n/i18n.js';
import { AuthProvider, isOffice, useAuth } from './auth/auth.js';
import { AppLayout } from './layout/app-layout.js';
import { LoginPage } from './pages/login.js';
import { theme } from './theme.js';

const DashboardPage = lazy(() => import('./pages/dashboard/dashboard-page.js'));
const PlansPage = lazy(() => import('./pages/plans/plans-page.js'));
const ImportPage = lazy(() => import('./pages/plans/import-page.js'));
const ReviewPage = lazy(() => import('./pages/plans/review-page.js'));
const PlanPage = lazy(() => import('./pages/plan/plan-page.js'));
const TaskPage = lazy(() => import('./pages/task/task-page.js'));
const InboxPage = lazy(() => import('./pages/inbox/inbox-page.js'));
const ReportsPage = lazy(() => import('./pages/reports/reports-page.js'));
const SupervisionPage = lazy(() => import('./pages/supervision/supervision-page.js'));
const UnitsPage = lazy(() => import('./pages/admin/units-page.js'));
const UsersPage = lazy(() => import('./pages/admin/users-page.js'));
const AuditPage = lazy(() => import('./pages/admin/audit-page.js'));
const AccountPage = lazy(() => import('./pages/account-page.js'));

function Loading() {
  return (
    <div style={{ padding: 80, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}

function Home() {
  const { roles } = useAuth();
  return <Navigate to={isOffice(roles) ? '/dashboard' : '/inbox'} replace />;
}

function Routed() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<Home />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="plans" element={<PlansPage />} />
        <Route path="plans/import" element={<ImportPage />} />
        <Route path="plans/:id/review" element={<ReviewPage />} />
        <Route path="plans/:id" element={<PlanPage />} />
        <Route path="tasks/:id" element={<TaskPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="supervision" element={<SupervisionPage />} />
        <Route path="admin/units" element={<UnitsPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

function Themed() {
  const { lang } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter>
            <Suspense fallback={<Loading />}>
              <Routed />
            </Suspense>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  );
}

/** The whole web app: language, theme, session and routes; every page but login is loaded on demand. */
export function App() {
  return (
    <I18nProvider>
      <Themed />
    </I18nProvider>
  );
}
