/**
 * Deadline-label lexicon: how a record or an attribution names its time limit (完成时限:…, 整改期限:…).
 * A label is an optional verb of completion + a time noun; a few whole labels stand apart. Plain data: the
 * patterns are built where they are used.
 */

/** Verbs that may open a time-limit label (完成时限, 整改期限, 办结时间). */
export const DEADLINE_LABEL_VERBS = ['完成', '整改', '办结'] as const;

/** Time nouns that close a time-limit label after one of the verbs, longest first (时限要求 before 时限). */
export const DEADLINE_LABEL_NOUNS = ['时限要求', '时限', '期限', '时间', '节点'] as const;

/** Whole labels that name a deadline without one of the verbs (时间节点, 进度安排). */
export const DEADLINE_LABEL_WORDS = ['时间节点', '时限要求', '时间要求', '进度安排', '时限'] as const;
