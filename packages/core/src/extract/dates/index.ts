export { parseDeadlineCell, ONGOING_RE, type DeadlineCell } from './deadline-cell.js';
export { findDeadlinePhrases, type DeadlinePhrase } from './deadline-phrases.js';
export { closingTimeFrame } from './time-frame.js';
export { parseSignatureDate } from './signature-date.js';
export { scanDates, type DateToken } from './scan-dates.js';
export { monthEnd, isoDate, toHalfWidth } from './calendar.js';
