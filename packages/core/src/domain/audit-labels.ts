/**
 * Chinese names for what the audit log records. The log keeps stable English codes (entity kinds and actions)
 * so that filters and exports stay stable across versions; people read these labels instead.
 */

const ENTITY_LABELS: Record<string, string> = {
  plan: '方案',
  task: '任务',
  unit: '单位',
  jurisdiction: '行政区划',
  user: '用户',
  api_token: 'API 令牌',
  indicator: '指标',
  indicator_value: '指标值',
  report: '报送',
  notice: '督办单',
  period: '报送周期',
  session: '登录会话',
  comment: '评论与批示',
  evidence: '佐证材料',
  notification: '通知',
  system: '系统',
  delivery_channel: '推送通道',
  delivery: '推送消息',
  assessment_period: '考核期',
  assessment_rubric: '考核细则',
  assessment_result: '考核结果',
};

/** Actions whose name is the same for every entity. */
const GENERIC_ACTIONS: Record<string, string> = {
  create: '新建',
  update: '修改',
  delete: '删除',
  import: '导入',
  publish: '发布',
  submit: '报送',
  resubmit: '重新报送',
  accept: '审核通过',
  return: '退回',
  reject: '退回',
  complete: '完成',
  suspend: '暂停督办',
  resume: '恢复督办',
  issue: '签发',
  reply: '回复',
  close: '办结',
  login: '登录',
  logout: '退出登录',
  password: '修改密码',
  revoke: '撤销',
  merge: '合并',
  absorb: '并入',
  alias: '登记曾用名',
  split: '拆分',
  reorder: '调整顺序',
  bulk_edit: '批量修改',
  map_unit: '对应单位',
  read: '标为已读',
  adjust: '调整',
  lock: '锁定',
  unlock: '解锁',
  restore: '恢复',
  reset: '重置',
  transition: '推进考核阶段',
  compute: '计算得分',
  self_assess: '单位自评',
  return_self: '退回自评',
  score: '评分',
  revise: '修订',
  'periods.create': '生成报送周期',
  'periods.update': '修改报送周期',
  'periods.delete': '删除报送周期',
  'evidence.add': '上传佐证材料',
  'import.start': '开始导入',
  'import.tasks': '保存导入的任务',
  test: '测试发送',
  retry: '重试发送',
  remind: '发送提醒',
};

/** The Chinese name of an entity kind (`task` → 任务); an unknown kind reads 其他对象. */
export function auditEntityLabel(entity: string): string {
  return ENTITY_LABELS[entity] ?? '其他对象';
}

/** The Chinese name of an action (`publish` → 发布; a dotted code falls back to its last part, then 其他操作). */
export function auditActionLabel(action: string): string {
  const direct = GENERIC_ACTIONS[action];
  if (direct) return direct;
  const tail = action.split('.').pop() ?? action;
  return GENERIC_ACTIONS[tail] ?? '其他操作';
}

const NAME_FIELDS = ['name', 'title', 'displayName', 'username', 'label', 'number', 'text'] as const;

/**
 * A human name for the changed object, read from its after/before snapshot (the entry itself is all the log
 * keeps): a unit's or plan's name, a task's title or its text shortened, a notice's number.
 */
export function auditObjectName(before: unknown, after: unknown): string | null {
  for (const snapshot of [after, before]) {
    if (!snapshot || typeof snapshot !== 'object') continue;
    const record = snapshot as Record<string, unknown>;
    for (const field of NAME_FIELDS) {
      const value = record[field];
      if (typeof value === 'string' && value.trim() !== '') return value.length > 30 ? `${value.slice(0, 30)}…` : value;
    }
  }
  return null;
}
