import { Button, List, Space, Tag } from 'antd';
import type { Diagnostic, PlanDetail, Task } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';
import { IndicatorSections } from '../plan/indicator-sections.js';

/**
 * The indicators read from the document, by section; a click shows one in the source. The office can assign the unit
 * that reports each one, or a whole section at once, before publishing.
 */
export function IndicatorPanel({
  planId,
  indicators,
  units,
  onDone,
  onJump,
}: {
  planId: string;
  indicators: PlanDetail['indicators'];
  units: { value: string; label: string }[] | null;
  onDone: () => void;
  onJump: (ref: string) => void;
}) {
  const { t } = useI18n();
  return (
    <IndicatorSections
      planId={planId}
      indicators={indicators}
      units={units}
      onDone={onDone}
      onJump={(ind) => onJump(`ind-${ind.id}`)}
      emptyText={t('未识别到量化指标')}
    />
  );
}

/** What the extraction was unsure about, each linked to the task around its line. */
export function DiagnosticsPanel({
  diagnostics,
  tasks,
  onJump,
}: {
  diagnostics: Diagnostic[];
  tasks: Task[];
  onJump: (ref: string) => void;
}) {
  const { t } = useI18n();
  return (
    <List
      size="small"
      dataSource={diagnostics}
      locale={{ emptyText: t('没有发现问题') }}
      renderItem={(d) => (
        <List.Item>
          <Space align="start">
            <Tag color={d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'default'}>
              {t(d.severity === 'error' ? '错误' : d.severity === 'warning' ? '警告' : '提示')}
            </Tag>
            <span>{d.message}</span>
            {d.source && (
              <Button
                size="small"
                type="link"
                onClick={() => {
                  const task = tasks.find((x) => x.source && x.source.start <= d.source!.start && x.source.end >= d.source!.start);
                  if (task) onJump(task.id);
                }}
              >
                {t('第 {n} 行', { n: d.source.line ?? '' })}
              </Button>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}
