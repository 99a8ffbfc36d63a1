import { Select } from 'antd';
import { call } from '../../api/call.js';
import { useAction } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';

/** Who owes progress reports on a plan: the lead units only (牵头单位汇总报送, the default) or every responsible unit. */
export function ReportingScopeSelect({
  planId,
  version,
  scope,
  canEdit,
  onDone,
}: {
  planId: string;
  version: number;
  scope: 'lead' | 'all';
  canEdit: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { busy, run } = useAction();
  const change = async (reportingScope: 'lead' | 'all') => {
    if (await run(() => call('PATCH /api/plans/:id', { params: { id: planId }, body: { version, reportingScope } }), t('报送方式已修改')))
      onDone();
  };
  return (
    <Select
      value={scope}
      disabled={!canEdit}
      loading={busy}
      onChange={change}
      aria-label={t('报送方式')}
      style={{ minWidth: 170 }}
      options={[
        { value: 'lead', label: t('牵头单位汇总报送') },
        { value: 'all', label: t('各责任单位分别报送') },
      ]}
    />
  );
}

/** The unit that reports an indicator's values (the office assigns it; its liaison is then asked each period). */
export function IndicatorOwnerSelect({
  planId,
  indicatorId,
  ownerId,
  units,
  onDone,
}: {
  planId: string;
  indicatorId: string;
  ownerId: string | null;
  units: { value: string; label: string }[];
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { run } = useAction();
  const change = async (unitId?: string) => {
    const body = { indicatorIds: [indicatorId], unitId: unitId ?? null };
    if (await run(() => call('POST /api/plans/:id/indicator-owners', { params: { id: planId }, body }), t('责任单位已指定'))) onDone();
  };
  return (
    <Select
      allowClear={{ label: t('清除') }}
      showSearch
      optionFilterProp="label"
      placeholder={t('指定责任单位')}
      aria-label={t('责任单位')}
      style={{ minWidth: 180 }}
      value={ownerId ?? undefined}
      onChange={change}
      options={units}
    />
  );
}
