import { useEffect, useRef } from 'react';
import { LANGS, type Lang } from '../i18n/lang';
import { useAppStore, type AppState } from '../store/store';
import { t } from '../i18n/i18n';

const selectLang = (s: AppState) => s.lang;

/**
 * Each language named in itself, so a reader finds theirs whatever the page is written in;
 * short on the button (the header keeps to one line), in full for screen readers and tooltips.
 */
const NAMES: Record<Lang, string> = { en: 'English', zh: '简体中文' };
const SHORT: Record<Lang, string> = { en: 'EN', zh: '中文' };

/**
 * The page is written anew after a switch: the button pressed keeps the focus, or on a phone,
 * where only the other language is offered, the button offered now.
 */
let focusAfterSwitch: Lang | null = null;

/** English / 简体中文: the interface language, written to the URL as `lang`. */
export function LanguageSwitch() {
  const lang = useAppStore(selectLang);
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusAfterSwitch === lang) {
      const buttons = [...(group.current?.querySelectorAll('button') ?? [])];
      const shown = buttons.filter((button) => button.checkVisibility?.() ?? true);
      (shown.find((button) => button.getAttribute('aria-pressed') === 'true') ?? shown[0])?.focus();
    }
    focusAfterSwitch = null;
  }, [lang]);
  return (
    <div className="language-switch" role="group" aria-label={t('shell.language')} ref={group}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={option === lang}
          aria-label={NAMES[option]}
          title={NAMES[option]}
          onClick={() => {
            focusAfterSwitch = option;
            useAppStore.getState().setLang(option);
          }}
        >
          {SHORT[option]}
        </button>
      ))}
    </div>
  );
}
