import { lazy, Suspense, useMemo, useRef, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Avatar, Button, Dropdown, Layout, Menu, Spin, Tooltip, type MenuProps } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  TrophyOutlined,
  BankOutlined,
  CloseOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  InboxOutlined,
  LogoutOutlined,
  MenuOutlined,
  NotificationOutlined,
  SettingOutlined,
  TeamOutlined,
  TranslationOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useI18n } from '../i18n/i18n.js';
import { isOffice, useAuth } from '../auth/auth.js';
import { NotificationBell } from './notification-bell.js';
import { FirstScreenDone } from './first-screen-done.js';
import { useFocusHeadingOnNavigate, useKeyboardScrollableTables } from './route-focus.js';
import { useScreens } from './use-screens.js';

const { Sider, Header } = Layout;
// Only phones open the menu in a drawer: its code loads there, not on every first page.
const Drawer = lazy(() => import('antd/es/drawer'));

function Brand({ compact }: { compact?: boolean }) {
  const { t, lang } = useI18n();
  return (
    <div className="duban-brand">
      <span className="duban-brand-mark" aria-hidden>
        督
      </span>
      {!compact && <span>{lang === 'en' ? 'Duban' : t('健康行动督办平台')}</span>}
    </div>
  );
}

/** The signed-in frame: a deep-blue side menu (a drawer on phones), the header with language and account. */
export function AppLayout() {
  const { t, lang, setLang } = useI18n();
  const { user, roles, has, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const screens = useScreens();
  const phone = !screens.md;
  const [collapsed, setCollapsed] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const drawerClose = useRef<HTMLButtonElement>(null);
  const office = isOffice(roles);
  useFocusHeadingOnNavigate();
  useKeyboardScrollableTables();

  const items = useMemo<MenuProps['items']>(() => {
    const list: NonNullable<MenuProps['items']> = [];
    if (office) list.push({ key: '/dashboard', icon: <DashboardOutlined />, label: t('工作台') });
    if (office) list.push({ key: '/plans', icon: <FileTextOutlined />, label: t('行动方案') });
    if (has('liaison') || !office) list.push({ key: '/inbox', icon: <InboxOutlined />, label: t('我的任务') });
    if (office) list.push({ key: '/reports', icon: <FileDoneOutlined />, label: t('报送审核') });
    list.push({ key: '/supervision', icon: <AlertOutlined />, label: office ? t('督办管理') : t('督办单') });
    list.push({ key: '/assessment', icon: <TrophyOutlined />, label: t('考核评估') });
    list.push({ key: '/bulletins', icon: <NotificationOutlined />, label: t('情况通报') });
    if (has('admin'))
      list.push({
        key: 'admin',
        icon: <SettingOutlined />,
        label: t('系统管理'),
        children: [
          { key: '/admin/units', icon: <BankOutlined />, label: t('单位管理') },
          { key: '/admin/users', icon: <TeamOutlined />, label: t('用户管理') },
          { key: '/admin/audit', icon: <AuditOutlined />, label: t('审计日志') },
          { key: '/admin/delivery', icon: <NotificationOutlined />, label: t('消息推送') },
        ],
      });
    return list;
  }, [office, has, t]);

  const selected = [
    '/dashboard',
    '/plans',
    '/inbox',
    '/reports',
    '/supervision',
    '/assessment',
    '/bulletins',
    '/admin/units',
    '/admin/users',
    '/admin/audit',
    '/admin/delivery',
    '/account',
  ].find((k) => location.pathname.startsWith(k) || (k === '/plans' && location.pathname.startsWith('/tasks')));
  const menu = (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={location.pathname.startsWith('/admin') ? ['admin'] : []}
      onClick={({ key }) => {
        setDrawer(false);
        navigate(key);
      }}
    />
  );

  const userMenu: MenuProps = {
    items: [
      { key: 'account', icon: <UserOutlined />, label: t('账户') },
      { type: 'divider' },
      { key: 'logout', icon: <LogoutOutlined />, label: t('退出登录') },
    ],
    onClick: ({ key }) => {
      if (key === 'account') navigate('/account');
      else void logout().then(() => navigate('/login'));
    },
  };

  const name = user?.displayName || user?.username || '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a
        className="duban-skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('跳到主要内容')}
      </a>
      {phone ? (
        <Suspense fallback={null}>
          <Drawer
            placement="left"
            open={drawer}
            onClose={() => setDrawer(false)}
            size={240}
            styles={{ body: { padding: 0, background: '#0f2d5c' }, header: { display: 'none' } }}
          >
            <Brand />
            <Button
              ref={drawerClose}
              type="text"
              icon={<CloseOutlined />}
              aria-label={t('收起菜单')}
              onClick={() => setDrawer(false)}
              className="duban-drawer-close"
            />
            <nav aria-label={t('主菜单')}>{menu}</nav>
            {/* Tab past the menu would leave the page (the drawer is the last thing in it) and land on nothing:
                this stop sends focus round to the first control of the drawer instead. */}
            <span tabIndex={0} onFocus={() => drawerClose.current?.focus()} />
          </Drawer>
        </Suspense>
      ) : (
        <Sider
          width={220}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
        >
          <Brand compact={collapsed} />
          <nav aria-label={t('主菜单')}>{menu}</nav>
        </Sider>
      )}
      <Layout>
        <Header className="duban-header">
          {phone && <Button type="text" icon={<MenuOutlined />} aria-label={t('展开菜单')} onClick={() => setDrawer(true)} />}
          <div className="duban-header-title">{phone ? t('督办') : (user?.unitName ?? t('健康行动督办平台'))}</div>
          {/* Notifications are addressed to units: the office and leaders would see (and mark read) every unit's. */}
          {has('liaison') && <NotificationBell />}
          {/* The accessible names start with the visible text (WCAG 2.5.3): "EN 切换语言", "<name> 账户". */}
          <Tooltip title={t('切换语言')}>
            <Button
              type="text"
              icon={<TranslationOutlined />}
              aria-label={`${lang === 'zh' ? 'EN' : '中文'} ${t('切换语言')}`}
              onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
            >
              <span lang={lang === 'zh' ? 'en' : 'zh-CN'}>{lang === 'zh' ? 'EN' : '中文'}</span>
            </Button>
          </Tooltip>
          <Dropdown menu={userMenu} trigger={['click']}>
            <Button
              type="text"
              aria-label={phone ? t('账户') : `${name} ${t('账户')}`}
              style={{ display: 'flex', alignItems: 'center', gap: 8 }}
            >
              <Avatar size="small" style={{ background: '#1f4e9c' }} icon={<UserOutlined />} />
              {!phone && <span>{name}</span>}
            </Button>
          </Dropdown>
        </Header>
        {/* antd's Content is itself a <main>: one main landmark, ours, which the skip link and route focus use. */}
        <div className="ant-layout-content" style={{ flex: 'auto', minHeight: 0 }}>
          <main className="duban-content" id="main" tabIndex={-1}>
            <Suspense
              fallback={
                <div style={{ padding: 60, textAlign: 'center' }}>
                  <Spin />
                </div>
              }
            >
              <Outlet />
              <FirstScreenDone />
            </Suspense>
          </main>
        </div>
      </Layout>
    </Layout>
  );
}
