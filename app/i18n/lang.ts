/** The interface languages; `lang=en|zh` in the URL. */
export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The language a link names, or null when it names none (or one the app does not have). */
export function readLang(raw: string | null): Lang | null {
  const value = raw?.trim().toLowerCase();
  return LANGS.find((lang) => lang === value) ?? null;
}

/**
 * The language when the link names none: the browser's first preference, Chinese for any
 * `zh*` tag (zh, zh-CN, zh-Hans, zh-TW…), English otherwise.
 *
 * @example browserLang(['zh-CN', 'en']) // 'zh'
 */
export function browserLang(languages: readonly string[]): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** The BCP 47 tag written on `<html lang>`. */
export const HTML_LANG: Record<Lang, string> = { en: 'en', zh: 'zh-CN' };
