import type { ThemeConfig } from 'antd';

/** Restrained government palette: deep blue primary, neutral greys, the three alert colours. */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f4e9c',
    colorSuccess: '#2e7d32',
    colorWarning: '#d48806',
    colorError: '#c62828',
    borderRadius: 4,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Helvetica Neue", Arial, sans-serif',
    colorBgLayout: '#f3f5f9',
  },
  components: {
    Layout: { siderBg: '#0f2d5c', headerBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: {
      darkItemBg: '#0f2d5c',
      darkSubMenuItemBg: '#0b2449',
      darkItemSelectedBg: '#2b63c0',
    },
  },
};

/** Alert colours used for 蓝/黄/红 tasks, in charts and tags alike. */
export const alertColours: Record<string, string> = { blue: '#1f6fd1', yellow: '#e0a100', red: '#c62828', green: '#2e7d32', none: '#98a2b3' };
