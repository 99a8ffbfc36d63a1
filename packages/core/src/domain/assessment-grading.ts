// Rankings and grades (优秀/良好/一般/较差) of scored units. Ties share a rank (competition ranking: two units
// tied for 2nd, the next is 4th) and are never split across grades. Vetoed units (一票否决) rank after every
// other unit and get the last grade.
import type { Grading } from '../api/assessment-rubric.js';
import { roundPoints } from './assessment-scoring.js';

/** A unit to rank: its final score (the office's when given) and whether it was vetoed. */
export interface RankEntry {
  unitId: string;
  score: number;
  vetoed: boolean;
}

/** A unit's place and grade. */
export interface RankedUnit {
  unitId: string;
  score: number;
  rank: number;
  grade: string;
  vetoed: boolean;
  /** Shares its rank with another unit. */
  tied: boolean;
}

function competitionRanks(entries: readonly RankEntry[], offset: number): { entry: RankEntry; rank: number; tied: boolean }[] {
  const sorted = [...entries].sort((a, b) => b.score - a.score || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
  const counts = new Map<number, number>();
  for (const e of sorted) counts.set(roundPoints(e.score), (counts.get(roundPoints(e.score)) ?? 0) + 1);
  const out: { entry: RankEntry; rank: number; tied: boolean }[] = [];
  sorted.forEach((entry, i) => {
    const prev = out[i - 1];
    const rank = prev && roundPoints(prev.entry.score) === roundPoints(entry.score) ? prev.rank : offset + i + 1;
    out.push({ entry, rank, tied: (counts.get(roundPoints(entry.score)) ?? 0) > 1 });
  });
  return out;
}

/** The grade of a non-vetoed unit. */
function gradeOf(grading: Grading, score: number, rank: number, rankedCount: number): string {
  const last = grading.bands[grading.bands.length - 1]!.grade;
  if (grading.mode === 'thresholds') return grading.bands.find((b) => score >= b.min)?.grade ?? last;
  // Shares are ceilings (优秀 ≤ 15%): the band's quota is floor(cumulative share × units); a tie takes the rank's band.
  let cumulative = 0;
  for (const band of grading.bands.slice(0, -1)) {
    cumulative += band.share;
    if (rank <= Math.floor(cumulative * rankedCount + 1e-9)) return band.grade;
  }
  return last;
}

/** Ranks and grades units: non-vetoed by score (ties share a rank), then vetoed ones, who get the last grade. */
export function rankAndGrade(entries: readonly RankEntry[], grading: Grading): RankedUnit[] {
  const open = entries.filter((e) => !e.vetoed);
  const vetoed = entries.filter((e) => e.vetoed);
  const last = grading.bands[grading.bands.length - 1]!.grade;
  const ranked = competitionRanks(open, 0).map(({ entry, rank, tied }) => ({
    unitId: entry.unitId,
    score: entry.score,
    rank,
    grade: gradeOf(grading, entry.score, rank, open.length),
    vetoed: false,
    tied,
  }));
  const after = competitionRanks(vetoed, open.length).map(({ entry, rank, tied }) => ({
    unitId: entry.unitId,
    score: entry.score,
    rank,
    grade: last,
    vetoed: true,
    tied,
  }));
  return [...ranked, ...after];
}
