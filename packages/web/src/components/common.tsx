import type { ReactNode } from 'react';
import { Button, Empty, Result, Skeleton, Tag } from 'antd';
import { useI18n } from '../i18n/i18n.js';
import { alertTagColours } from '../theme.js';
import { colourLabels, statusText } from '../display-text.js';

export { colourLabels };

/** A page title with actions on the right. */
export function PageHead({ title, extra, sub }: { title: ReactNode; extra?: ReactNode; sub?: ReactNode }) {
  return (
    <div className="duban-page-head">
      <div style={{ minWidth: 0 }}>
        <h1>{title}</h1>
        {sub && (
          <div className="duban-muted" style={{ marginTop: 4 }}>
            {sub}
          </div>
        )}
      </div>
      {extra && <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>{extra}</div>}
    </div>
  );
}

/** Loading skeleton / error with retry / empty state in one place. */
export function Loadable({
  loading,
  error,
  reload,
  empty,
  children,
}: {
  loading: boolean;
  error: string | null;
  reload?: () => void;
  empty?: boolean | string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (error)
    return (
      <Result status="warning" title={t('加载失败')} subTitle={error} extra={reload && <Button onClick={reload}>{t('重试')}</Button>} />
    );
  if (loading) return <Skeleton active paragraph={{ rows: 6 }} className="duban-page-loading" />;
  if (empty) return <Empty description={typeof empty === 'string' ? empty : t('暂无数据')} />;
  return <>{children}</>;
}

/** 蓝/黄/红 alert tag. */
export function ColourTag({ colour }: { colour?: string | null }) {
  const { t } = useI18n();
  if (!colour) return null;
  const c = alertTagColours[colour];
  return (
    <Tag
      variant="outlined"
      style={{ marginInlineEnd: 0, ...(c ? { color: c.color, background: c.background, borderColor: c.border } : {}) }}
    >
      {t(colourLabels[colour] ?? colour)}
    </Tag>
  );
}

/** Chinese label for a status id. */
export function statusLabel(status: string | null | undefined): string {
  return status ? (statusText[status]?.[0] ?? status) : '';
}

/** A coloured status tag. */
export function StatusTag({ status }: { status?: string | null }) {
  const { t } = useI18n();
  if (!status) return null;
  const [label, color] = statusText[status] ?? [status, 'default'];
  return <Tag color={color}>{t(label)}</Tag>;
}

/** The lead units of a task, joined. */
export function leadNames(units: { name: string; unitName?: string | null; role: string }[] | undefined): string {
  return (units ?? [])
    .filter((u) => u.role === 'lead')
    .map((u) => u.unitName ?? u.name)
    .join('、');
}
