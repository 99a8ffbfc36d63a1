import { List, Space, Tag } from 'antd';
import type { NotificationList } from '@duban/core';
import { useI18n } from '../i18n/i18n.js';
import { NOTIFICATION_KINDS } from '../pages/inbox/notification-kinds.js';
import { fmtTime } from '../util.js';

/**
 * The bell's list of unread notifications. A chunk of its own, loaded when the bell is opened: antd's List brings
 * its pagination and that its page-size Select, which no first page needs.
 */
export default function NotificationItems({
  items,
  onPick,
}: {
  items: NotificationList['items'];
  onPick: (n: NotificationList['items'][number]) => void;
}) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={items}
      locale={{ emptyText: t('没有未读通知') }}
      renderItem={(n) => {
        const [label, colour] = NOTIFICATION_KINDS[n.kind] ?? [n.kind, 'default'];
        return (
          <List.Item key={n.id} style={{ cursor: 'pointer', display: 'block' }} onClick={() => onPick(n)}>
            <Space size={4} wrap>
              <Tag color={colour}>{t(label)}</Tag>
              <span className="duban-muted">{fmtTime(n.createdAt)}</span>
            </Space>
            <div style={{ marginTop: 4 }}>{n.text}</div>
          </List.Item>
        );
      }}
    />
  );
}
