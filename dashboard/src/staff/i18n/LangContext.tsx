import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLang, t, type Lang, type MessageKey } from './index';

const STORAGE_KEY = 'careboard.admin.lang';

interface LangValue {
  lang: Lang;
  setLang(lang: Lang): void;
  /** `tr('saved', { version: 3 })`: a message in the current language. */
  tr(key: MessageKey, params?: Record<string, string | number>): string;
}

const LangContext = createContext<LangValue | null>(null);

function remembered(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The page's language: `?lang=en` or the toggle, remembered in this browser. */
export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => initialLang(window.location.search, remembered()));
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo<LangValue>(() => ({ lang, setLang, tr: (key, params) => t(lang, key, params) }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang outside <LangProvider>');
  return value;
}
