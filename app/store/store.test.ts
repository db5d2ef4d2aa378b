import { beforeEach, describe, expect, it } from 'vitest';
import { decode } from '../url/codec';
import { useAppStore } from './store';

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));

describe('store', () => {
  it('setParams changes one view and keeps the others', () => {
    const before = useAppStore.getState().params.pool;
    useAppStore.getState().setParams('conv', { k: [5, 5] });
    const state = useAppStore.getState();
    expect(state.params.conv.k).toEqual([5, 5]);
    expect(state.params.conv.i).toEqual([5, 5]);
    expect(state.params.pool).toBe(before);
  });

  it('loadDecoded replaces the view and clears the selection', () => {
    useAppStore.getState().togglePin({ grid: 'output', index: 2 });
    useAppStore.getState().loadDecoded(decode('?view=pool&k=2'));
    const state = useAppStore.getState();
    expect(state.view).toBe('pool');
    expect(state.params.pool.k).toEqual([2, 2]);
    expect(state.pinned).toBeNull();
  });

  it('togglePin pins, and unpins the same cell', () => {
    const { togglePin } = useAppStore.getState();
    togglePin({ grid: 'input', index: 3 });
    expect(useAppStore.getState().pinned).toEqual({ grid: 'input', index: 3 });
    togglePin({ grid: 'input', index: 3 });
    expect(useAppStore.getState().pinned).toBeNull();
  });

  it('unpin lets go of the pinned cell and leaves the state alone with none', () => {
    useAppStore.getState().togglePin({ grid: 'output', index: 4 });
    useAppStore.getState().unpin();
    expect(useAppStore.getState().pinned).toBeNull();
    const before = useAppStore.getState();
    useAppStore.getState().unpin();
    expect(useAppStore.getState()).toBe(before);
  });

  it('notices can be dismissed one by one', () => {
    const { addNotice } = useAppStore.getState();
    addNotice({ id: 'a' }, [{ id: '1' }]);
    addNotice({ id: 'b' }, [{ id: '2' }]);
    const [first] = useAppStore.getState().notices;
    useAppStore.getState().dismissNotice(first.id);
    expect(useAppStore.getState().notices.map((n) => n.title)).toEqual([{ id: 'b' }]);
  });
});
