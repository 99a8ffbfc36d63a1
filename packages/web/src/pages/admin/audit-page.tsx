import { useState } from 'react';
import { Button, Card, DatePicker, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { qs } from '../../api/client.js';
import { useApiQuery } from '../../api/query.js';
import type { AuditEntry } from '../../api/types.js';
import { PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';

const ENTITIES: Record<string, string> = {
  plan: '方案',
  task: '任务',
  unit: '单位',
  user: '用户',
  indicator: '指标',
  report: '报送',
  notice: '督办单',
  period: '报送周期',
  session: '登录',
  delivery_channel: '推送通道',
  delivery: '推送消息',
};

/** The audit log: who changed what, when and why; filterable, paged on the server, exportable as CSV. */
export default function AuditPage() {
  const { t } = useI18n();
  const [f, setF] = useState<{ user?: string; entity?: string; from?: string; to?: string; page: number; pageSize: number }>({
    page: 1,
    pageSize: 20,
  });
  const users = useApiQuery('GET /api/users', {});
  const log = useApiQuery('GET /api/audit', { query: f });
  return (
    <>
      <PageHead
        title={t('审计日志')}
        extra={
          <Button icon={<DownloadOutlined />} href={`/api/audit${qs({ ...f, page: undefined, pageSize: undefined, format: 'csv' })}`}>
            {t('导出 CSV')}
          </Button>
        }
      />
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear={{ label: t('清除') }}
            showSearch
            optionFilterProp="label"
            placeholder={t('操作人')}
            aria-label={t('按操作人筛选')}
            onChange={(user?: string) => setF({ ...f, user, page: 1 })}
            style={{ width: 180 }}
            options={(users.data ?? []).map((u) => ({
              value: u.id,
              label: u.displayName ? `${u.displayName}（${u.username}）` : u.username,
            }))}
          />
          <Select
            allowClear={{ label: t('清除') }}
            placeholder={t('对象类型')}
            aria-label={t('按对象类型筛选')}
            onChange={(entity?: string) => setF({ ...f, entity, page: 1 })}
            style={{ width: 150 }}
            options={Object.entries(ENTITIES).map(([value, label]) => ({ value, label: t(label) }))}
          />
          <DatePicker.RangePicker
            aria-label={t('按时间筛选')}
            onChange={(r) => setF({ ...f, from: r?.[0]?.format('YYYY-MM-DD'), to: r?.[1]?.format('YYYY-MM-DD'), page: 1 })}
          />
        </Space>
        {log.error ? (
          <Typography.Text type="danger">{log.error}</Typography.Text>
        ) : (
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            loading={log.loading}
            dataSource={log.data?.items ?? []}
            scroll={{ x: 800 }}
            pagination={{
              current: f.page,
              pageSize: f.pageSize,
              total: log.data?.total ?? 0,
              showSizeChanger: true,
              onChange: (page, pageSize) => setF({ ...f, page, pageSize }),
            }}
            columns={[
              { title: t('时间'), dataIndex: 'at', width: 150, render: (v: string) => fmtTime(v) },
              { title: t('操作人'), dataIndex: 'actor', width: 120, render: (v) => v ?? '—' },
              { title: t('动作'), dataIndex: 'actionLabel', width: 140, render: (v: string) => t(v) },
              {
                title: t('对象'),
                render: (_, a) => (
                  <>
                    {t(a.entityLabel)} {a.objectName ?? ''}
                  </>
                ),
              },
              { title: t('理由'), dataIndex: 'reason', render: (v) => v || '—' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
