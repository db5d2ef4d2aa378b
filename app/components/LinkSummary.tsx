import { useEffect, type ReactNode } from 'react';
import { useAppStore } from '../store/store';
import type { CellRef, GridId } from '../store/viewSlice';
import { t } from '../i18n/i18n';

interface Props {
  /** What the hovered, focused or pinned cell connects to. */
  summary: ReactNode;
  /** The pinned cell, if any (offers to unpin it). */
  pinned: CellRef | null;
  className?: string;
  /** Counts exposed as data attributes, e.g. { inputs: 4 } → data-inputs="4". */
  counts?: Record<string, number>;
}

/** The name of a grid; the layer stack's feature maps share one. */
const gridName = (grid: GridId) => t(`common.grid.${grid.startsWith('map') ? 'map' : grid}`);

/** Escape anywhere on the page unpins the pinned cell. */
function useEscapeUnpins(pinned: boolean) {
  useEffect(() => {
    if (!pinned) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) useAppStore.getState().unpin();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [pinned]);
}

/**
 * The sentence under a figure that says what the current cell links to, read out politely;
 * with a pinned cell, the way to unpin it (the button, or Escape).
 */
export function LinkSummary({ summary, pinned, className = 'link-summary', counts = {} }: Props) {
  const data = Object.fromEntries(Object.entries(counts).map(([k, v]) => [`data-${k}`, v]));
  useEscapeUnpins(pinned !== null);
  return (
    <p className={className} data-testid="link-summary" aria-live="polite" {...data}>
      {summary}
      {pinned && (
        <>
          {' '}
          <button
            type="button"
            className="link-button"
            aria-keyshortcuts="Escape"
            onClick={() => useAppStore.getState().unpin()}
          >
            {t('common.unpin', { grid: gridName(pinned.grid) })} <kbd>Esc</kbd>
          </button>
        </>
      )}
    </p>
  );
}
