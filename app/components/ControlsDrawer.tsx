import { useId, useRef, useState, type ReactNode } from 'react';
import { t } from '../i18n/i18n';

interface Props {
  /** The controls and presets it holds. */
  children: ReactNode;
}

/**
 * The parameters on a phone: a bar that stays at the top of the screen while the figure
 * scrolls, one tap from the controls. Open, they drop down over the page in a panel that
 * scrolls by itself; Escape or the bar closes it. The bar comes before the figure in the page,
 * so the Tab order is the order on screen.
 */
export function ControlsDrawer({ children }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div
      className={`controls-drawer${open ? ' open' : ''}`}
      data-testid="controls-drawer"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="drawer-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid="drawer-toggle"
      >
        <span aria-hidden="true">{open ? '▴' : '▾'}</span> {t('common.drawer')}
      </button>
      <div id={id} className="drawer-body stack" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
