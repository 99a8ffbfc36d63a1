import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as taskSearch from './0002-task-search.js';
import * as reporting from './0100-reporting.js';
import * as supervisionIndexes from './0101-supervision-indexes.js';
import * as reportTallies from './0102-report-tallies.js';
import * as assignmentPlan from './0103-assignment-plan.js';
import * as loginFailures from './0104-login-failures.js';
import * as notifications from './0110-notifications.js';
import * as reportingScope from './0110-reporting-scope.js';
import * as stagedEvidence from './0111-staged-evidence.js';
import * as accountSecurity from './0120-account-security.js';
import * as noticeCounters from './0120-notice-counters.js';
import * as auditChain from './0121-audit-chain.js';
import * as unitUniqueName from './0122-unit-unique-name.js';
import * as planImporting from './0123-plan-importing.js';
import * as assessment from './0130-assessment.js';
import * as assessmentSelfReturn from './0131-assessment-self-return.js';
import * as bulletins from './0140-bulletins.js';
import * as delivery from './0150-delivery.js';
import * as indicatorSection from './0170-indicator-section.js';
import * as enumeratedColumns from './0180-enumerated-columns.js';

/**
 * Every migration, in order. One file per migration; names sort in the order they run.
 * Reporting/supervision migrations use the 0100… range.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-task-search': taskSearch,
  '0100-reporting': reporting,
  '0101-supervision-indexes': supervisionIndexes,
  '0102-report-tallies': reportTallies,
  '0103-assignment-plan': assignmentPlan,
  '0104-login-failures': loginFailures,
  '0110-notifications': notifications,
  '0110-reporting-scope': reportingScope,
  '0111-staged-evidence': stagedEvidence,
  '0120-account-security': accountSecurity,
  '0120-notice-counters': noticeCounters,
  '0121-audit-chain': auditChain,
  '0122-unit-unique-name': unitUniqueName,
  '0123-plan-importing': planImporting,
  '0130-assessment': assessment,
  '0131-assessment-self-return': assessmentSelfReturn,
  '0140-bulletins': bulletins,
  '0150-delivery': delivery,
  '0170-indicator-section': indicatorSection,
  '0180-enumerated-columns': enumeratedColumns,
};
