export { createBulletinsService } from './bulletins-service.js';
export { createDocumentsService } from './documents-service.js';
export { buildBulletinDocx, type BulletinDocxOptions } from './bulletin-docx.js';
export { composeBulletin, type BulletinSources } from './bulletin-data.js';
export {
  DEFAULT_BULLETIN_TEMPLATE,
  BULLETIN_PLACEHOLDERS,
  fillPlaceholders,
  fillTemplate,
  type BulletinTemplate,
} from './bulletin-template.js';
export { buildTaskListXlsx, deadlineText, type TaskListData, type TaskListRow } from './task-list-xlsx.js';
export { buildProgressXlsx, type ProgressTableData, type ProgressRow } from './progress-xlsx.js';
export { buildNoticeDocx, type NoticeDocData } from './notice-docx.js';
export { buildUnitPackDocx, type UnitPackData } from './unit-pack-docx.js';
export { buildIndicatorSheet, readIndicatorSheet } from './indicator-sheet.js';
export { docxToPdf, findOffice } from './pdf.js';
export type { OutputFile } from './output-file.js';
