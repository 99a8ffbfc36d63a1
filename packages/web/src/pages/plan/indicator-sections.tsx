import { useMemo, type ReactNode } from 'react';
import { App, List, Select, Space, Typography } from 'antd';
import type { IndicatorView } from '@duban/core';
import { call } from '../../api/call.js';
import { useAction } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import { fmtTarget } from '../../util.js';
import { ItemMeta } from '../../components/item-meta.js';
import { IndicatorOwnerSelect } from './plan-reporting-controls.js';

type IndicatorRow = Pick<
  IndicatorView,
  'id' | 'name' | 'target' | 'unit' | 'comparator' | 'baseline' | 'due' | 'leadUnitId' | 'section'
> & { latest?: number | null };
type UnitOption = { value: string; label: string };

/** Indicators grouped by the heading they were read under, in document order. */
export function groupBySection<T extends { section: string | null }>(
  indicators: readonly T[],
  none: string,
): { section: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const ind of indicators) {
    const key = ind.section ?? none;
    groups.set(key, [...(groups.get(key) ?? []), ind]);
  }
  return [...groups].map(([section, items]) => ({ section, items }));
}

/**
 * A plan's indicators by section. With `units` (the office), each section has a select that assigns one owner to all
 * of its indicators at once, and each indicator its own; the owner's liaison is then asked for every period's value.
 */
export function IndicatorSections<T extends IndicatorRow>({
  planId,
  indicators,
  units,
  onDone,
  onJump,
  extra,
  emptyText,
}: {
  planId: string;
  indicators: readonly T[];
  units: UnitOption[] | null;
  onDone: () => void;
  onJump?: (ind: T) => void;
  extra?: (ind: T) => ReactNode;
  emptyText: string;
}) {
  const { t } = useI18n();
  const groups = useMemo(() => groupBySection(indicators, t('未归入章节')), [indicators, t]);
  if (indicators.length === 0) return <List dataSource={[]} locale={{ emptyText }} />;
  return (
    <>
      {groups.map((g) => (
        <section key={g.section} aria-label={g.section} style={{ marginBottom: 12 }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between', padding: '8px 0', borderBottom: '1px solid #e5e7eb' }}>
            <Typography.Text strong>
              {g.section}{' '}
              <span className="duban-muted">
                {t('（{n} 项，已指定 {k} 项）', { n: g.items.length, k: g.items.filter((i) => i.leadUnitId).length })}
              </span>
            </Typography.Text>
            {units && (
              <SectionOwnerSelect
                planId={planId}
                section={g.section}
                indicatorIds={g.items.map((i) => i.id)}
                units={units}
                onDone={onDone}
              />
            )}
          </Space>
          <List
            size="small"
            dataSource={g.items}
            renderItem={(ind) => (
              <List.Item style={onJump ? { cursor: 'pointer' } : undefined} onClick={onJump ? () => onJump(ind) : undefined}>
                <ItemMeta
                  title={ind.name}
                  description={`${t('目标')} ${fmtTarget(ind)}${ind.baseline != null ? ` · ${t('基线')} ${ind.baseline}${ind.unit}` : ''}${ind.latest != null ? ` · ${t('最新值')} ${ind.latest}${ind.unit}` : ''}${ind.due ? ` · ${ind.due}` : ''}`}
                />
                {/* The selects must not also jump to the source when used. */}
                <span onClick={(e) => e.stopPropagation()} style={{ display: 'contents' }}>
                  {units && (
                    <IndicatorOwnerSelect planId={planId} indicatorId={ind.id} ownerId={ind.leadUnitId} units={units} onDone={onDone} />
                  )}
                  {extra?.(ind)}
                </span>
              </List.Item>
            )}
          />
        </section>
      ))}
    </>
  );
}

/** Assigns one owner to every indicator of a section. */
function SectionOwnerSelect({
  planId,
  section,
  indicatorIds,
  units,
  onDone,
}: {
  planId: string;
  section: string;
  indicatorIds: string[];
  units: UnitOption[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { busy, run } = useAction();
  const assign = async (unitId: string) => {
    const r = await run(() => call('POST /api/plans/:id/indicator-owners', { params: { id: planId }, body: { indicatorIds, unitId } }));
    if (!r) return;
    void message.success(t('已为本节 {n} 项指标指定责任单位', { n: r.updated }));
    onDone();
  };
  return (
    <Select
      showSearch
      optionFilterProp="label"
      value={null}
      loading={busy}
      placeholder={t('本节全部指定为…')}
      aria-label={t('为“{s}”的全部指标指定责任单位', { s: section })}
      style={{ minWidth: 200 }}
      onChange={(v: string) => void assign(v)}
      options={units}
    />
  );
}
