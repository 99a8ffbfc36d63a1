import { useState } from 'react';
import { Button, Card, DatePicker, Input, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { api, qs } from '../../api/client.js';
import type { AuditEntry, Page } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';

/** The audit log: who changed what, when and why; filterable, paged on the server, exportable as CSV. */
export default function AuditPage() {
  const { t } = useI18n();
  const [f, setF] = useState<{ actor?: string; action?: string; from?: string; to?: string; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const query = qs(f);
  const log = useApi(`audit${query}`, () => api.get<Page<AuditEntry>>(`/api/audit${query}`));
  return (
    <>
      <PageHead title={t('审计日志')} extra={<Button icon={<DownloadOutlined />} href={`/api/audit${qs({ ...f, page: undefined, pageSize: undefined, format: 'csv' })}`}>{t('导出 CSV')}</Button>} />
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear placeholder={t('操作人')} aria-label={t('按操作人筛选')} onSearch={(actor) => setF({ ...f, actor: actor || undefined, page: 1 })} style={{ width: 180 }} />
          <Input.Search allowClear placeholder={t('动作')} aria-label={t('按动作筛选')} onSearch={(action) => setF({ ...f, action: action || undefined, page: 1 })} style={{ width: 180 }} />
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
            pagination={{ current: f.page, pageSize: f.pageSize, total: log.data?.total ?? 0, showSizeChanger: true, onChange: (page, pageSize) => setF({ ...f, page, pageSize }) }}
            columns={[
              { title: t('时间'), dataIndex: 'at', width: 150, render: (v: string) => fmtTime(v) },
              { title: t('操作人'), dataIndex: 'actor', width: 120, render: (v, a) => (a as AuditEntry & { actorName?: string }).actorName ?? v ?? '—' },
              { title: t('动作'), dataIndex: 'action', width: 180 },
              { title: t('对象'), render: (_, a) => `${a.entity ?? ''} ${a.entityId ?? ''}` },
              { title: t('理由'), dataIndex: 'reason', render: (v) => v || '—' },
            ]}
          />
        )}
      </Card>
    </>
  );
}
