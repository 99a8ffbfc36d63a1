import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from 'antd/es/locale';
import type * as EnglishModule from './english.js';

type English = typeof EnglishModule;
// The English tables are a chunk of their own: most sessions are in Chinese and never load them. A saved choice of
// English starts the download at once, alongside the app's other first requests.
let englishLoad: Promise<English> | undefined;
const loadEnglish = () => (englishLoad ??= import('./english.js'));

export type Lang = 'zh' | 'en';

interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** Translate a Chinese interface string; Chinese is the key and the fallback. `{n}` placeholders are filled from vars. */
  t: (zh: string, vars?: Record<string, string | number>) => string;
  /** antd's locale for the language; undefined means antd's built-in one is not replaced (Chinese is set by the app). */
  antdLocale?: Locale;
}

const Ctx = createContext<I18n>({ lang: 'zh', setLang: () => {}, t: (s) => s });
const KEY = 'duban.lang';
if (localStorage.getItem(KEY) === 'en') void loadEnglish();

function fill(s: string, vars?: Record<string, string | number>): string {
  return vars ? s.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? '')) : s;
}

/** Provides the current language (Chinese by default, remembered in localStorage). */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => (localStorage.getItem(KEY) === 'en' ? 'en' : 'zh'));
  const [loaded, setLoaded] = useState<English>();
  const setLang = useCallback((l: Lang) => {
    localStorage.setItem(KEY, l);
    // A switch to English takes effect once its tables are in: the page stays in Chinese meanwhile.
    void (l === 'en' ? loadEnglish() : Promise.resolve(undefined)).then((m) => {
      if (m) setLoaded(m);
      document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
      setLangState(l);
    });
  }, []);
  useEffect(() => {
    if (lang === 'en' && !loaded) void loadEnglish().then(setLoaded);
  }, [lang, loaded]);
  const table = lang === 'en' ? loaded?.english : undefined;
  const t = useCallback((zh: string, vars?: Record<string, string | number>) => fill(table?.[zh] ?? zh, vars), [table]);
  const value = useMemo(
    () => ({ lang, setLang, t, antdLocale: lang === 'en' ? loaded?.antdLocale : undefined }),
    [lang, setLang, t, loaded],
  );
  // A session saved in English draws nothing until the tables are in (a moment): no flash of Chinese text.
  if (lang === 'en' && !loaded) return null;
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The current language and translate function. */
export function useI18n(): I18n {
  return useContext(Ctx);
}
