import { Loadable } from '../../components/common.js';
import { useI18n } from '../../i18n/i18n.js';
import type { SourceDoc } from './review-marks.js';
import { SourceView, type SourceMark } from './source-view.js';
import { useScreens } from '../../layout/use-screens.js';

/** The document text with its marks, beside (or, on a phone, behind) the structured plan. */
export function ReviewSourcePane(props: {
  source: { data: SourceDoc | undefined; loading: boolean; error: string | null; reload: () => void };
  marks: SourceMark[];
  active: string | null;
  onPick: (ref: string) => void;
}) {
  const { t } = useI18n();
  const screens = useScreens();
  const { source } = props;
  const legend: [string, string, string][] = [
    ['任务', '#e6eefb', '#8fb1e8'],
    ['单位', '#e3f4e6', '#5ba565'],
    ['时限', '#fdebd3', '#e08a00'],
    ['指标', '#f3e5f5', '#9c5fb5'],
  ];
  return (
    <Loadable loading={source.loading} error={source.error} reload={source.reload}>
      <div className="duban-legend" style={{ marginBottom: 8 }} aria-hidden>
        {legend.map(([label, background, border]) => (
          <span key={label}>
            <i style={{ background, border: `1px solid ${border}` }} />
            {t(label)}
          </span>
        ))}
      </div>
      {/* Focusable, so the keyboard can scroll the document text (the marks inside are not all tab stops). */}
      <div
        className="duban-scroll-pane"
        tabIndex={0}
        role="region"
        aria-label={t('原文')}
        style={{ maxHeight: screens.lg ? 'calc(100vh - 290px)' : 480, overflow: 'auto' }}
      >
        <SourceView text={source.data?.text ?? ''} marks={props.marks} active={props.active} onPick={props.onPick} label={t('原文')} />
      </div>
    </Loadable>
  );
}
