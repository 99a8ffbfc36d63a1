import type { PlanBoard } from '@duban/core';

/** A task as the plan page uses it: what its table, filters, section tree and timeline read. */
export interface PlanTask {
  id: string;
  number: string | null;
  displayNumber: string | null;
  title: string | null;
  text: string;
  path: string[];
  due: string[];
  ongoing: boolean;
  status: string;
  colour: string | null;
  units: { unitId: string | null; name: string; unitName: string | null; role: string }[];
}

/** Expands the board's shared sections and units back onto each task. */
export function boardTasks(board: PlanBoard): PlanTask[] {
  const units = board.units.map((u) => ({ unitId: u.unitId, name: u.name, unitName: u.name }));
  return board.tasks.map((t) => ({
    id: t.id,
    number: t.number,
    displayNumber: t.displayNumber,
    title: t.title,
    text: t.text,
    path: board.sections[t.section] ?? [],
    due: t.due,
    ongoing: t.ongoing,
    status: t.status,
    colour: t.colour,
    units: [...t.leads.map((i) => ({ ...units[i]!, role: 'lead' })), ...t.participants.map((i) => ({ ...units[i]!, role: 'participant' }))],
  }));
}
