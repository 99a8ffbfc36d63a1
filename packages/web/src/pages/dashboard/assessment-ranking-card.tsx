import { lazy, Suspense } from 'react';
import { useApiQuery } from '../../api/query.js';

// antd's Table (with its filter tree, checkbox, pagination) is the heaviest component on the dashboard and shows only
// once a locked assessment exists: the card is a chunk of its own, drawn whole once its code is in.
const RankingCard = lazy(() => import('./ranking-card.js'));

/** The leader's view of the plan's latest locked assessment: rank, unit, score, movement, grade (nothing until one is locked). */
export function AssessmentRankingCard({ planId }: { planId: string }) {
  const ranking = useApiQuery('GET /api/assessment/ranking', { query: { plan: planId } });
  const period = ranking.data?.periods[0];
  if (!period) return null;
  return (
    <Suspense fallback={null}>
      <RankingCard planId={planId} periodName={period.name} entries={ranking.data!.entries} />
    </Suspense>
  );
}
