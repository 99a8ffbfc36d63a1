import { lazy, Suspense } from 'react';
import { Button, Input, Select, Space } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { useI18n } from '../../i18n/i18n.js';

import type { Filters } from './filter-tasks.js';

export type { Filters };

// antd's date picker (its calendar panels, 25 KB) is not needed to draw the task list: it follows the page, and a
// plain box of the same size holds its place meanwhile.
const DueBeforePicker = lazy(() => import('./due-before-picker.js'));

/** The filter bar over the task table: unit, status, colour, deadline, free text. */
export function TaskFilters({
  value,
  units,
  onChange,
}: {
  value: Filters;
  units: { id: string; name: string }[];
  onChange: (f: Filters) => void;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<Filters>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search
        allowClear
        placeholder={t('搜索任务内容')}
        aria-label={t('搜索任务内容')}
        defaultValue={value.q}
        onSearch={(q) => set({ q: q || undefined })}
        style={{ width: 220 }}
      />
      <Select
        allowClear={{ label: t('清除') }}
        showSearch
        optionFilterProp="label"
        placeholder={t('牵头单位')}
        aria-label={t('按单位筛选')}
        value={value.unit}
        onChange={(unit?: string) => set({ unit })}
        options={units.map((u) => ({ value: u.id, label: u.name }))}
        style={{ width: 200 }}
      />
      <Select
        allowClear={{ label: t('清除') }}
        placeholder={t('状态')}
        aria-label={t('按状态筛选')}
        value={value.status}
        onChange={(status?: string) => set({ status })}
        options={[
          { value: 'not_started', label: t('未开始') },
          { value: 'in_progress', label: t('推进中') },
          { value: 'completed', label: t('已完成') },
          { value: 'behind', label: t('滞后') },
          { value: 'suspended', label: t('暂缓') },
        ]}
        style={{ width: 120 }}
      />
      <Select
        allowClear={{ label: t('清除') }}
        placeholder={t('预警')}
        aria-label={t('按预警颜色筛选')}
        value={value.colour}
        onChange={(colour?: string) => set({ colour })}
        options={[
          { value: 'red', label: t('红色预警') },
          { value: 'yellow', label: t('黄色预警') },
          { value: 'blue', label: t('蓝色提示') },
          { value: 'green', label: t('正常') },
        ]}
        style={{ width: 130 }}
      />
      <Suspense fallback={<Input disabled placeholder={t('截止日期之前')} aria-label={t('按完成时限筛选')} style={{ width: 160 }} />}>
        <DueBeforePicker value={value.dueBefore} onChange={(dueBefore) => set({ dueBefore })} />
      </Suspense>
      <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
        {t('清除筛选')}
      </Button>
    </Space>
  );
}
