import type { UnitDirectory } from '../units/unit-directory.js';
import type { Attribution } from './attribution-roles.js';
import { parseAttributionText } from './attribution-text.js';
import { HAS_LABEL } from './labelled-fields.js';
import { ROLE_VERB_SOURCE } from './role-labels.js';

const ROLE_VERB = new RegExp(ROLE_VERB_SOURCE);
/** The last piece of a list or slot: what follows the last separator. */
const LAST_PIECE = /[、,,;;::][^、,,;;::]*$/;
/** The label before a dropped value: ";责任单位". */
const LAST_LABEL = /[;;,,]?[^;;,,]*$/;
/** A note opened on the last unit and cut with it: "各镇(" / "各镇(区". */
const DANGLING_NOTE = /[((][^()()]*$/;

/** `s` without its last piece; a value cut whole takes its label with it ("…;责任单位:区政" → "…"). */
function dropLastPiece(s: string): string {
  const m = LAST_PIECE.exec(s);
  if (!m) return '';
  const rest = s.slice(0, m.index);
  return /^[::]/.test(m[0]) ? rest.replace(LAST_LABEL, '') : rest;
}

/**
 * An attribution bracket opened after a full stop and cut by the end of the text ("…。(牵头单位:甲、乙;责任单位:区政",
 * "…。(X牵头,市级"): an excerpt's artefact. The complete slots are read; only the cut piece at the end is dropped,
 * or kept when it is a whole unit whose note was cut ("各镇("). Null unless the bracket names roles or labels.
 */
export function readCutAttribution(text: string, open: number, dir: UnitDirectory): Attribution | null {
  if (!/[。;;]\s*$/.test(text.slice(Math.max(0, open - 2), open))) return null;
  let inner = text.slice(open + 1).trim();
  if (!inner || inner.length > 160 || /[。\n]/.test(inner)) return null;
  if (!HAS_LABEL.test(inner) && !ROLE_VERB.test(inner)) return null;
  inner = inner.replace(DANGLING_NOTE, '');
  for (let pass = 0; pass < 3 && inner; pass++) {
    const roles = parseAttributionText(inner, dir);
    if (roles && (roles.lead.length || roles.participants.length)) {
      return { ...roles, start: open, end: text.length, statesOrderRule: false };
    }
    inner = dropLastPiece(inner);
  }
  return null;
}
