import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { Card, Skeleton } from 'antd';
import { useApiQuery } from '../../api/query.js';
import { useI18n } from '../../i18n/i18n.js';

// antd's Table (with its filter tree, checkbox, pagination) is the heaviest component on the dashboard and shows only
// once a locked assessment exists: it loads on its own, after the figures.
const RankingTable = lazy(() => import('./ranking-table.js'));

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
      <Suspense fallback={<Skeleton active title={false} paragraph={{ rows: 3 }} />}>
        <RankingTable entries={ranking.data!.entries} />
      </Suspense>
    </Card>
  );
}
