import type { ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import { StyleProvider } from '@ant-design/cssinjs';
import zhCN from 'antd/es/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useI18n } from '../i18n/i18n.js';
import { theme } from '../theme.js';

/**
 * antd's theme and locale (and dayjs's) around the sign-in page and around the signed-in frame. Not in the entry
 * chunk: antd's token and CSS-variable code loads with the first thing that draws antd components, in parallel with
 * the session check, so the entry holds only React, the router and the app's own start-up code.
 */
export function Themed({ children }: { children: ReactNode }) {
  const { lang, antdLocale } = useI18n();
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  // `layer`: what antd still writes in the browser (the theme's CSS variables, the icon reset) goes in `@layer antd`
  // like the build's stylesheets, so it cannot beat their rules or the app's styles.css.
  return (
    <StyleProvider layer>
      <ConfigProvider locale={antdLocale ?? zhCN} theme={theme}>
        {children}
      </ConfigProvider>
    </StyleProvider>
  );
}
