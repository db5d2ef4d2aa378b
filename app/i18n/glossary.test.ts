import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import glossary from './glossary.json';

const ROOT = join(import.meta.dirname, 'locales');

function messages(lang: string): Record<string, string> {
  const dir = join(ROOT, lang);
  return Object.assign(
    {},
    ...readdirSync(dir).map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8'))),
  );
}

/**
 * The prose of a message: code (`…`), ICU placeholders and English identifiers such as
 * `padding=` or `count_include_pad` do not count as the term.
 */
function prose(message: string): string {
  return message
    .replace(/`[^`]*`/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\b\w+(_\w+)+\b/g, ' ')
    .replace(/\b\w+=/g, ' ')
    .toLowerCase();
}

const english = messages('en');
const chinese = messages('zh');
const terms = glossary.terms;

describe('glossary', () => {
  it('gives each English term one Chinese term', () => {
    const seen = new Set<string>();
    for (const term of terms) {
      expect(seen.has(term.en), term.en).toBe(false);
      seen.add(term.en);
      expect(term.zh).toMatch(/\p{Script=Han}/u);
    }
  });

  it('is followed: a message that says a term says it in the glossary’s Chinese', () => {
    const wrong: string[] = [];
    for (const [key, message] of Object.entries(english)) {
      const text = prose(message);
      for (const term of terms) {
        const word = new RegExp(`\\b${term.en}(s|es)?\\b`);
        if (word.test(text) && !(chinese[key] ?? '').includes(term.zh))
          wrong.push(`${key}: “${term.en}” without ${term.zh}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is the only wording: no message uses a variant the glossary avoids', () => {
    const wrong: string[] = [];
    for (const [key, message] of Object.entries(chinese))
      for (const term of terms)
        for (const variant of term.avoid)
          if (message.includes(variant)) wrong.push(`${key}: ${variant} (use ${term.zh})`);
    expect(wrong).toEqual([]);
  });
});
