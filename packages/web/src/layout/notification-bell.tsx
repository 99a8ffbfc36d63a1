import { lazy, Suspense, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Badge, Button, Popover, Space, Spin, Tooltip } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { call } from '../api/call.js';
import { useAction, useApiQuery } from '../api/query.js';
import { useI18n } from '../i18n/i18n.js';
import { bellNotifications } from '../api/first-queries.js';

const NotificationItems = lazy(() => import('./notification-list.js'));

/** How often the unread count is refreshed while the app is open. */
const REFRESH_MS = 60_000;

/** The header's bell: the unread count, and the latest unread notifications in a popover (the inbox keeps the full list). */
export function NotificationBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const list = useApiQuery(...bellNotifications());
  const { run } = useAction();
  const { reload } = list;
  useEffect(() => {
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);
  const d = list.data;
  const read = (body: { ids?: string[]; all?: boolean }) => run(() => call('POST /api/notifications/read', { body }));
  const content = (
    <div style={{ width: 340, maxWidth: '80vw' }}>
      {open && (
        <Suspense fallback={<Spin size="small" />}>
          <NotificationItems
            items={d?.items ?? []}
            onPick={(n) => {
              void read({ ids: [n.id] });
              setOpen(false);
              if (n.link) navigate(n.link);
            }}
          />
        </Suspense>
      )}
      <Space style={{ marginTop: 8, justifyContent: 'space-between', width: '100%' }}>
        <Button
          size="small"
          type="link"
          onClick={() => {
            setOpen(false);
            navigate('/inbox');
          }}
        >
          {t('查看全部')}
        </Button>
        {(d?.unread ?? 0) > 0 && (
          <Button size="small" onClick={() => void read({ all: true })}>
            {t('全部标为已读')}
          </Button>
        )}
      </Space>
    </div>
  );
  return (
    <Popover
      content={content}
      title={t('通知')}
      trigger="click"
      open={open}
      onOpenChange={(v) => (setOpen(v), v && reload())}
      placement="bottomRight"
    >
      <Tooltip title={t('通知')}>
        <Button type="text" aria-label={t('通知（{n} 条未读）', { n: d?.unread ?? 0 })} data-testid="notification-bell">
          <Badge count={d?.unread ?? 0} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        </Button>
      </Tooltip>
    </Popover>
  );
}
