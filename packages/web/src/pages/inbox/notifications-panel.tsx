import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, Button, Card, List, Space, Tag } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';

import { NOTIFICATION_KINDS as kindTag } from './notification-kinds.js';
import { unreadNotifications } from '../../api/first-queries.js';

/** The unit's in-app notifications (adjusted tasks, 批示, returned reports, 督办单, deadlines, scores); hidden when there are none. */
export function NotificationsPanel() {
  const { t } = useI18n();
  const [all, setAll] = useState(false);
  const list = useApiQuery('GET /api/notifications', all ? { query: {} } : unreadNotifications()[1]);
  const { run } = useAction();
  const d = list.data;
  if (!d || (d.items.length === 0 && !all)) return null;
  const read = (body: { ids?: string[]; all?: boolean }) => run(() => call('POST /api/notifications/read', { body }));
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space>
          <BellOutlined />
          <span>{t('通知')}</span>
          <Badge count={d.unread} />
        </Space>
      }
      extra={
        <Space wrap size={4}>
          <Button size="small" type="link" onClick={() => setAll(!all)}>
            {all ? t('只看未读') : t('查看全部')}
          </Button>
          {d.unread > 0 && (
            <Button size="small" onClick={() => void read({ all: true })}>
              {t('全部标为已读')}
            </Button>
          )}
        </Space>
      }
    >
      <List
        size="small"
        dataSource={d.items}
        locale={{ emptyText: t('没有通知') }}
        renderItem={(n) => {
          const [label, colour] = kindTag[n.kind] ?? [n.kind, 'default'];
          return (
            <List.Item key={n.id} style={{ opacity: n.read ? 0.65 : 1 }}>
              <div style={{ minWidth: 0 }}>
                <Space wrap size={4}>
                  <Tag color={colour}>{t(label)}</Tag>
                  {n.unitName && <span className="duban-muted">{n.unitName}</span>}
                  <span className="duban-muted">{fmtTime(n.createdAt)}</span>
                </Space>
                <div style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>
                  {n.link ? (
                    <Link to={n.link} onClick={() => !n.read && void read({ ids: [n.id] })}>
                      {n.text}
                    </Link>
                  ) : (
                    n.text
                  )}
                </div>
                {!n.read && (
                  <Button size="small" type="link" style={{ paddingInline: 0 }} onClick={() => void read({ ids: [n.id] })}>
                    {t('标为已读')}
                  </Button>
                )}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
