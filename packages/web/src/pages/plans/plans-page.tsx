import { Link, useNavigate } from 'react-router-dom';
import { Button, Card, Popconfirm, Space, Table } from 'antd';
import { ImportOutlined, ReloadOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Plan } from '../../api/types.js';
import { Loadable, PageHead, StatusTag } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate } from '../../util.js';
import { useScreens } from '../../layout/use-screens.js';

/** All plans: drafts awaiting review and published plans. */
export default function PlansPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const plans = useApiQuery('GET /api/plans', { query: { pageSize: 200 } });
  const items = plans.data?.items ?? [];
  const { run } = useAction();
  // On a phone: the plan (with status and task count under it) and its actions, no sideways scrolling.
  const phone = !useScreens().md;
  const remove = (p: Plan) => run(() => call('DELETE /api/plans/:id', { params: { id: p.id } }), t('草稿已删除'));
  return (
    <>
      <PageHead
        title={t('行动方案')}
        sub={t('导入行动方案文件，审核任务分解后发布')}
        extra={
          <>
            <Button icon={<ReloadOutlined />} onClick={plans.reload} aria-label={t('刷新')} />
            <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
              {t('导入方案')}
            </Button>
          </>
        }
      />
      <Card>
        <Loadable loading={plans.loading && !plans.data} error={plans.error} reload={plans.reload}>
          <Table<Plan>
            rowKey="id"
            dataSource={items}
            pagination={false}
            scroll={phone ? undefined : { x: 720 }}
            locale={{ emptyText: t('还没有行动方案，点击“导入方案”上传文件') }}
            columns={[
              {
                title: t('方案名称'),
                dataIndex: 'title',
                render: (v: string | null, p) => (
                  <>
                    <Link to={p.status === 'draft' ? `/plans/${p.id}/review` : `/plans/${p.id}`}>{v || t('（未命名方案）')}</Link>
                    {phone && (
                      <div style={{ marginTop: 4 }}>
                        <StatusTag status={p.status} />
                        <span className="duban-muted">{t('共 {n} 项任务', { n: p.taskCount })}</span>
                      </div>
                    )}
                  </>
                ),
              },
              { title: t('文号'), dataIndex: 'docNumber', width: 180, responsive: ['md'], render: (v) => v || '—' },
              { title: t('任务数'), dataIndex: 'taskCount', width: 90, align: 'right', responsive: ['md'], render: (v) => v ?? '—' },
              { title: t('状态'), dataIndex: 'status', width: 100, responsive: ['md'], render: (s: string) => <StatusTag status={s} /> },
              { title: t('导入时间'), dataIndex: 'createdAt', width: 130, responsive: ['md'], render: (v?: string) => fmtDate(v) },
              {
                title: t('操作'),
                width: phone ? 96 : 130,
                render: (_, p) =>
                  p.status === 'draft' ? (
                    <Space wrap size={phone ? 4 : 8}>
                      <Link to={`/plans/${p.id}/review`}>{t('审核')}</Link>
                      <Popconfirm
                        title={t('删除这份草稿？')}
                        okText={t('删除')}
                        cancelText={t('取消')}
                        okButtonProps={{ danger: true }}
                        onConfirm={() => remove(p)}
                      >
                        <Button type="link" danger size="small" style={{ padding: 0 }}>
                          {t('删除')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ) : (
                    <Link to={`/plans/${p.id}`}>{t('查看任务')}</Link>
                  ),
              },
            ]}
          />
        </Loadable>
      </Card>
    </>
  );
}
