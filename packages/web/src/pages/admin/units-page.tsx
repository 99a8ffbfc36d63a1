import { useMemo, useState } from 'react';
import { App, Button, Card, Form, Grid, Input, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { DeleteOutlined, EditOutlined, MergeCellsOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { ApiError } from '../../api/client.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { ApiInput, Unit } from '../../api/types.js';
import { Loadable, PageHead } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';

type UnitKind = NonNullable<ApiInput<'POST /api/units'>['body']['kind']>;
const KINDS: Record<UnitKind, string> = { department: '部门', district: '区县（镇街）', group: '领导小组/议事机构', other: '其他' };
const isKind = (k: string): k is UnitKind => k in KINDS;

interface UnitValues {
  name: string;
  shortName?: string;
  kind?: UnitKind;
  aliases?: string[];
  active?: boolean;
}

/** The unit directory: canonical names, aliases, merging duplicates, deleting units created by mistake. */
export default function UnitsPage() {
  const { t } = useI18n();
  const { modal } = App.useApp();
  const units = useApiQuery('GET /api/units', {});
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [merging, setMerging] = useState<Unit | null>(null);
  // On a phone the table keeps two columns (the unit with its details, the actions as icons) instead of scrolling sideways.
  const phone = !Grid.useBreakpoint().md;
  const [into, setInto] = useState<string | null>(null);
  const { busy, run } = useAction();
  const [form] = Form.useForm<UnitValues>();
  const all = useMemo(() => units.data ?? [], [units.data]);
  const shown = useMemo(() => all.filter((u) => !q || u.name.includes(q) || (u.aliases ?? []).some((a) => a.includes(q))), [all, q]);

  const open = (u: Unit | 'new') => {
    setEditing(u);
    form.setFieldsValue(
      u === 'new'
        ? { name: '', shortName: '', kind: 'department', aliases: [], active: true }
        : {
            name: u.name,
            shortName: u.shortName ?? '',
            kind: isKind(u.kind) ? u.kind : undefined,
            aliases: u.aliases ?? [],
            active: u.active !== false,
          },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(async () => {
      if (editing === 'new') return call('POST /api/units', { body: v });
      if (editing)
        return call('PATCH /api/units/:id', {
          params: { id: editing.id },
          body: { ...v, shortName: v.shortName || null, version: editing.version },
        });
    }, t('已保存'));
    if (saved) setEditing(null);
  };
  const merge = async () => {
    if (!merging || !into) return;
    const merged = await run(() => call('POST /api/units/:id/merge', { params: { id: merging.id }, body: { intoId: into } }), t('已合并'));
    if (!merged) return;
    setMerging(null);
    setInto(null);
  };

  // Only a unit nothing refers to can be deleted; the server says what still uses it, and merging is offered instead.
  const remove = (u: Unit) =>
    run(
      () => call('DELETE /api/units/:id', { params: { id: u.id } }),
      t('已删除'),
      (e) => {
        if (!(e instanceof ApiError && e.id === 'unit.in_use')) return false;
        modal.confirm({
          title: t('无法删除单位'),
          content: e.message,
          okText: t('合并到其他单位'),
          cancelText: t('关闭'),
          onOk: () => setMerging(u),
        });
        return true;
      },
    );

  return (
    <>
      <PageHead
        title={t('单位管理')}
        sub={t('维护规范单位名称和别名，导入方案时据此识别责任单位')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('新建单位')}
          </Button>
        }
      />
      <Card size="small">
        <Input.Search
          allowClear
          placeholder={t('搜索单位名称或别名')}
          aria-label={t('搜索单位名称或别名')}
          onSearch={setQ}
          onChange={(e) => !e.target.value && setQ('')}
          style={{ maxWidth: 320, marginBottom: 12 }}
        />
        <Loadable loading={units.loading && !units.data} error={units.error} reload={units.reload}>
          <Table<Unit>
            rowKey="id"
            size="small"
            dataSource={shown}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            scroll={phone ? undefined : { x: 840 }}
            columns={[
              {
                title: t('单位名称'),
                dataIndex: 'name',
                render: (v: string, u) => (
                  <>
                    {v}
                    {u.active === false && <Tag style={{ marginLeft: 6 }}>{t('已停用')}</Tag>}
                    {phone && (
                      <div className="duban-muted" style={{ fontSize: 12 }}>
                        {[t(isKind(u.kind) ? KINDS[u.kind] : u.kind), ...(u.aliases ?? [])].join(' · ')}
                      </div>
                    )}
                  </>
                ),
              },
              { title: t('简称'), dataIndex: 'shortName', width: 120, responsive: ['md'], render: (v) => v || '—' },
              {
                title: t('别名'),
                dataIndex: 'aliases',
                responsive: ['md'],
                render: (v?: string[]) => (v?.length ? v.map((a) => <Tag key={a}>{a}</Tag>) : '—'),
              },
              { title: t('类别'), dataIndex: 'kind', width: 110, responsive: ['md'], render: (v: string) => t(isKind(v) ? KINDS[v] : v) },
              {
                title: t('操作'),
                width: phone ? 112 : 230,
                render: (_, u) => (
                  <Space size={phone ? 4 : 8} wrap={phone}>
                    <Button size="small" icon={<EditOutlined />} aria-label={t('编辑单位 {n}', { n: u.name })} onClick={() => open(u)} />
                    <Button size="small" icon={<MergeCellsOutlined />} aria-label={t('合并')} onClick={() => setMerging(u)}>
                      {!phone && t('合并')}
                    </Button>
                    <Popconfirm
                      title={t('删除单位“{n}”？', { n: u.name })}
                      description={t('仅能删除误建且未被任何任务、指标、用户或报送使用的单位')}
                      okText={t('删除')}
                      cancelText={t('取消')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => remove(u)}
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('删除单位 {n}', { n: u.name })}>
                        {!phone && t('删除')}
                      </Button>
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </Loadable>
      </Card>
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('新建单位') : t('编辑单位')}
        okText={t('保存')}
        cancelText={t('取消')}
        confirmLoading={busy}
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('单位名称')} rules={[{ required: true, message: t('请填写单位名称') }]}>
            <Input />
          </Form.Item>
          <Form.Item name="shortName" label={t('简称')}>
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('类别')}>
            <Select options={Object.entries(KINDS).map(([value, label]) => ({ value, label: t(label) }))} />
          </Form.Item>
          <Form.Item name="aliases" label={t('别名（文件中的其他写法）')}>
            <Select mode="tags" open={false} placeholder={t('输入后回车')} />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('启用')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={!!merging}
        title={t('合并单位')}
        okText={t('合并')}
        cancelText={t('取消')}
        okButtonProps={{ disabled: !into, danger: true }}
        confirmLoading={busy}
        onOk={merge}
        onCancel={() => setMerging(null)}
        destroyOnHidden
      >
        <p>{t('将“{n}”的任务分工和别名并入：', { n: merging?.name ?? '' })}</p>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ width: '100%' }}
          aria-label={t('合并到的单位')}
          value={into}
          onChange={setInto}
          options={all.filter((u) => u.id !== merging?.id).map((u) => ({ value: u.id, label: u.name }))}
        />
      </Modal>
    </>
  );
}
