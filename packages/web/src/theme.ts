import type { ThemeConfig } from 'antd';

/**
 * The palette every colour of the app comes from. Text colours are chosen for WCAG 2.1 AA: at least 4.5:1 on white,
 * on the page background and on their own tag backgrounds (test/theme-contrast.test.ts computes every pair).
 */
export const palette = {
  primary: '#1f4e9c',
  primaryHover: '#2b63c0',
  primaryActive: '#173b78',
  /** Brand blue: the side menu and the login page. */
  navy: '#0f2d5c',
  pageBg: '#f3f5f9',
  text: '#1d2939',
  /** Secondary text: descriptions, statistic titles, hints, empty states. */
  textSecondary: '#5d6675',
  placeholder: '#656d7a',
  /** The visible focus ring on light backgrounds (≥ 3:1 against white and the page background). */
  focus: '#1f4e9c',
  infoBg: '#e8eef8',
  infoBorder: '#b7c8e6',
  success: '#1e6b25',
  successBg: '#edf7ee',
  successBorder: '#b7dcb9',
  warning: '#8a5200',
  warningBg: '#fff7e6',
  warningBorder: '#ffd591',
  error: '#b71c1c',
  errorBg: '#fdecea',
  errorBorder: '#f5b5b0',
} as const;

/**
 * Restrained government palette: deep blue primary, neutral greys, the three alert colours. antd's component CSS is
 * generated from this theme at build time (antd-style-plugin.ts), not in the browser: `zeroRuntime`. Class names
 * carry no hash and the CSS variables' class is fixed, so the stylesheet built in Node matches the browser's classes.
 */
export const theme: ThemeConfig = {
  zeroRuntime: true,
  hashed: false,
  cssVar: { key: 'duban-antd' },
  token: {
    colorPrimary: palette.primary,
    colorPrimaryHover: palette.primaryHover,
    colorPrimaryActive: palette.primaryActive,
    // Antd takes links and "processing" tags from the info colour, not the primary one.
    colorInfo: palette.primary,
    colorInfoBg: palette.infoBg,
    colorInfoBorder: palette.infoBorder,
    colorLink: palette.primary,
    colorLinkHover: palette.primaryHover,
    colorLinkActive: palette.primaryActive,
    colorSuccess: palette.success,
    colorSuccessBg: palette.successBg,
    colorSuccessBorder: palette.successBorder,
    colorWarning: palette.warning,
    colorWarningBg: palette.warningBg,
    colorWarningBorder: palette.warningBorder,
    colorError: palette.error,
    colorErrorBg: palette.errorBg,
    colorErrorBorder: palette.errorBorder,
    colorTextSecondary: palette.textSecondary,
    colorTextTertiary: palette.textSecondary,
    colorTextDescription: palette.textSecondary,
    colorTextPlaceholder: palette.placeholder,
    colorTextHeading: palette.text,
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
    colorBgLayout: palette.pageBg,
  },
  components: {
    Layout: { siderBg: palette.navy, headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: {
      darkItemBg: palette.navy,
      darkSubMenuItemBg: '#0b2449',
      darkItemSelectedBg: '#2b63c0',
    },
  },
};

/** Alert colours used for 蓝/黄/红 tasks in charts (fills, not text). */
export const alertColours: Record<string, string> = {
  blue: '#1f6fd1',
  yellow: '#e0a100',
  red: '#c62828',
  green: '#2e7d32',
  none: '#98a2b3',
};

/** Text and background of the 蓝/黄/红 tags: the alert hue, dark enough to read (≥ 4.5:1) on a light tint of itself. */
export const alertTagColours: Record<string, { color: string; background: string; border: string }> = {
  blue: { color: '#174ea6', background: '#e8f0fc', border: '#a9c4ef' },
  yellow: { color: '#7a5200', background: '#fff4d6', border: '#f0c96b' },
  red: { color: '#b71c1c', background: '#fdecea', border: '#f5b5b0' },
  green: { color: '#1b5e20', background: '#e8f5e9', border: '#a5d6a7' },
  none: { color: '#475467', background: '#f2f4f7', border: '#d0d5dd' },
};
