import { Link } from 'react-router-dom';
import { Button, Card, List, Select, Space, Tag } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n.js';
import { fmtDate } from '../../util.js';
import type { Inbox, OwedReport } from './inbox-types.js';
import { ItemMeta } from '../../components/item-meta.js';
import { owedStateText } from '../../display-text.js';

/** Filters of the owed list (sent to GET /api/inbox). */
export interface OwedFilter {
  plan?: string;
  state?: 'open' | 'overdue' | 'missing';
}

/** Owed reports grouped by plan (plan name as the heading), with plan and state filters. */
export function OwedList({
  inbox,
  filter,
  onFilter,
  onReport,
  phone,
}: {
  inbox: Inbox | undefined;
  filter: OwedFilter;
  onFilter: (f: OwedFilter) => void;
  onReport: (slot: OwedReport) => void;
  phone: boolean;
}) {
  const { t } = useI18n();
  const groups = new Map<string, { title: string; items: OwedReport[] }>();
  for (const slot of inbox?.owed ?? []) {
    const g = groups.get(slot.planId) ?? { title: slot.planTitle ?? t('未命名方案'), items: [] };
    g.items.push(slot);
    groups.set(slot.planId, g);
  }
  const count = new Map((inbox?.plans ?? []).map((p) => [p.planId, p.owed]));
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear={{ label: t('清除') }}
          placeholder={t('全部方案')}
          aria-label={t('按方案筛选')}
          style={{ minWidth: 220, maxWidth: '100%' }}
          value={filter.plan}
          onChange={(plan?: string) => onFilter({ ...filter, plan })}
          options={(inbox?.plans ?? []).map((p) => ({ value: p.planId, label: `${p.planTitle ?? t('未命名方案')}（${p.owed}）` }))}
        />
        <Select
          allowClear={{ label: t('清除') }}
          placeholder={t('全部状态')}
          aria-label={t('按状态筛选')}
          style={{ minWidth: 140 }}
          value={filter.state}
          onChange={(state?: OwedFilter['state']) => onFilter({ ...filter, state })}
          options={Object.entries(owedStateText).map(([value, [label]]) => ({ value, label: t(label) }))}
        />
      </Space>
      {groups.size === 0 && <List dataSource={[]} locale={{ emptyText: t('本期报送已全部完成') }} />}
      {[...groups].map(([planId, g]) => (
        <Card
          key={planId}
          size="small"
          type="inner"
          title={g.title}
          extra={<span className="duban-muted">{t('{n} 项待报', { n: count.get(planId) ?? g.items.length })}</span>}
          style={{ marginBottom: 12 }}
        >
          <List
            dataSource={g.items}
            renderItem={(slot) => {
              const [label, color] = owedStateText[slot.state] ?? [slot.state, 'default'];
              const button = (
                <Button
                  type={slot.state === 'open' ? 'default' : 'primary'}
                  icon={<FormOutlined />}
                  onClick={() => onReport(slot)}
                  aria-label={t('报送：{n}', { n: slot.taskTitle ?? slot.taskNumber ?? '' })}
                >
                  {t('报送')}
                </Button>
              );
              return (
                <List.Item key={`${slot.taskId}-${slot.periodId}-${slot.unitId}`} actions={phone ? undefined : [button]}>
                  <ItemMeta
                    title={
                      <Link to={`/tasks/${slot.taskId}`}>
                        {slot.taskTitle ? `${slot.taskNumber ?? ''} ${slot.taskTitle}` : t('第 {n} 项任务', { n: slot.taskNumber ?? '' })}
                      </Link>
                    }
                    description={
                      <>
                        <Space wrap size={4}>
                          <Tag>{slot.periodLabel}</Tag>
                          <Tag color={color}>{t(label)}</Tag>
                          <span>
                            {t('报送截止')} {fmtDate(slot.due)}
                          </span>
                        </Space>
                        {phone && <div style={{ marginTop: 8 }}>{button}</div>}
                      </>
                    }
                  />
                </List.Item>
              );
            }}
          />
        </Card>
      ))}
    </>
  );
}
