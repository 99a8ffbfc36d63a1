import type { Indicator } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { IndicatorSections } from './indicator-sections.js';
import { IndicatorValueButton } from './indicator-value-button.js';

/**
 * The plan page's 指标 tab: the indicators by section, with their owners and, for the office on a published plan, the
 * button to record a value. A chunk of its own: the tab is not the one a plan opens on.
 */
export default function PlanIndicatorsTab({
  planId,
  indicators,
  units,
  admin,
  published,
  onDone,
}: {
  planId: string;
  indicators: Indicator[];
  units: { id: string; name: string }[];
  admin: boolean;
  published: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  return (
    <IndicatorSections
      planId={planId}
      indicators={indicators}
      units={admin ? units.map((u) => ({ value: u.id, label: u.name })) : null}
      onDone={onDone}
      emptyText={t('该方案没有量化指标')}
      extra={(ind) => published && admin && <IndicatorValueButton indicator={ind} units={units} onDone={onDone} />}
    />
  );
}
