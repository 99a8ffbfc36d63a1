import { Alert, Switch } from 'antd';
import { useI18n } from '../../i18n/i18n.js';
import { attentionLabels, type AttentionReason } from './review-attention.js';

/** The review's worklist line: how many tasks look wrong and why, with a switch to list only those. */
export function AttentionFilter({
  attention,
  on,
  onChange,
}: {
  attention: ReadonlyMap<string, AttentionReason[]>;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  const { t } = useI18n();
  if (attention.size === 0) return null;
  const counts = new Map<AttentionReason, number>();
  for (const reasons of attention.values()) for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  const summary = (Object.keys(attentionLabels) as AttentionReason[])
    .filter((r) => counts.get(r))
    .map((r) => `${t(attentionLabels[r])} ${counts.get(r)}`)
    .join('，');
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      title={t('{n} 项任务需要核对：{s}', { n: attention.size, s: summary })}
      action={
        <label style={{ display: 'flex', gap: 6, alignItems: 'center', whiteSpace: 'nowrap' }}>
          <Switch size="small" checked={on} onChange={onChange} aria-label={t('只看需要核对的任务')} />
          {t('只看这些')}
        </label>
      }
    />
  );
}
