import { Table, Tag } from 'antd';
import type { ApiResponse } from '@duban/core';
import { useI18n } from '../../i18n/i18n.js';
import { GRADE_COLOURS } from '../assessment/assessment-types.js';

type Entry = ApiResponse<'GET /api/assessment/ranking'>['entries'][number];

/** The ranking of the plan's latest locked assessment: rank, unit, score, movement, grade. */
export default function RankingTable({ entries }: { entries: Entry[] }) {
  const { t } = useI18n();
  return (
    <Table
      size="small"
      rowKey="unitId"
      pagination={false}
      dataSource={entries}
      columns={[
        { title: t('名次'), dataIndex: 'rank', width: 70, render: (r: number, e) => `${r}${e.tied ? ` ${t('并列')}` : ''}` },
        { title: t('单位'), dataIndex: 'unitName' },
        { title: t('得分'), dataIndex: 'score', width: 80 },
        {
          title: t('较上期'),
          dataIndex: 'previousRank',
          width: 80,
          render: (p: number | null, e) => (p === null ? '—' : p > e.rank ? `↑${p - e.rank}` : p < e.rank ? `↓${e.rank - p}` : '—'),
        },
        {
          title: t('等次'),
          dataIndex: 'grade',
          width: 100,
          render: (g: string, e) => (
            <Tag color={GRADE_COLOURS[g]}>
              {g}
              {e.vetoed ? `（${t('否决')}）` : ''}
            </Tag>
          ),
        },
      ]}
    />
  );
}
