import { useState } from 'react';
import { App, Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { batchWrites, call } from '../../api/call.js';
import { useAction, useApiQuery } from '../../api/query.js';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

function FixRow({ name, count, onResolve }: { name: string; count: number; onResolve: (pairs: { name: string; unit: Unit }[]) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState(name);
  const suggestions = useApiQuery('GET /api/units/suggest', { query: { name: q } });
  const options = (suggestions.data ?? []).map((s) => s.unit);
  const { busy, run } = useAction();
  const { message } = App.useApp();
  const search = (text: string) => {
    if (text) setQ(text);
  };
  const create = async () => {
    const unit = await run(() => call('POST /api/units', { body: { name } }));
    if (!unit) return;
    void message.success(t('已新建单位“{n}”', { n: unit.name }));
    onResolve([{ name, unit }]);
  };
  return (
    <Space wrap>
      <Select
        showSearch
        style={{ width: 220, maxWidth: '100%' }}
        placeholder={t('选择规范单位名称')}
        aria-label={t('为“{n}”选择规范单位', { n: name })}
        filterOption={false}
        onSearch={search}
        options={options.map((u) => ({ value: u.id, label: u.name }))}
        onChange={(id: string) => {
          const u = options.find((o) => o.id === id);
          if (u) onResolve([{ name, unit: u }]);
        }}
        loading={suggestions.loading}
        notFoundContent={suggestions.error ?? t('目录中没有相近的单位')}
      />
      <Button icon={<PlusOutlined />} loading={busy} onClick={create}>
        {t('新建单位')}
      </Button>
      <span className="duban-muted">{t('涉及 {n} 项任务', { n: count })}</span>
    </Space>
  );
}

/** A unit the directory already has under this exact name, alias or former name (null when none). */
async function exactMatch(name: string): Promise<Unit | null> {
  const [top] = await call('GET /api/units/suggest', { query: { name } });
  return top && top.match !== 'similar' ? top.unit : null;
}

/**
 * Units named in the document that are not yet in the directory, each with suggested canonical names.
 * `onResolve` receives every name mapped by one action at once; `onBusy` tells the page while units are
 * being created, so publishing is not offered half-way.
 */
export function UnitFixer({
  unmatched,
  onResolve,
  onBusy,
}: {
  unmatched: { name: string; count: number }[];
  onResolve: (pairs: { name: string; unit: Unit }[]) => void;
  onBusy?: (busy: boolean) => void;
}) {
  const { t } = useI18n();
  const { busy, run } = useAction();
  const { message } = App.useApp();
  // A new plan from a new office usually names many units the directory has never seen: add them all at once —
  // but a name the directory already has (exactly, as alias or former name) is mapped to it, not created twice.
  const createAll = async () => {
    onBusy?.(true);
    const pairs: { name: string; unit: Unit }[] = [];
    let created = 0;
    // One refetch of the screen at the end, not one per unit created (see batchWrites).
    const done = await run(() =>
      batchWrites(async () => {
        for (const u of unmatched) {
          const existing = await exactMatch(u.name);
          if (existing) pairs.push({ name: u.name, unit: existing });
          else {
            pairs.push({ name: u.name, unit: await call('POST /api/units', { body: { name: u.name } }) });
            created++;
          }
        }
        return true;
      }),
    );
    if (done) void message.success(t('已对应 {a} 个单位，其中新建 {b} 个', { a: pairs.length, b: created }));
    // Whatever was mapped before a failure is kept, in one update.
    if (pairs.length) onResolve(pairs);
    onBusy?.(false);
  };
  return (
    <>
      {unmatched.length > 0 && (
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, flexWrap: 'wrap', marginBottom: 8 }}>
          <span className="duban-muted">{t('以下单位名称未在单位目录中找到：选择对应的规范名称，或新建为单位')}</span>
          <Button loading={busy} onClick={createAll}>
            {t('其余 {n} 个全部新建', { n: unmatched.length })}
          </Button>
        </div>
      )}
      <Table
        rowKey="name"
        size="small"
        pagination={false}
        dataSource={unmatched}
        locale={{ emptyText: t('所有单位均已对应到单位目录') }}
        columns={[
          {
            title: t('文中写法'),
            dataIndex: 'name',
            width: '34%',
            render: (v: string) => (
              <Tag color="warning" style={{ whiteSpace: 'normal' }}>
                {v}
              </Tag>
            ),
          },
          { title: t('对应到'), render: (_, r) => <FixRow name={r.name} count={r.count} onResolve={onResolve} /> },
        ]}
      />
    </>
  );
}
