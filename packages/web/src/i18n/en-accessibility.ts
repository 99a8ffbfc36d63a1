// English renderings of the strings that exist only for assistive technology: skip link, control names.
export const enAccessibility: Record<string, string> = {
  跳到主要内容: 'Skip to main content',
  按状态筛选: 'Filter by status',
  按颜色筛选: 'Filter by colour',
  任务分类: 'Task categories',
  展开详情: 'Expand details',
  收起菜单: 'Close the menu',
  筛选: 'Filter',
  '筛选（{n}）': 'Filter ({n})',
};
