import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import type { ApiResponse } from '../../api/types.js';
import { useAction, useApiQuery } from '../../api/query.js';
import { useAuth } from '../../auth/auth.js';
import { Loadable, PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTime } from '../../util.js';
import { BlockFields, BulletinEditor } from './bulletin-editor.js';

type BulletinItem = ApiResponse<'GET /api/bulletins'>['items'][number];
type BulletinView = ApiResponse<'GET /api/bulletins/:id'>;

function TemplateButton({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ blocks: BulletinView['data']['blocks'] }>();
  const tpl = useApiQuery('GET /api/plans/:id/bulletin-template', open ? { params: { id: planId } } : null);
  const { run } = useAction();
  // Each opening starts from the stored template.
  useEffect(() => {
    if (open && tpl.data) form.setFieldsValue({ blocks: tpl.data.blocks });
  }, [open, tpl.data, form]);
  const save = async () => {
    const body = { blocks: form.getFieldValue('blocks') };
    if (await run(() => call('PUT /api/plans/:id/bulletin-template', { params: { id: planId }, body }), t('模板已保存'))) setOpen(false);
  };
  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen(true)}>
        {t('通报模板')}
      </Button>
      <Modal
        open={open}
        onCancel={() => setOpen(false)}
        onOk={save}
        okText={t('保存')}
        cancelText={t('取消')}
        title={t('情况通报模板')}
        width={720}
      >
        <Loadable loading={tpl.loading} error={tpl.error}>
          <Form form={form} layout="vertical">
            <BlockFields placeholders={tpl.data?.placeholders} />
          </Form>
        </Loadable>
      </Modal>
    </>
  );
}

/** 情况通报: generate a draft from the dashboard's figures for a period, edit its text, issue it; issued bulletins listed with downloads. */
export default function BulletinsPage() {
  const { t } = useI18n();
  const { has } = useAuth();
  const office = has('admin');
  const [params, setParams] = useSearchParams();
  const plans = useApiQuery('GET /api/plans', { query: { pageSize: 200 } });
  const published = (plans.data?.items ?? []).filter((p) => p.status === 'published');
  const planId = params.get('plan') ?? published[0]?.id ?? null;
  const periods = useApiQuery('GET /api/plans/:id/periods', planId ? { params: { id: planId } } : null);
  const list = useApiQuery('GET /api/bulletins', planId ? { query: { plan: planId } } : null);
  const [periodId, setPeriodId] = useState<string | undefined>();
  const [serial, setSerial] = useState('');
  const [editing, setEditing] = useState<BulletinView | null>(null);
  const { busy, run } = useAction();

  const generate = async () => {
    if (!planId || !periodId) return;
    const draft = await run(() =>
      call('POST /api/bulletins', { body: { planId, periodId, ...(serial.trim() ? { serial: serial.trim() } : {}) } }),
    );
    if (draft) setEditing(draft);
  };
  const open = async (id: string) => {
    const bulletin = await run(() => call('GET /api/bulletins/:id', { params: { id } }));
    if (bulletin) setEditing(bulletin);
  };
  const remove = (id: string) => run(() => call('DELETE /api/bulletins/:id', { params: { id } }));

  return (
    <>
      <PageHead
        title={t('情况通报')}
        extra={
          <>
            <Select
              value={planId ?? undefined}
              onChange={(v: string) => setParams({ plan: v })}
              options={published.map((p) => ({ value: p.id, label: p.title ?? p.id }))}
              style={{ minWidth: 260 }}
              aria-label={t('选择行动方案')}
            />
            {office && planId && <TemplateButton planId={planId} />}
          </>
        }
      />
      {office && planId && (
        <Card size="small" title={t('生成通报草稿')} style={{ marginBottom: 16 }}>
          <Space wrap>
            <Select
              placeholder={t('选择报送周期')}
              aria-label={t('报送周期')}
              style={{ minWidth: 200 }}
              value={periodId}
              onChange={setPeriodId}
              loading={periods.loading}
              options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.label }))}
            />
            <Input
              placeholder={t('期号（可选，如：第3期）')}
              aria-label={t('期号')}
              value={serial}
              onChange={(e) => setSerial(e.target.value)}
              style={{ width: 200 }}
            />
            <Button type="primary" icon={<FileAddOutlined />} disabled={!periodId} loading={busy} onClick={generate}>
              {t('按看板数据生成草稿')}
            </Button>
          </Space>
        </Card>
      )}
      <Loadable loading={list.loading && !list.data} error={plans.error ?? list.error} reload={list.reload}>
        <Table<BulletinItem>
          rowKey="id"
          size="middle"
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: t('暂无情况通报') }}
          columns={[
            { title: t('标题'), dataIndex: 'title' },
            { title: t('报送周期'), dataIndex: 'periodLabel', width: 140 },
            {
              title: t('状态'),
              dataIndex: 'status',
              width: 90,
              render: (s: string) => (s === 'issued' ? <Tag color="success">{t('已印发')}</Tag> : <Tag>{t('草稿')}</Tag>),
            },
            { title: t('时间'), width: 170, render: (_: unknown, b) => fmtTime(b.issuedAt ?? b.createdAt) },
            {
              title: t('操作'),
              width: 280,
              render: (_: unknown, b) => (
                <Space wrap>
                  {b.status === 'draft' && office && (
                    <Button size="small" onClick={() => open(b.id)}>
                      {t('编辑')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    href={`/api/bulletins/${b.id}/file`}
                    aria-label={`${t('下载')} ${b.title}`}
                  >
                    .docx
                  </Button>
                  <Button size="small" href={`/api/bulletins/${b.id}/file?format=pdf`}>
                    PDF
                  </Button>
                  {b.status === 'draft' && office && (
                    <Popconfirm title={t('删除此草稿？')} onConfirm={() => remove(b.id)} okText={t('删除')} cancelText={t('取消')}>
                      <Button size="small" danger>
                        {t('删除')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Loadable>
      <BulletinEditor bulletin={editing} onClose={() => setEditing(null)} onChanged={list.reload} />
    </>
  );
}
