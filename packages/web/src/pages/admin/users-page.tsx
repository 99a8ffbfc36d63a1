import { useState } from 'react';
import { Button, Card, Form, Input, Modal, Select, Switch, Table, Tag } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Role, User } from '../../api/types.js';
import { Loadable, PageHead } from '../../components/common.js';
import { isRole } from '../../auth/auth.js';
import { useI18n } from '../../i18n/i18n.js';
import { useScreens } from '../../layout/use-screens.js';

const ROLE_LABELS: Record<Role, string> = { admin: '办公室管理员', leader: '领导', liaison: '单位联络员', viewer: '只读用户' };

interface UserValues {
  username: string;
  displayName?: string;
  email?: string;
  password?: string;
  roles: Role[];
  unitId?: string;
  active?: boolean;
}

/** User accounts: roles (admin / office / leader / liaison) and the unit a liaison reports for. */
export default function UsersPage() {
  const { t } = useI18n();
  const users = useApiQuery('GET /api/users', {});
  const units = useApiQuery('GET /api/units', {});
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const { busy, run } = useAction();
  const [form] = Form.useForm<UserValues>();
  const unitName = new Map((units.data ?? []).map((u) => [u.id, u.name]));

  const open = (u: User | 'new') => {
    setEditing(u);
    form.setFieldsValue(
      u === 'new'
        ? { username: '', displayName: '', email: '', password: '', roles: ['liaison'], unitId: undefined, active: true }
        : {
            username: u.username,
            displayName: u.displayName ?? '',
            email: u.email ?? '',
            password: '',
            roles: u.roles.map((r) => r.role).filter(isRole),
            unitId: u.unitId ?? undefined,
            active: u.active !== false,
          },
    );
  };
  const save = async () => {
    const v = await form.validateFields();
    const saved = await run(async () => {
      if (v.roles.includes('liaison') && !v.unitId) throw new Error(t('单位联络员必须选择所属单位'));
      const roles = v.roles.map((role) => ({ role, unitId: role === 'liaison' ? (v.unitId ?? null) : null }));
      const body = { displayName: v.displayName || null, email: v.email?.trim() || null, password: v.password || undefined, roles };
      // The administrator knows the initial password: the user replaces it at first sign-in (also after a reset).
      if (editing === 'new')
        return call('POST /api/users', { body: { ...body, password: v.password ?? '', username: v.username, mustChangePassword: true } });
      if (editing)
        return call('PATCH /api/users/:id', { params: { id: editing.id }, body: { ...body, active: v.active, version: editing.version } });
    }, t('已保存'));
    if (saved) setEditing(null);
  };

  // On a phone: name, unit and state under the user name, the edit button in view, no sideways scrolling.
  const phone = !useScreens().md;
  const unitOf = (u: User) => u.unitName ?? (u.unitId ? unitName.get(u.unitId) : null) ?? '—';
  return (
    <>
      <PageHead
        title={t('用户管理')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
            {t('新建用户')}
          </Button>
        }
      />
      <Card size="small">
        <Loadable loading={users.loading && !users.data} error={users.error} reload={users.reload}>
          <Table<User>
            rowKey="id"
            size="small"
            dataSource={users.data}
            pagination={{ pageSize: 20, showSizeChanger: false }}
            scroll={phone ? undefined : { x: 720 }}
            columns={[
              {
                title: t('用户名'),
                dataIndex: 'username',
                render: (v: string, u) => (
                  <>
                    {v}
                    {phone && (
                      <div className="duban-muted">
                        {[u.displayName, unitOf(u), u.active === false ? t('已停用') : null].filter(Boolean).join(' · ')}
                      </div>
                    )}
                  </>
                ),
              },
              { title: t('姓名'), dataIndex: 'displayName', responsive: ['md'], render: (v) => v || '—' },
              {
                title: t('角色'),
                dataIndex: 'roles',
                render: (r: User['roles']) =>
                  r.map((x) => (
                    <Tag key={x.role} color={x.role === 'admin' ? 'blue' : x.role === 'leader' ? 'purple' : undefined}>
                      {t(isRole(x.role) ? ROLE_LABELS[x.role] : x.role)}
                    </Tag>
                  )),
              },
              { title: t('所属单位'), dataIndex: 'unitId', responsive: ['md'], render: (_: string | null, u) => unitOf(u) },
              {
                title: t('状态'),
                dataIndex: 'active',
                width: 90,
                responsive: ['md'],
                render: (a?: boolean) => (a === false ? <Tag>{t('已停用')}</Tag> : <Tag color="success">{t('正常')}</Tag>),
              },
              {
                title: t('操作'),
                width: phone ? 56 : 80,
                render: (_, u) => (
                  <Button size="small" icon={<EditOutlined />} aria-label={t('编辑用户 {n}', { n: u.username })} onClick={() => open(u)} />
                ),
              },
            ]}
          />
        </Loadable>
      </Card>
      <Modal
        open={!!editing}
        title={editing === 'new' ? t('新建用户') : t('编辑用户')}
        okText={t('保存')}
        cancelText={t('取消')}
        confirmLoading={busy}
        onOk={save}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        forceRender
      >
        <Form form={form} layout="vertical">
          <Form.Item name="username" label={t('用户名')} rules={[{ required: true, message: t('请输入用户名') }]}>
            <Input disabled={editing !== 'new'} autoComplete="off" />
          </Form.Item>
          <Form.Item name="displayName" label={t('姓名')}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={t('邮箱（接收邮件通知）')} rules={[{ type: 'email', message: t('请填写有效的邮箱地址') }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="password"
            label={editing === 'new' ? t('初始密码') : t('重置密码（留空不修改）')}
            rules={
              editing === 'new'
                ? [
                    { required: true, message: t('请输入密码') },
                    { min: 10, message: t('密码至少 10 位') },
                  ]
                : [{ min: 10, message: t('密码至少 10 位') }]
            }
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="roles" label={t('角色')} rules={[{ required: true, message: t('请选择角色') }]}>
            <Select mode="multiple" options={Object.entries(ROLE_LABELS).map(([value, label]) => ({ value, label: t(label) }))} />
          </Form.Item>
          <Form.Item name="unitId" label={t('所属单位（联络员必填）')}>
            <Select
              allowClear={{ label: t('清除') }}
              showSearch
              optionFilterProp="label"
              options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
          {editing !== 'new' && (
            <Form.Item name="active" label={t('启用')} valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
