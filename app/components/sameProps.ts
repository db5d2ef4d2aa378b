/**
 * A comparison for `memo`: the props are equal one by one, and those named in `arrays` element
 * by element (a new model brings new arrays of the same numbers, which change nothing shown).
 *
 * @example memo(Legend, sameProps<Props>('dropped'))
 */
export function sameProps<P extends object>(...arrays: (keyof P)[]) {
  return (a: P, b: P): boolean => {
    const keys = Object.keys(a) as (keyof P)[];
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) =>
      arrays.includes(key) ? sameElements(a[key], b[key]) : Object.is(a[key], b[key]),
    );
  };
}

function sameElements(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((value, at) => Object.is(value, b[at]));
}
