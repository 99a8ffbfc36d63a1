import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { enPages } from './en-pages.js';
import { enFirstMonth } from './en-first-month.js';
import { enAccessibility } from './en-accessibility.js';

const english: Record<string, string> = { ...en, ...enPages, ...enFirstMonth, ...enAccessibility };

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Translate a Chinese interface string; Chinese is the key and the fallback. `{n}` placeholders are filled from vars. */
  t: (zh: string, vars?: Record<string, string | number>) => string;
}

const Ctx = createContext<I18n>({ lang: 'zh', setLang: () => {}, t: (s) => s });
const KEY = 'duban.lang';

function fill(s: string, vars?: Record<string, string | number>): string {
  return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : s;
}

/** Provides the current language (Chinese by default, remembered in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh'));
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(KEY, l);
    document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
    setLangState(l);
  }, []);
  const t = useCallback(
    (zh: string, vars?: Record<string, string | number>) => {
      const s = lang === 'en' ? english[zh] : undefined;
      return fill(s ?? zh, vars);
    },
    [lang],
  );
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current language and translate function. */
export function useI18n(): I18n {
  return useContext(Ctx);
}
