/** NFKC with all white space removed: how the shared scorer compares texts and names. */
export const normText = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');

/**
 * The scorer's one-to-one maximum matching (Kuhn's augmenting paths): each gold item tries the predictions that
 * `fits` it, shortest text first, so a key found both in a short duty and in a longer one quoting it goes to the short one.
 */
export function matchOneToOne<G, P extends { text: string }>(gold: G[], pred: P[], fits: (g: G, p: P) => boolean): [G, P][] {
  const candidates = gold.map((g) =>
    pred
      .map((p, j) => [p, j] as const)
      .filter(([p]) => fits(g, p))
      .sort((a, b) => normText(a[0].text).length - normText(b[0].text).length)
      .map(([, j]) => j),
  );
  const owner = new Map<number, number>();
  const tryAssign = (gi: number, seen: Set<number>): boolean => {
    for (const j of candidates[gi] ?? []) {
      if (seen.has(j)) continue;
      seen.add(j);
      const o = owner.get(j);
      if (o === undefined || tryAssign(o, seen)) {
        owner.set(j, gi);
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => tryAssign(gi, new Set()));
  return [...owner].map(([j, gi]) => [gold[gi] as G, pred[j] as P]);
}
