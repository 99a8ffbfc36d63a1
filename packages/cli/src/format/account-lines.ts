import { roleLabel } from '@duban/core';
import type { DemoResult } from '@duban/services';

/**
 * What a start (or a demo reset) prints about what it created: the first administrator with a generated password, and
 * the demo's plans and accounts. Passwords are shown only here, once.
 */
export function accountLines(
  admin: { username: string; password: string; generated: boolean } | null,
  demo: DemoResult | null,
  demoNote: string | null = null,
): string[] {
  const lines: string[] = [];
  if (admin) {
    lines.push(`已创建管理员账号: ${admin.username}`);
    if (admin.generated) lines.push(`  初始密码（只显示这一次，请登录后修改）: ${admin.password}`);
  }
  if (demo?.seeded) {
    if (demoNote) lines.push(demoNote);
    for (const p of demo.plans) lines.push(`已导入并发布示例计划: ${p.title ?? p.fileName}（${p.tasks} 项任务）`);
    for (const f of demo.failed) lines.push(`示例计划导入失败: ${f.fileName}: ${f.message}`);
    for (const u of demo.users) lines.push(`演示账号: ${u.username} / ${u.password}（${roleLabel(u.role)}${u.unit ? `，${u.unit}` : ''}）`);
  }
  return lines;
}
