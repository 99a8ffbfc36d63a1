import { Link } from 'react-router-dom';
import { Card, Table, Tag } from 'antd';
import type { ApiResponse } from '@duban/core';
import { useI18n } from '../../i18n/i18n.js';
import { GRADE_COLOURS } from '../assessment/assessment-types.js';

type Entry = ApiResponse<'GET /api/assessment/ranking'>['entries'][number];

/** The card with the ranking of the plan's latest locked assessment: rank, unit, score, movement, grade. */
export default function RankingCard({ planId, periodName, entries }: { planId: string; periodName: string; entries: Entry[] }) {
  const { t } = useI18n();
  return (
    <Card
      size="small"
      title={`${t('考核排名')} · ${periodName}`}
      extra={<Link to={`/assessment?plan=${planId}`}>{t('考核评估')}</Link>}
      data-testid="assessment-ranking"
      style={{ marginBottom: 16 }}
    >
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
    </Card>
  );
}
