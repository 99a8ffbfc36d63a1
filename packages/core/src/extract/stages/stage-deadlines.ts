import type { DraftTask } from '../structure/prose-tasks.js';

const ORDINAL = /第[一二三四五六七八九十]{1,3}阶段/;
// "自查整改阶段(第一阶段,2026年4月1日—5月31日)": the stage's own name, before its bracket.
const NAMED = /^([\p{Script=Han}]{2,10}阶段)(?=[((::,,])/u;
// A time limit that is nothing but stage names: "第一阶段", "第二阶段、第三阶段", "第二阶段前".
const STAGES_ONLY = /^(?:[\p{Script=Han}]{2,10}?阶段(?:结束)?(?:前|内)?[、,,和及至—\-~]*)+[。;;]?$/u;

/** Stage name → the end of its range, from the plan's step tasks ("(一)…阶段(第一阶段,2026年4月—5月)"). */
function stageEnds(drafts: DraftTask[]): Map<string, string> {
  const ends = new Map<string, string>();
  for (const d of drafts) {
    const end = d.due.at(-1);
    if (d.kind !== 'step' || !end) continue;
    const stop = d.text.indexOf('。');
    const head = (stop > 0 ? d.text.slice(0, stop) : d.text).trim();
    for (const name of [ORDINAL.exec(head)?.[0], NAMED.exec(head)?.[1]]) if (name && !ends.has(name)) ends.set(name, end);
  }
  return ends;
}

/**
 * "完成时限:第一阶段" / "时间节点:第二阶段、第三阶段": a time limit naming stages the plan defines elsewhere (its 实施步骤 /
 * 时间安排) is due at the end of each stage named. Only a time limit made of known stage names is read; mutates drafts.
 */
export function applyStageDeadlines(drafts: DraftTask[]): void {
  const ends = stageEnds(drafts);
  if (!ends.size) return;
  for (const d of drafts) {
    const limit = d.deadlineText?.trim();
    if (d.kind === 'step' || d.due.length || d.ongoing || !limit || !STAGES_ONLY.test(limit)) continue;
    const names = limit.match(/[\p{Script=Han}]{2,10}?阶段/gu) ?? [];
    const due = names.map((n) => ends.get(ORDINAL.exec(n)?.[0] ?? n) ?? ends.get(n));
    if (!due.length || due.some((x) => !x)) continue;
    d.due = [...new Set(due as string[])];
    d.dueFromLimit = true;
  }
}
