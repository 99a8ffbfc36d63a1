/** The scorer's task matching (shared/eval/score.mjs), reimplemented for tests: one-to-one, text contains key. */
export interface GoldTask {
  key: string;
  kind?: string;
  lead?: string[];
  participants?: string[];
  separateLeads?: boolean;
  due?: string[];
  ongoing?: boolean;
}
export interface PredTask {
  text: string;
  kind: string;
  lead: string[];
  participants: string[];
  separateLeads: boolean;
  due: string[];
  ongoing: boolean;
}

const norm = (s: unknown) => String(s ?? '').normalize('NFKC').replace(/\s+/g, '');
const normSet = (xs: unknown) => [...new Set((Array.isArray(xs) ? xs : []).map(norm).filter(Boolean))].sort().join('|');

/** Maximum matching (Kuhn), each gold task trying the shortest candidate texts first. */
export function matchTasks(gold: GoldTask[], pred: PredTask[]): [GoldTask, PredTask][] {
  const candidates = gold.map((g) =>
    pred
      .map((p, j) => [p, j] as const)
      .filter(([p]) => norm(p.text).includes(norm(g.key)))
      .sort((a, b) => norm(a[0].text).length - norm(b[0].text).length)
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
  return [...owner].map(([j, gi]) => [gold[gi] as GoldTask, pred[j] as PredTask]);
}

export interface TaskScores {
  gold: number;
  pred: number;
  matched: number;
  lead: number;
  participants: number;
  separateLeads: number;
  deadline: number;
  kind: number;
}

/** Counts matched tasks and the matched tasks whose fields agree exactly. */
export function scoreTasks(gold: GoldTask[], pred: PredTask[]): TaskScores {
  const pairs = matchTasks(gold, pred);
  const s: TaskScores = { gold: gold.length, pred: pred.length, matched: pairs.length, lead: 0, participants: 0, separateLeads: 0, deadline: 0, kind: 0 };
  for (const [g, p] of pairs) {
    if (normSet(g.lead) === normSet(p.lead)) s.lead++;
    if (normSet(g.participants) === normSet(p.participants)) s.participants++;
    if (Boolean(g.separateLeads) === Boolean(p.separateLeads)) s.separateLeads++;
    if (normSet(g.due) === normSet(p.due) && Boolean(g.ongoing) === Boolean(p.ongoing)) s.deadline++;
    if ((g.kind ?? 'task') === (p.kind ?? 'task')) s.kind++;
  }
  return s;
}
