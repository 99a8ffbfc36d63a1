import { useEffect, useState } from 'react';
import { App, Button, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, errorMessage, qs } from '../../api/client.js';
import type { Unit } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

interface Suggestion {
  unit?: Unit;
  id?: string;
  name?: string;
  score?: number;
}

function asUnits(data: unknown): Unit[] {
  const arr = Array.isArray(data) ? data : ((data as { items?: unknown[] } | null)?.items ?? []);
  return (arr as Suggestion[]).map((s) => s.unit ?? ({ id: s.id!, name: s.name! } as Unit)).filter((u) => u && u.id);
}

function FixRow({ name, count, onResolve }: { name: string; count: number; onResolve: (pairs: { name: string; unit: Unit }[]) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [options, setOptions] = useState<Unit[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    api.get<unknown>(`/api/units/suggest${qs({ name })}`).then(
      (d) => live && setOptions(asUnits(d)),
      () => live && setOptions([]),
    );
    return () => {
      live = false;
    };
  }, [name]);
  const search = (q: string) => {
    if (!q) return;
    api.get<unknown>(`/api/units/suggest${qs({ name: q })}`).then((d) => setOptions(asUnits(d)), () => {});
  };
  const create = async () => {
    setBusy(true);
    try {
      const unit = await api.post<Unit>('/api/units', { name });
      message.success(t('已新建单位“{n}”', { n: unit.name }));
      onResolve([{ name, unit }]);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
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
        notFoundContent={t('目录中没有相近的单位')}
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
  const hits = await api.get<unknown>(`/api/units/suggest${qs({ name })}`);
  const top = (Array.isArray(hits) ? hits : [])[0] as (Suggestion & { match?: string }) | undefined;
  return top?.unit && top.match && top.match !== 'similar' ? top.unit : null;
}

/**
 * Units named in the document that are not yet in the directory, each with suggested canonical names.
 * `onResolve` receives every name mapped by one action at once; `onBusy` tells the page while units are
 * being created, so publishing is not offered half-way.
 */
export function UnitFixer({ unmatched, onResolve, onBusy }: { unmatched: { name: string; count: number }[]; onResolve: (pairs: { name: string; unit: Unit }[]) => void; onBusy?: (busy: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  // A new plan from a new office usually names many units the directory has never seen: add them all at once —
  // but a name the directory already has (exactly, as alias or former name) is mapped to it, not created twice.
  const createAll = async () => {
    setBusy(true);
    onBusy?.(true);
    const pairs: { name: string; unit: Unit }[] = [];
    let created = 0;
    try {
      for (const u of unmatched) {
        const existing = await exactMatch(u.name);
        if (existing) pairs.push({ name: u.name, unit: existing });
        else {
          pairs.push({ name: u.name, unit: await api.post<Unit>('/api/units', { name: u.name }) });
          created++;
        }
      }
      message.success(t('已对应 {a} 个单位，其中新建 {b} 个', { a: pairs.length, b: created }));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      // Whatever was mapped before a failure is kept, in one update.
      if (pairs.length) onResolve(pairs);
      setBusy(false);
      onBusy?.(false);
    }
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
        { title: t('文中写法'), dataIndex: 'name', width: '34%', render: (v: string) => <Tag color="warning" style={{ whiteSpace: 'normal' }}>{v}</Tag> },
        { title: t('对应到'), render: (_, r) => <FixRow name={r.name} count={r.count} onResolve={onResolve} /> },
      ]}
    />
    </>
  );
}
