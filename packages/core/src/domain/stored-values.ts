// The codes the app stores in its enumerated columns. Storage types those columns with these unions and its
// migrations enforce them (CHECK constraints / triggers), so this file is the one list of what may be stored.

/** Task status ids (see task-status.ts for how they are derived). */
export const TASK_STATUSES = ['not_started', 'in_progress', 'completed', 'behind', 'suspended'] as const;

/** Supervision warning colours, most severe first (see supervision-colour.ts). */
export const SUPERVISION_COLOURS = ['red', 'yellow', 'blue', 'green', 'none'] as const;

/** How reporting periods are cut. */
export const PERIOD_KINDS = ['monthly', 'quarterly', 'custom'] as const;

/** Who owes progress reports: the lead units only or every responsible unit. */
export const REPORTING_SCOPES = ['lead', 'all'] as const;

/** A plan is edited as a draft, then published to the units. */
export const PLAN_STATUSES = ['draft', 'published'] as const;
/** A plan's status. */
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A unit's part in a task: 牵头 or 配合. */
export const ASSIGNMENT_ROLES = ['lead', 'participant'] as const;
/** A unit's part in a task. */
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** A remark on a task: an ordinary comment or a leader's instruction (批示). */
export const COMMENT_KINDS = ['comment', 'instruction'] as const;
/** The kind of a task comment. */
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** A progress report's review state. */
export const REPORT_STATUSES = ['submitted', 'returned', 'accepted'] as const;
/** A progress report's review state. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A supervision notice (督办单): open, replied to by the unit, closed by the office. */
export const NOTICE_STATUSES = ['open', 'replied', 'closed'] as const;
/** A supervision notice's state. */
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** A bulletin (情况通报): a draft until issued. */
export const BULLETIN_STATUSES = ['draft', 'issued'] as const;
/** A bulletin's state. */
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];

/** What a bulletin template belongs to. */
export const BULLETIN_TEMPLATE_SCOPES = ['plan', 'jurisdiction'] as const;
/** What a bulletin template belongs to. */
export type BulletinTemplateScope = (typeof BULLETIN_TEMPLATE_SCOPES)[number];

/** The kinds of in-app notifications to units. */
export const NOTIFICATION_KINDS = [
  'task_adjusted',
  'task_removed',
  'instruction',
  'report_returned',
  'notice_received',
  'report_due',
  'deadline_passed',
  'score_published',
] as const;
/** The kind of an in-app notification. */
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What an outbound message carries: a notification's kind, or 'test' for an administrator's test send. */
export const OUTBOX_EVENT_KINDS = [...NOTIFICATION_KINDS, 'test'] as const;
/** What an outbound message carries. */
export type OutboxEventKind = (typeof OUTBOX_EVENT_KINDS)[number];

/** An outbound message: pending → sending (claimed) → sent | pending (retry) | failed (gave up). */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
/** An outbound message's state. */
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Another name of a unit: an alias, or a former name (before a rename or merge). */
export const UNIT_ALIAS_KINDS = ['alias', 'former'] as const;
/** The kind of a unit's other name. */
export type UnitAliasKind = (typeof UNIT_ALIAS_KINDS)[number];

/** Where an evidence file's bytes are kept. */
export const EVIDENCE_STORAGES = ['disk', 'db'] as const;
/** Where an evidence file's bytes are kept. */
export type EvidenceStorage = (typeof EVIDENCE_STORAGES)[number];
