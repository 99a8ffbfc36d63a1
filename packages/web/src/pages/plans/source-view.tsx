import { memo, useMemo, type ReactNode } from 'react';

export type MarkKind = 'task' | 'unit' | 'due' | 'indicator';

export interface SourceMark {
  start: number;
  end: number;
  kind: MarkKind;
  /** The task (or indicator) this highlight belongs to; clicking selects it. */
  ref: string;
}

const priority: Record<MarkKind, number> = { task: 0, indicator: 1, due: 2, unit: 3 };

/**
 * The source document with every extracted task, unit, deadline and indicator highlighted. Each task's first
 * segment carries id `src-<ref>` so the structured side can scroll to it.
 */
export const SourceView = memo(function SourceView({
  text,
  marks,
  active,
  onPick,
  label,
}: {
  text: string;
  marks: SourceMark[];
  active: string | null;
  onPick: (ref: string) => void;
  label: string;
}) {
  const nodes = useMemo(() => {
    const cuts = new Set<number>([0, text.length]);
    const valid = marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= text.length);
    for (const m of valid) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const byStart = [...valid].sort((a, b) => a.start - b.start);
    const out: ReactNode[] = [];
    const anchored = new Set<string>();
    let open: SourceMark[] = [];
    let next = 0;
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i]!;
      const b = points[i + 1]!;
      open = open.filter((m) => m.end > a);
      while (next < byStart.length && byStart[next]!.start <= a) {
        if (byStart[next]!.end > a) open.push(byStart[next]!);
        next++;
      }
      const seg = text.slice(a, b);
      if (open.length === 0) {
        out.push(seg);
        continue;
      }
      const top = open.reduce((x, y) => (priority[y.kind] > priority[x.kind] ? y : x));
      const task = open.find((m) => m.kind === 'task') ?? top;
      const first = !anchored.has(task.ref);
      if (first) anchored.add(task.ref);
      out.push(
        <mark
          key={a}
          id={first ? `src-${task.ref}` : undefined}
          data-ref={task.ref}
          className={`${top.kind === 'task' ? '' : `hl-${top.kind}`}${task.ref === active ? ' is-active' : ''}`}
        >
          {seg}
        </mark>,
      );
    }
    return out;
  }, [text, marks, active]);

  return (
    <div
      className="duban-source"
      role="document"
      aria-label={label}
      onClick={(e) => {
        const ref = (e.target as HTMLElement).closest('mark')?.getAttribute('data-ref');
        if (ref) onPick(ref);
      }}
    >
      {nodes}
    </div>
  );
});
