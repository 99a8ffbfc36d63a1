import { useState } from 'react';
import { Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { ApiInput, ApiResponse } from '../../api/types.js';
import { PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';
import { NOTIFICATION_KINDS } from '../inbox/notification-kinds.js';
import { ChannelForm } from './channel-form.js';

type DeliveryChannelView = ApiResponse<'GET /api/delivery/channels'>[number];
type DeliveryView = ApiResponse<'GET /api/delivery/log'>['items'][number];
type LogQuery = NonNullable<ApiInput<'GET /api/delivery/log'>['query']>;

const KIND_LABELS: Record<string, string> = { dingtalk: '钉钉机器人', wecom: '企业微信机器人', email: '邮件（SMTP）' };
const STATUS: Record<string, [string, string]> = {
  pending: ['待发送', 'blue'],
  sending: ['发送中', 'processing'],
  sent: ['已发送', 'green'],
  failed: ['发送失败', 'red'],
};

/** Outbound notifications: the channels of each jurisdiction (with a test send) and the delivery log (with retries). */
export default function DeliveryPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<DeliveryChannelView | null | undefined>(undefined);
  const [testTo, setTestTo] = useState('');
  const [f, setF] = useState<LogQuery>({ page: 1, pageSize: 20 });
  const channels = useApiQuery('GET /api/delivery/channels', {});
  const log = useApiQuery('GET /api/delivery/log', { query: f });
  const { run } = useAction();
  const act = (fn: () => Promise<unknown>, done: string) => run(fn, t(done));
  return (
    <>
      <PageHead
        title={t('消息推送')}
        sub={t('站内通知同时经钉钉、企业微信群机器人或邮件发出；发送在后台进行，失败自动重试。')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('新增推送通道')}
          </Button>
        }
      />
      <Card size="small" title={t('推送通道')} style={{ marginBottom: 12 }}>
        {channels.error && <Typography.Text type="danger">{channels.error}</Typography.Text>}
        <Table<DeliveryChannelView>
          rowKey="id"
          size="small"
          loading={channels.loading}
          dataSource={channels.data ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('还没有推送通道') }}
          columns={[
            { title: t('名称'), dataIndex: 'name', width: 160 },
            { title: t('类型'), dataIndex: 'kind', width: 130, render: (k: string) => t(KIND_LABELS[k] ?? k) },
            { title: t('适用行政区划'), dataIndex: 'jurisdictionName', width: 130, render: (v: string | null) => v ?? t('全部') },
            {
              title: t('目标'),
              ellipsis: true,
              render: (_, c) => (
                <span className="duban-muted">
                  {String(c.config.url ?? `${String(c.config.host ?? '')}:${String(c.config.port ?? '')}`)}
                </span>
              ),
            },
            {
              title: t('状态'),
              width: 150,
              render: (_, c) => (
                <Space size={4}>
                  {c.enabled ? <Tag color="green">{t('启用')}</Tag> : <Tag>{t('停用')}</Tag>}
                  {c.allowPrivate && <Tag color="orange">{t('允许内网')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('操作'),
              width: 300,
              render: (_, c) => (
                <Space size={4} wrap>
                  <Button size="small" onClick={() => setEditing(c)}>
                    {t('编辑')}
                  </Button>
                  {c.kind === 'email' ? (
                    <Space.Compact size="small">
                      <Input
                        size="small"
                        style={{ width: 140 }}
                        placeholder={t('收件地址')}
                        aria-label={t('测试收件地址')}
                        value={testTo}
                        onChange={(e) => setTestTo(e.target.value)}
                      />
                      <Button
                        size="small"
                        onClick={() =>
                          void act(
                            () => call('POST /api/delivery/channels/:id/test', { params: { id: c.id }, body: { to: testTo } }),
                            '测试消息已进入发送队列',
                          )
                        }
                      >
                        {t('测试发送')}
                      </Button>
                    </Space.Compact>
                  ) : (
                    <Button
                      size="small"
                      onClick={() =>
                        void act(
                          () => call('POST /api/delivery/channels/:id/test', { params: { id: c.id }, body: {} }),
                          '测试消息已进入发送队列',
                        )
                      }
                    >
                      {t('测试发送')}
                    </Button>
                  )}
                  <Popconfirm
                    title={t('删除通道及其待发消息？')}
                    onConfirm={() => void act(() => call('DELETE /api/delivery/channels/:id', { params: { id: c.id } }), '已删除')}
                  >
                    <Button size="small" danger>
                      {t('删除')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t('投递记录')}
        extra={
          <Space>
            <Select
              allowClear
              placeholder={t('按状态筛选')}
              aria-label={t('按状态筛选')}
              style={{ width: 140 }}
              onChange={(status?: LogQuery['status']) => setF({ ...f, status, page: 1 })}
              options={Object.entries(STATUS).map(([value, [label]]) => ({ value, label: t(label) }))}
            />
            <Button icon={<ReloadOutlined />} aria-label={t('刷新')} onClick={log.reload} />
          </Space>
        }
      >
        {log.error ? (
          <Typography.Text type="danger">{log.error}</Typography.Text>
        ) : (
          <Table<DeliveryView>
            rowKey="id"
            size="small"
            loading={log.loading}
            dataSource={log.data?.items ?? []}
            scroll={{ x: 1000 }}
            pagination={{
              current: f.page,
              pageSize: f.pageSize,
              total: log.data?.total ?? 0,
              onChange: (page, pageSize) => setF({ ...f, page, pageSize }),
            }}
            columns={[
              { title: t('时间'), dataIndex: 'createdAt', width: 150, render: (v: string) => fmtTime(v) },
              { title: t('通道'), dataIndex: 'channelName', width: 140, render: (v: string | null) => v ?? '—' },
              {
                title: t('消息'),
                render: (_, r) => (
                  <>
                    {t(NOTIFICATION_KINDS[r.eventKind]?.[0] ?? r.title)}
                    {r.recipient && <span className="duban-muted"> → {r.recipient}</span>}
                  </>
                ),
              },
              {
                title: t('状态'),
                dataIndex: 'status',
                width: 100,
                render: (s: string) => <Tag color={STATUS[s]?.[1]}>{t(STATUS[s]?.[0] ?? s)}</Tag>,
              },
              { title: t('尝试次数'), width: 90, render: (_, r) => `${r.attempts}/${r.maxAttempts}` },
              { title: t('下次尝试'), dataIndex: 'nextAttemptAt', width: 150, render: (v: string | null) => (v ? fmtTime(v) : '—') },
              {
                title: t('最后错误'),
                dataIndex: 'lastError',
                render: (v: string | null) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : '—'),
              },
              {
                title: t('操作'),
                width: 80,
                render: (_, r) =>
                  r.status === 'failed' && (
                    <Button
                      size="small"
                      onClick={() =>
                        void act(() => call('POST /api/delivery/log/:id/retry', { params: { id: r.id }, body: {} }), '已重新排队')
                      }
                    >
                      {t('重试')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Card>
      <ChannelForm
        editing={editing ?? null}
        open={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => setEditing(undefined)}
      />
    </>
  );
}
