/**
 * Tests read the link's corrections and the fields' reasons as the English notice says them
 * (the English catalogues are loaded for every unit test).
 */
import type { Msg } from '../../engine';
import { say } from '../i18n/say';
import { decode as decodeMessages, type Decoded } from './codec';
import type { ParseResult } from './fields';

/** `decode`, with each correction as its English sentence. */
export function decode(search: string): Omit<Decoded, 'corrections'> & { corrections: string[] } {
  const decoded = decodeMessages(search);
  return { ...decoded, corrections: decoded.corrections.map((message) => say(message)) };
}

/** A field's result with its note or reason as English text. */
export function english<T>(
  result: ParseResult<T>,
): { ok: true; value: T; note?: string } | { ok: false; reason: string } {
  if (!result.ok) return { ok: false, reason: say(result.reason) };
  return result.note ? { ...result, note: say(result.note) } : { ok: true, value: result.value };
}

/** A message as English text. */
export const englishOf = (message: Msg) => say(message);
