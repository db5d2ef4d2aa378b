// Generated links (see support/queries.ts): a small sample every run; `npm run fuzz` runs
// thousands (FUZZ_RUNS) and prints what it opened.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { expect, test } from './support/test';
import type { Msg } from '../engine';
import { decode, encode } from '../app/url/codec';
import { gotoLongUrl } from './support/longUrl';
import { queryArb, type ValueKind } from './support/queries';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10);

function tally(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function report(title: string, counts: Map<string, number>): void {
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
  console.log(`${title}\n${rows.map(([key, n]) => `  ${key}: ${n}`).join('\n')}`);
}

/** What a correction fills into its sentence: the key, the link's text, nested sentences. */
const filled = (message: Msg): string =>
  Object.values(message.values ?? {})
    .map((value) => (typeof value === 'object' ? filled(value) : String(value)))
    .join(' ');

/** A corrections notice says what it corrected in a sentence, never the whole value. */
function assertShortCorrections(corrections: readonly (Msg | string)[]): void {
  for (const line of corrections.map((c) => (typeof c === 'string' ? c : filled(c)))) {
    assert.ok(line.length < 300, `a correction of ${line.length} characters`);
    const controls = Array.from(line).filter((c) => {
      const code = c.codePointAt(0) ?? 0;
      return code < 0x20 || (code >= 0x202a && code <= 0x202e);
    });
    assert.deepEqual(controls, [], 'a correction with control or direction characters');
  }
}

test.describe('URL fuzz', () => {
  test('decoding generated links: the corrected URL reads back unchanged', () => {
    const counts = new Map<string, number>();
    fc.assert(
      fc.property(queryArb, ({ search, kinds }) => {
        // node:assert, not expect: thousands of runs without a report step each.
        const first = decode(search);
        const url = encode(first.view, first.params);
        const second = decode(url);
        assert.deepEqual(second.corrections, []);
        assert.deepEqual(second.params, first.params);
        assertShortCorrections(first.corrections);
        kinds.forEach((kind) => tally(counts, `value ${kind}`));
        tally(counts, first.corrections.length ? 'link corrected' : 'link valid as given');
      }),
      { numRuns: RUNS * 50 },
    );
    report(`decoded ${RUNS * 50} generated links`, counts);
  });

  test('opening generated links: the view renders, nothing is injected, the URL round-trips', async ({
    page,
  }) => {
    test.setTimeout(30_000 + RUNS * 3_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const counts = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(queryArb, async ({ search, kinds }) => {
        const expected = decode(search);
        await gotoLongUrl(page, search);
        await expect(page.locator('h1.view-title')).toBeVisible();
        await expect(page.getByTestId('panel-error')).toHaveCount(0);
        expect(new URL(page.url()).search).toBe(encode(expected.view, expected.params));
        const notices = await page.getByTestId('notice').getByRole('listitem').allTextContents();
        expect(notices.length).toBe(expected.corrections.length);
        assertShortCorrections(notices);
        expect(await page.locator('#pwn').count()).toBe(0);
        expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
        expect(errors).toEqual([]);
        kinds.forEach((kind: ValueKind) => tally(counts, `value ${kind}`));
        tally(counts, `view ${expected.view}`);
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
    report(`opened ${RUNS} generated links`, counts);
  });
});
