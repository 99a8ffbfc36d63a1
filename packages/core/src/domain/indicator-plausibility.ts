// Whether a reported indicator value is believable before it reaches the dashboard: a typo or a hostile number
// (e.g. -49974.5 for a target of 50) would otherwise become the plan's "latest value" for everyone.

/** How far from the indicator's own scale (the larger of |target|, |baseline| and 1) a value may lie. */
export const PLAUSIBLE_FACTOR = 10;

/** The allowed range of a value for an indicator, or why a value is refused (null when it is plausible). */
export function implausibleValue(ind: { target: number; baseline: number | null }, value: number): { limit: number } | null {
  const scale = Math.max(Math.abs(ind.target), Math.abs(ind.baseline ?? 0), 1);
  const limit = PLAUSIBLE_FACTOR * scale;
  if (!Number.isFinite(value) || Math.abs(value) > limit) return { limit };
  return null;
}
