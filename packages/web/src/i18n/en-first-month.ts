// English renderings of the texts added for an office's first month (grouped inbox, periods, atomic reports,
// reporting scope, indicator owners). Kept apart from en-pages.ts so parallel work merges cleanly.
export const enFirstMonth: Record<string, string> = {
  '附件“{name}”未能上传，报送未提交：{reason}': 'Attachment “{name}” could not be uploaded, nothing was submitted: {reason}',
  '已删除报送周期': 'Reporting period deleted',
  '报送周期已修改': 'Reporting period changed',
  '已有报送': 'Has reports',
  '删除该报送周期？': 'Delete this reporting period?',
  '修改报送周期': 'Change reporting period',
  '请填写周期名称': 'Enter the period name',
  '请选择报送截止日期': 'Choose the report due date',
};
