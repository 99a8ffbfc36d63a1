import { useEffect, useState } from 'react';
import { Button, DatePicker, Drawer, Form, Input, Popconfirm, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { call } from '../../api/call.js';
import type { ApiResponse } from '../../api/types.js';
import { useAction } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';

type BulletinView = ApiResponse<'GET /api/bulletins/:id'>;
type BulletinTextBlocks = BulletinView['data']['blocks'];

/** The text blocks in the order they appear in the document, with their labels and how many lines to show. */
export const BLOCK_FIELDS: [keyof BulletinTextBlocks, string, number][] = [
  ['header', '发文机关标志（红头）', 1],
  ['title', '标题', 1],
  ['addressee', '主送机关', 1],
  ['opening', '开头', 4],
  ['praise', '工作成效', 4],
  ['problems', '存在的问题', 4],
  ['requirements', '下步工作要求', 4],
  ['issuer', '署名', 1],
];

/** Text areas for the eight text blocks of a bulletin or its template. */
export function BlockFields({ placeholders }: { placeholders?: string[] }) {
  const { t } = useI18n();
  return (
    <>
      {placeholders && (
        <p className="duban-muted">
          {t('可用占位符')}：
          {placeholders.map((p) => (
            <Tag key={p}>{`{{${p}}}`}</Tag>
          ))}
        </p>
      )}
      {BLOCK_FIELDS.map(([key, label, rows]) => (
        <Form.Item key={key} name={['blocks', key]} label={t(label)}>
          {rows === 1 ? <Input aria-label={t(label)} /> : <Input.TextArea rows={rows} aria-label={t(label)} />}
        </Form.Item>
      ))}
    </>
  );
}

/** Edit a draft's text blocks, serial and date; save, download a preview, and issue it. */
export function BulletinEditor({
  bulletin,
  onClose,
  onChanged,
}: {
  bulletin: BulletinView | null;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const [current, setCurrent] = useState<BulletinView | null>(bulletin);
  const { busy, run } = useAction();
  useEffect(() => {
    setCurrent(bulletin);
    if (bulletin)
      form.setFieldsValue({ blocks: bulletin.data.blocks, serial: bulletin.data.serial ?? '', date: dayjs(bulletin.data.date) });
  }, [bulletin, form]);

  const save = async (): Promise<BulletinView | null> => {
    if (!current) return null;
    const v = await form.validateFields();
    const body = { version: current.version, blocks: v.blocks, serial: v.serial || null, date: v.date.format('YYYY-MM-DD') };
    const saved = await run(() => call('PATCH /api/bulletins/:id', { params: { id: current.id }, body }), t('草稿已保存'));
    if (!saved) return null;
    setCurrent(saved);
    onChanged();
    return saved;
  };
  const issue = async () => {
    const saved = await save();
    if (!saved) return;
    if (
      !(await run(
        () => call('POST /api/bulletins/:id/issue', { params: { id: saved.id }, body: { version: saved.version } }),
        t('通报已印发'),
      ))
    )
      return;
    onChanged();
    onClose();
  };

  return (
    <Drawer
      open={!!bulletin}
      onClose={onClose}
      width={720}
      title={t('编辑情况通报')}
      extra={
        <Space>
          <Button href={current ? `/api/bulletins/${current.id}/file` : undefined}>{t('预览 .docx')}</Button>
          <Button onClick={save} loading={busy}>
            {t('保存草稿')}
          </Button>
          <Popconfirm title={t('印发后不能再修改，确定印发？')} onConfirm={issue} okText={t('印发')} cancelText={t('取消')}>
            <Button type="primary">{t('印发')}</Button>
          </Popconfirm>
        </Space>
      }
    >
      <Form form={form} layout="vertical">
        <Space size="large">
          <Form.Item name="serial" label={t('期号')}>
            <Input placeholder={t('如：第3期')} aria-label={t('期号')} />
          </Form.Item>
          <Form.Item name="date" label={t('成文日期')} rules={[{ required: true }]}>
            <DatePicker allowClear={false} />
          </Form.Item>
        </Space>
        <BlockFields />
      </Form>
    </Drawer>
  );
}
