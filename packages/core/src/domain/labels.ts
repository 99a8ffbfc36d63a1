/** Chinese names of the roles and unit kinds, for exports and the console (codes stay English in data). */
export const ROLE_LABELS: Record<string, string> = { admin: '办公室管理员', leader: '分管领导', liaison: '联络员', viewer: '只读用户' };

export const UNIT_KIND_LABELS: Record<string, string> = { department: '部门', district: '区县', group: '工作组', other: '其他' };

/** The Chinese name of a role code (an unknown code reads 其他角色). */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? '其他角色';
}
