// The attribution readers, one file per form; importers use this module as their one entry point.
export { rolesFromList, type Attribution, type Roles, type TextRoles } from './attribution-roles.js';
export { findLabelledLines, isLabelLine, parseLabelled } from './labelled-fields.js';
export { ORDER_RULE, parseAttributionText, SUBJECT_BEFORE_OWNER } from './attribution-text.js';
export { findBracketAttributions } from './bracket-attributions.js';
export { findEmbeddedVerbAttribution, findOpeningVerbAttribution, findTrailingVerbAttribution } from './verb-attributions.js';
