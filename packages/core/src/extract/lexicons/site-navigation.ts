/**
 * Words of a web page's navigation: the home-page link that opens a menu or a breadcrumb trail, and the labels
 * that open a "you are here" line. Plain data.
 */

/** The home-page link as a menu or breadcrumb entry of its own (首页 › 政务公开 › …). */
export const HOME_LINKS = ['首页', '网站首页', '主页', '首頁'] as const;

/** Labels that open a breadcrumb line (当前位置:首页 > …). */
export const LOCATION_LABELS = ['当前位置', '您的位置', '您现在的位置', '您当前的位置', '您所在的位置', '您现在所在的位置'] as const;

/** Separators between entries of a menu or breadcrumb, besides runs of spaces. */
export const NAV_SEPARATORS = ['>', '>', '›', '»', '/', '/', '|', '|', '-'] as const;

/** Sections of a government site, as breadcrumb or menu entries (某市卫生健康委员会 - 政府信息公开 - 工作动态). */
export const SITE_SECTIONS = [
  '政务公开',
  '信息公开',
  '政府信息公开',
  '政务服务',
  '办事服务',
  '互动交流',
  '政民互动',
  '新闻中心',
  '新聞中心',
  '要闻动态',
  '工作动态',
  '专题专栏',
  '通知公告',
  '政策文件',
  '机构概况',
  '重点工作',
] as const;

/**
 * A site's tool links, printed together on a header line ("无障碍 关怀版 English", "繁体 | 长者模式"): page
 * furniture that a reader may glue into one line right above the title.
 */
export const SITE_TOOLS = [
  '无障碍浏览',
  '无障碍阅读',
  '无障碍',
  '關懷版',
  '关怀版',
  '长者版',
  '长者模式',
  '长者助手',
  '长辈版',
  '适老版',
  '适老化',
  '大字版',
  '读屏',
  '繁体中文',
  '简体中文',
  '繁體版',
  '繁体版',
  '简体版',
  '繁體',
  '繁体',
  '简体',
  'English',
  '手机版',
  '移动版',
  '网站地图',
  '设为首页',
  '加入收藏',
  '登录',
  '注册',
  '智能问答',
  '站内搜索',
  '搜索',
] as const;
