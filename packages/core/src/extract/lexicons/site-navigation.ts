/**
 * Words of a web page's navigation: the home-page link that opens a menu or a breadcrumb trail, and the labels
 * that open a "you are here" line. Plain data.
 */

/** The home-page link as a menu or breadcrumb entry of its own (首页 › 政务公开 › …). */
export const HOME_LINKS = ['首页', '网站首页', '主页'] as const;

/** Labels that open a breadcrumb line (当前位置:首页 > …). */
export const LOCATION_LABELS = ['当前位置', '您的位置', '您现在的位置', '您当前的位置', '您所在的位置', '您现在所在的位置'] as const;

/** Separators between entries of a menu or breadcrumb, besides runs of spaces. */
export const NAV_SEPARATORS = ['>', '>', '›', '»', '/', '/', '|', '|', '-'] as const;
