import type { ExtractedPlan } from '../plan-schema.js';

/** Every text field of a plan read from a simplified view, in the document's own characters. */
export function asWritten(plan: ExtractedPlan, written: (text: string) => string): ExtractedPlan {
  const w = (t: string | null) => (t === null ? null : written(t));
  return {
    meta: { ...plan.meta, title: w(plan.meta.title), issuer: w(plan.meta.issuer), docNumber: w(plan.meta.docNumber) },
    tasks: plan.tasks.map((t) => ({
      ...t,
      number: w(t.number),
      path: t.path.map(written),
      title: w(t.title),
      text: written(t.text),
      lead: t.lead.map(written),
      participants: t.participants.map(written),
      units: t.units.map((u) => ({ ...u, name: written(u.name) })),
      deadlineText: w(t.deadlineText),
    })),
    indicators: plan.indicators.map((i) => ({ ...i, name: written(i.name), text: written(i.text), unit: written(i.unit) })),
    diagnostics: plan.diagnostics.map((d) => ({ ...d, message: written(d.message) })),
  };
}
