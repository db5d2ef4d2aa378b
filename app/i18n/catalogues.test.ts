import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { i18n } from '@lingui/core';
import { describe, expect, it } from 'vitest';
import { LANGS } from './lang';

const ROOT = join(import.meta.dirname, 'locales');
const APP = join(import.meta.dirname, '..');

type Catalogue = Record<string, string>;

function read(lang: string): Map<string, Catalogue> {
  const dir = join(ROOT, lang);
  return new Map(
    readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalogue]),
  );
}

/** The placeholders of an ICU message: `{name}`, `{n, plural, …}` → name, n. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const catalogues = Object.fromEntries(LANGS.map((lang) => [lang, read(lang)]));
const english = catalogues.en;

describe('message catalogues', () => {
  it('have the same namespaces in every language', () => {
    for (const lang of LANGS)
      expect([...catalogues[lang].keys()].sort(), lang).toEqual([...english.keys()].sort());
  });

  it('have every English key in every other language, and no key English lacks', () => {
    for (const [file, messages] of english) {
      for (const lang of LANGS) {
        const other = catalogues[lang].get(file) ?? {};
        expect(Object.keys(other).sort(), `${lang}/${file}`).toEqual(Object.keys(messages).sort());
      }
    }
  });

  it('fill the same placeholders in every language, and each one is translated', () => {
    for (const [file, messages] of english) {
      const chinese = catalogues.zh.get(file) ?? {};
      for (const [key, message] of Object.entries(messages)) {
        expect(placeholders(chinese[key] ?? ''), `${file} ${key}`).toEqual(placeholders(message));
        expect(chinese[key]?.trim(), `${file} ${key}`).toBeTruthy();
      }
    }
  });

  it('keep every key inside its namespace, so each catalogue loads with its view', () => {
    for (const lang of LANGS)
      for (const [file, messages] of catalogues[lang])
        for (const key of Object.keys(messages))
          expect(key.startsWith(`${file.replace('.json', '')}.`), `${lang}/${file}: ${key}`).toBe(
            true,
          );
  });

  it('keep sizes such as "{h} × {w}" or "3 × 3" on one line: no-break spaces around ×', () => {
    // A plain space beside × between two numbers (or placeholders) lets a line break inside the size.
    const breakable = /[\d}][ \t]×|×[ \t][\d{]/;
    for (const lang of LANGS)
      for (const [file, messages] of catalogues[lang])
        for (const [key, message] of Object.entries(messages))
          expect(breakable.test(message), `${lang}/${file} ${key}: ${message}`).toBe(false);
  });

  it('keep "β = 0.111" and its like on one line in the Smooth L1 lab: no-break spaces around =', () => {
    for (const lang of LANGS)
      for (const [key, message] of Object.entries(catalogues[lang].get('smoothl1.json') ?? {})) {
        // English refusals are the engine's words, checked against it elsewhere.
        if (lang === 'en' && key.startsWith('smoothl1.err.')) continue;
        // Code spans keep plain spaces: they are copied into Python.
        const prose = message.split('`').filter((_, n) => n % 2 === 0);
        expect(prose.join(' ` '), `${lang} ${key}`).not.toMatch(/ =|= /);
      }
  });

  it('are valid ICU MessageFormat', () => {
    for (const lang of LANGS)
      for (const [file, messages] of catalogues[lang])
        for (const [key, message] of Object.entries(messages))
          expect(() => compileMessage(message), `${lang}/${file} ${key}`).not.toThrow();
  });

  it('hold every message id the code asks for by name', () => {
    const known = new Set([...english.values()].flatMap((messages) => Object.keys(messages)));
    const missing: string[] = [];
    for (const file of sourceFiles(APP)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([\w.-]+)'/g))
        if (!known.has(match[1])) missing.push(`${relative(APP, file)}: ${match[1]}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('ICU plurals', () => {
  it('choose English forms by number, and Chinese has the one form', () => {
    i18n.load('en', { 'x.cells': compileMessage('{count, plural, one {# cell} other {# cells}}') });
    i18n.load('zh', { 'x.cells': compileMessage('{count, plural, other {# 个单元格}}') });
    i18n.activate('en');
    expect(i18n._('x.cells', { count: 1 })).toBe('1 cell');
    expect(i18n._('x.cells', { count: 3 })).toBe('3 cells');
    i18n.activate('zh');
    expect(i18n._('x.cells', { count: 1 })).toBe('1 个单元格');
    i18n.activate('en');
  });
});
