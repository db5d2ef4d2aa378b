import { describe, expect, it } from 'vitest';
import { sameProps } from './sameProps';

interface Props {
  dropped: readonly [number, number];
  label: string;
  other?: number[];
}
const same = sameProps<Props>('dropped');

describe('sameProps', () => {
  it('takes new arrays of the same numbers as equal', () => {
    expect(same({ dropped: [1, 0], label: 'a' }, { dropped: [1, 0], label: 'a' })).toBe(true);
  });

  it('sees a changed element, a changed plain prop and a prop given on one side only', () => {
    expect(same({ dropped: [1, 0], label: 'a' }, { dropped: [0, 1], label: 'a' })).toBe(false);
    expect(same({ dropped: [1, 0], label: 'a' }, { dropped: [1, 0], label: 'b' })).toBe(false);
    expect(same({ dropped: [1, 0], label: 'a' }, { dropped: [1, 0], label: 'a', other: [] })).toBe(
      false,
    );
  });

  it('compares arrays it was not told of by identity', () => {
    const other = [1];
    expect(same({ dropped: [0, 0], label: '', other }, { dropped: [0, 0], label: '', other })).toBe(
      true,
    );
    expect(
      same({ dropped: [0, 0], label: '', other }, { dropped: [0, 0], label: '', other: [1] }),
    ).toBe(false);
  });
});
