import { matchOneToOne, normText } from '../support/scorer-matching.js';

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

const norm = normText;
const normSet = (xs: unknown) => [...new Set((Array.isArray(xs) ? xs : []).map(norm).filter(Boolean))].sort().join('|');

/** Maximum matching as in the scorer: a prediction fits when its text holds the gold key. */
export function matchTasks(gold: GoldTask[], pred: PredTask[]): [GoldTask, PredTask][] {
  return matchOneToOne(gold, pred, (g, p) => norm(p.text).includes(norm(g.key)));
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
