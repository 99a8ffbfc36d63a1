import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate, Route, RouterProvider, Routes, useLocation } from 'react-router-dom';
import { I18nProvider, useI18n } from './i18n/i18n.js';
import { AuthProvider, isOffice, useAuth } from './auth/auth.js';

// Each page is its own chunk. The chunk for the address being opened is requested at start-up, in parallel with the
// session check, instead of after it.
const loaders = {
  dashboard: () => import('./pages/dashboard/dashboard-page.js'),
  plans: () => import('./pages/plans/plans-page.js'),
  import: () => import('./pages/plans/import-page.js'),
  review: () => import('./pages/plans/review-page.js'),
  plan: () => import('./pages/plan/plan-page.js'),
  task: () => import('./pages/task/task-page.js'),
  inbox: () => import('./pages/inbox/inbox-page.js'),
  reports: () => import('./pages/reports/reports-page.js'),
  supervision: () => import('./pages/supervision/supervision-page.js'),
  bulletins: () => import('./pages/bulletins/bulletins-page.js'),
  assessment: () => import('./pages/assessment/assessment-page.js'),
  units: () => import('./pages/admin/units-page.js'),
  users: () => import('./pages/admin/users-page.js'),
  audit: () => import('./pages/admin/audit-page.js'),
  delivery: () => import('./pages/admin/delivery-page.js'),
  account: () => import('./pages/account-page.js'),
};
const preload: [RegExp, keyof typeof loaders][] = [
  [/^\/dashboard/, 'dashboard'],
  [/^\/plans\/import/, 'import'],
  [/^\/plans\/[^/]+\/review/, 'review'],
  [/^\/plans\/[^/]+/, 'plan'],
  [/^\/plans/, 'plans'],
  [/^\/tasks\//, 'task'],
  [/^\/inbox/, 'inbox'],
  [/^\/reports/, 'reports'],
  [/^\/supervision/, 'supervision'],
  [/^\/bulletins/, 'bulletins'],
  [/^\/assessment/, 'assessment'],
];
const first = preload.find(([re]) => re.test(window.location.pathname));
if (first) void loaders[first[1]]();

const DashboardPage = lazy(loaders.dashboard);
const PlansPage = lazy(loaders.plans);
const ImportPage = lazy(loaders.import);
const ReviewPage = lazy(loaders.review);
const PlanPage = lazy(loaders.plan);
const TaskPage = lazy(loaders.task);
const InboxPage = lazy(loaders.inbox);
const ReportsPage = lazy(loaders.reports);
const SupervisionPage = lazy(loaders.supervision);
const BulletinsPage = lazy(loaders.bulletins);
const AssessmentPage = lazy(loaders.assessment);
const UnitsPage = lazy(loaders.units);
const UsersPage = lazy(loaders.users);
const AuditPage = lazy(loaders.audit);
const DeliveryPage = lazy(loaders.delivery);
const AccountPage = lazy(loaders.account);
// The sign-in page and the signed-in frame (menu, header, antd's App holders) are chunks of their own: each loads
// only where it is drawn, and the one the address needs is requested at start-up, in parallel with the session check.
const loadSignedIn = () => import('./layout/signed-in.js');
const loadLogin = () => import('./pages/login.js');
const SignedIn = lazy(loadSignedIn);
const LoginPage = lazy(() =>
  Promise.all([loadLogin(), import('./layout/themed.js')]).then(([{ LoginPage: Login }, { Themed }]) => ({
    default: () => (
      <Themed>
        <Login />
      </Themed>
    ),
  })),
);
if (window.location.pathname.startsWith('/login')) void loadLogin();
else void loadSignedIn();

/** While the session or a chunk loads: the same plain mark as index.html's, so nothing jumps and no antd is needed. */
function Loading() {
  const { t } = useI18n();
  return (
    <div className="duban-loading" role="status">
      <span className="duban-loading-mark" aria-hidden>
        督
      </span>
      <p>{t('健康行动督办平台')}</p>
    </div>
  );
}

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return children;
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
            <SignedIn />
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
        <Route path="bulletins" element={<BulletinsPage />} />
        <Route path="assessment" element={<AssessmentPage />} />
        <Route path="admin/units" element={<UnitsPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/audit" element={<AuditPage />} />
        <Route path="admin/delivery" element={<DeliveryPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

// A data router (one splat route around the route table) so pages can guard unsaved edits with useBlocker.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <Suspense fallback={<Loading />}>
        <Routed />
      </Suspense>
    ),
  },
]);

/**
 * The whole web app: language, session and routes. The sign-in page, the signed-in frame (with antd's theme) and
 * every page are loaded on demand.
 */
export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </I18nProvider>
  );
}
