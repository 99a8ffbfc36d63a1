import type { ExtractedPlan } from '../plan-schema.js';
import type { SimplifiedView } from '../formats/simplified-view.js';

/**
 * Every text field of a plan read from a simplified view, in the document's own characters as written where the
 * field was read: a task's fields near its span, an indicator's near its own, the meta near the title.
 */
export function asWritten(plan: ExtractedPlan, view: Pick<SimplifiedView, 'written' | 'find'>): ExtractedPlan {
  const { written } = view;
  const title = plan.meta.title;
  // The title is read at its first occurrence; the issuer and number are read in or around it.
  const titleAt = (title === null ? null : view.find(title)) ?? 0;
  const m = (t: string | null) => (t === null ? null : written(t, titleAt));
  return {
    meta: { ...plan.meta, title: m(title), issuer: m(plan.meta.issuer), docNumber: m(plan.meta.docNumber) },
    tasks: plan.tasks.map((t) => {
      const w = (s: string) => written(s, t.source);
      const n = (s: string | null) => (s === null ? null : w(s));
      return {
        ...t,
        number: n(t.number),
        // Headings stand above the item.
        path: t.path.map((p) => written(p, t.source.start)),
        title: n(t.title),
        text: w(t.text),
        lead: t.lead.map(w),
        participants: t.participants.map(w),
        units: t.units.map((u) => ({ ...u, name: w(u.name) })),
        deadlineText: n(t.deadlineText),
      };
    }),
    indicators: plan.indicators.map((i) => ({
      ...i,
      name: written(i.name, i.source),
      text: written(i.text, i.source),
      unit: written(i.unit, i.source),
    })),
    diagnostics: plan.diagnostics.map((d) => ({ ...d, message: written(d.message, d.source ?? undefined) })),
  };
}
