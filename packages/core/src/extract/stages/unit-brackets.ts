import type { ExtractedPlan } from '../plan-schema.js';

/*
 * Unit names are matched with their brackets folded to ( ) (各县〔市、区〕人民政府 = 各县(市、区)人民政府), but a
 * name is given back as the document writes it: the bracket pair the source uses most for that name wins.
 */

const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['〔', '〕'],
  ['【', '】'],
  ['[', ']'],
];

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** The name with the bracket pair the source writes it with, or the name unchanged. */
export function bracketsAsWritten(name: string, text: string): string {
  if (!name.includes('(')) return name;
  let best = name;
  let bestCount = occurrences(text, name);
  for (const [open, close] of PAIRS.slice(1)) {
    const candidate = name.replace(/\(/g, open).replace(/\)/g, close);
    const count = occurrences(text, candidate);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Every unit name of the tasks with its brackets as written in `sourceText`. */
export function unitBracketsAsWritten(tasks: ExtractedPlan['tasks'], sourceText: string): ExtractedPlan['tasks'] {
  if (!/[〔【[]/.test(sourceText)) return tasks;
  // Full-width （） count as ( ): the names already carry them folded. Normalised only when a name has a bracket.
  let text: string | null = null;
  const memo = new Map<string, string>();
  const w = (n: string): string => {
    if (!n.includes('(')) return n;
    let out = memo.get(n);
    if (out === undefined) memo.set(n, (out = bracketsAsWritten(n, (text ??= sourceText.normalize('NFKC').replace(/\s+/g, '')))));
    return out;
  };
  return tasks.map((t) => ({
    ...t,
    lead: t.lead.map(w),
    participants: t.participants.map(w),
    units: t.units.map((u) => ({ ...u, name: w(u.name) })),
  }));
}
