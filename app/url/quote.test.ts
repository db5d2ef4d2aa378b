import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCERPT_CHARS, excerpt, quote } from './quote';

/** A C0 or C1 control or a bidi override or embedding (U+202A–U+202E). */
const isControl = (c: string) => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0x202a && code <= 0x202e);
};

describe('excerpt', () => {
  it('keeps short text as it is', () => {
    expect(quote('abc')).toBe('“abc”');
    expect(excerpt('1'.repeat(24))).toBe('1'.repeat(24));
  });

  it('cuts long text to 24 characters and marks the cut', () => {
    expect(excerpt('1'.repeat(100_000))).toBe(`${'1'.repeat(24)}…`);
  });

  it('shows control, zero-width and direction characters as �', () => {
    expect(excerpt('a\u0000b\u202ec\u200bd\n')).toBe('a\ufffdb\ufffdc\ufffdd\ufffd');
  });

  it('never splits a character made of two code units', () => {
    expect(excerpt('😀'.repeat(30))).toBe(`${'😀'.repeat(24)}…`);
  });

  it('is short and free of control characters for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const out = excerpt(text);
        expect(Array.from(out).length).toBeLessThanOrEqual(EXCERPT_CHARS + 1);
        expect(Array.from(out).filter(isControl)).toEqual([]);
      }),
    );
  });
});
