import { isTransientKey } from '../../url/codec';
import type { ViewId } from '../../url/schema';

/** Values longer than this are left out of a file name (typed matrices, layer lists). */
const LONGEST = 16;

/**
 * A file name (without extension) after the state in a link: the view, then each key with
 * its value, the animation step and long values left out, and characters that file systems
 * or shells dislike replaced (`,` → `x`, `:` → `-`).
 *
 * @example exportName('conv', '?view=conv&i=5&k=3&s=2&p=1') // 'conv_i5_k3_s2_p1'
 * @example exportName('conv', '?view=conv&i=6,4&k=3&s=2&p=0:1,1&t=4') // 'conv_i6x4_k3_s2_p0-1x1'
 */
export function exportName(view: ViewId, search: string): string {
  const parts: string[] = [view];
  for (const [key, value] of new URLSearchParams(search)) {
    if (key === 'view' || key === 'embed' || key === 'lang' || isTransientKey(view, key)) continue;
    if (value.length > LONGEST) continue;
    const text = value
      .replace(/,/g, 'x')
      .replace(/:/g, '-')
      .replace(/[^A-Za-z0-9.-]+/g, '-');
    parts.push(`${key}${text}`);
  }
  return parts.join('_').slice(0, 120);
}
