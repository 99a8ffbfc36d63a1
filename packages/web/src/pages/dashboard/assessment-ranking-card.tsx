import { Link } from 'react-router-dom';
import { Card, Table, Tag } from 'antd';
import { useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';
import { GRADE_COLOURS } from '../assessment/assessment-types.js';

/** The leader's view of the plan's latest locked assessment: rank, unit, score, movement, grade (nothing until one is locked). */
export function AssessmentRankingCard({ planId }: { planId: string }) {
  const { t } = useI18n();
  const ranking = useApiQuery('GET /api/assessment/ranking', { query: { plan: planId } });
  const period = ranking.data?.periods[0];
  if (!period) return null;
  return (
    <Card
      size="small"
      title={`${t('考核排名')} · ${period.name}`}
      extra={<Link to={`/assessment?plan=${planId}`}>{t('考核评估')}</Link>}
      data-testid="assessment-ranking"
      style={{ marginBottom: 16 }}
    >
      <Table
        size="small"
        rowKey="unitId"
        pagination={false}
        dataSource={ranking.data!.entries}
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
