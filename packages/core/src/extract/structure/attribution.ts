// The attribution readers, one file per form; importers use this module as their one entry point.
export { rolesFromList, type Attribution, type Roles, type TextRoles } from './attribution-roles.js';
import { findLabelledLines as findLabelledLinesWith } from './labelled-fields.js';
import type { Attribution } from './attribution-roles.js';
import { parseAttributionText } from './attribution-text.js';
import type { UnitDirectory } from '../units/unit-directory.js';
export { HAS_UNIT_LABEL, isLabelLine, parseLabelled } from './labelled-fields.js';
export { ORDER_RULE, parseAttributionText, SUBJECT_BEFORE_OWNER } from './attribution-text.js';
export { findBracketAttributions } from './bracket-attributions.js';
export { findEmbeddedVerbAttribution, findOpeningVerbAttribution, findTrailingVerbAttribution } from './verb-attributions.js';

/**
 * Labelled lines of an item ("牵头单位:X" ⏎ "完成时限:…"), a 责任单位 value written with role verbs
 * ("责任单位:X牵头,Y配合") read as the verb attribution it is.
 */
export function findLabelledLines(text: string, dir: UnitDirectory): Attribution | null {
  return findLabelledLinesWith(text, dir, parseAttributionText);
}
