import type { KeyboardEvent, ReactNode } from 'react';
import type { Fix } from '../../engine';
import { ConfigErrorPanel } from './ConfigErrorPanel';
import { PresetList, type PresetLink } from './PresetList';

interface Props {
  /** Page heading. */
  title: string;
  /** One paragraph under the heading. */
  lede: ReactNode;
  /** Extra class on the view, e.g. "conv-view". */
  className: string;
  /** The parameter panel. */
  controls: ReactNode;
  /** The paper's figures as links, listed under the controls. */
  presets: PresetLink[];
  /** PyTorch's refusal of the configuration (shown above the figure), or null when valid. */
  error: string | null;
  /** Valid configurations one change away from a refused one. */
  fixes: Fix[];
  onFix: (fix: Fix) => void;
  /** Keyboard shortcuts of the figure. */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  /** The figure and its panels. */
  children: ReactNode;
}

/**
 * The page of a figure view: heading, controls and presets in one column, the figure and its
 * panels in the other (on a phone the figure comes first).
 */
export function FigureLayout({
  title,
  lede,
  className,
  controls,
  presets,
  error,
  fixes,
  onFix,
  onKeyDown,
  children,
}: Props) {
  return (
    <div className={`view ${className}`} onKeyDown={onKeyDown}>
      <h1 className="view-title">{title}</h1>
      <p className="view-lede">{lede}</p>
      <div className="view-layout figure-first">
        <div className="stack">
          {controls}
          <PresetList title="Figures of the paper" presets={presets} />
        </div>
        <div className="stack">
          {error && <ConfigErrorPanel message={error} fixes={fixes} onFix={onFix} />}
          {children}
        </div>
      </div>
    </div>
  );
}
