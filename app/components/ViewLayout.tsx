import { lazy, Suspense, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Fix, Msg } from '../../engine';
import { useAppStore, type AppState } from '../store/store';
import { encode } from '../url/codec';
import type { Exportable } from './export/exportable';
import { exportName } from './export/exportName';
import { ConfigErrorPanel, type Refuser } from './ConfigErrorPanel';
import { fixLabel } from './fixLabel';
import { ControlsDrawer } from './ControlsDrawer';
import { useMediaQuery } from './useMediaQuery';
import { useValueAfterPaint } from '../shell/afterPaint';

/** Phones: one column, too narrow to keep the controls beside the figure. */
export const PHONE_QUERY = '(max-width: 699px)';
import { useFocusAfter } from './useFocusAfter';
import { useHeadingFocus } from './useHeadingFocus';
import { t } from '../i18n/i18n';

/** Export and share, under the figure: not needed for the first paint, so loaded after it. */
const ExportBar = lazy(() =>
  import('./export/ExportBar').then((module) => ({ default: module.ExportBar })),
);
const selectEmbed = (s: AppState) => s.embed;
/**
 * The state's link, in the language chosen if one was (a shared link keeps it); written again
 * only when the view's parameters or the language change (a hover changes the store too).
 */
const selectQuery = (() => {
  let last: { view: unknown; params: unknown; lang: unknown; query: string } | null = null;
  return (s: AppState) => {
    const params = s.params[s.view];
    if (last?.params !== params || last.view !== s.view || last.lang !== s.langKey) {
      const query = encode(s.view, params, { lang: s.langKey });
      last = { view: s.view, params, lang: s.langKey, query };
    }
    return last.query;
  };
})();
const selectView = (s: AppState) => s.view;

/** A figure's verdict: the framework's refusal (null when valid) and the valid settings one change away. */
export interface ViewProblem {
  /** The engine's message: the violated constraint with its numbers; null when valid. */
  error: string | null;
  /** The refusal as messages, said on a page in another language beside the English. */
  explain?: readonly Msg[];
  /** Who refuses: the framework whose rules the figure follows (PyTorch when not said). */
  refuser?: Refuser;
  fixes: Fix[];
}

interface Props {
  /** Class of the page, e.g. "conv-view"; a view's own styles are scoped to it. */
  className: string;
  /** Page heading. */
  title: string;
  /** One paragraph under the heading. */
  lede: ReactNode;
  /** The parameter panels: beside the figure from 700 px, one tap away above it on phones. */
  controls: ReactNode;
  /** A preset list under the controls. */
  presets?: ReactNode;
  /** Why PyTorch refuses the configuration, shown above the figure when it does. */
  problem?: ViewProblem;
  /** Applies one of the problem's fixes. */
  onFix?: (fix: Fix) => void;
  /** What the configuration gives, above the figure (a result shape, the relationship). */
  summary?: ReactNode;
  /** The figure itself: the part of the page that stands on its own. */
  figure: ReactNode;
  /** Panels under the figure (formulas, code). */
  panels?: ReactNode;
  /** Panels across the whole width, under both columns (a worked example). */
  footer?: ReactNode;
  /**
   * What phones do with the controls: keep the figure in view with the controls one tap away
   * in a bar at the top (`controls-drawer`, the figure views); show them open above the
   * figure, where it is the result of what is typed there (`controls-first`); or after it
   * (`figure-first`). The page's order is the order on screen, so Tab follows what is seen.
   */
  narrowOrder?: 'figure-first' | 'controls-first' | 'controls-drawer';
  /** Keyboard shortcuts of the figure (play, step). */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
  /** The figure as PNG, SVG and GIF; without it the page offers its link only. */
  exportable?: Exportable;
}

/**
 * The page of every view, with slots: heading and lede; controls and presets in one column;
 * the problem, summary, figure and panels in the other; a full-width footer. Where the
 * controls sit, what an embedded figure shows and the page's own words are decided here.
 * The controls come first in the page and on screen (left of the figure, or above it on a
 * phone), so the Tab order is the order seen.
 */
export function ViewLayout({
  className,
  title,
  lede,
  controls,
  presets,
  problem,
  onFix = () => undefined,
  summary,
  figure,
  panels,
  footer,
  narrowOrder = 'figure-first',
  onKeyDown,
  exportable,
}: Props) {
  const phone = useMediaQuery(PHONE_QUERY);
  // What a change of the parameters rewrites besides the controls and the figure (formulas,
  // code, preset links) follows in a render of its own after the frame that shows the figure:
  // a key held on a slider or a dragged slider answers without waiting for the text panels.
  // Input inside the panels (a switch, a field, a button) shows its change in the render it
  // starts: deferred, a controlled input there would show its old state for a frame.
  const [inputInPanels, setInputInPanels] = useState(false);
  const markInput = () => {
    setInputInPanels(true);
    setTimeout(() => setInputInPanels(false), 0);
  };
  const laterPanels = useValueAfterPaint(panels, inputInPanels);
  const laterPresets = useValueAfterPaint(presets);
  const embed = useAppStore(selectEmbed);
  const query = useAppStore(selectQuery);
  const view = useAppStore(selectView);
  // The export bar shows the same buttons whatever the parameters; what it exports and links
  // to is read when it is clicked. It follows a change with the panels, so a press does not
  // render it.
  const laterExportable = useValueAfterPaint(exportable);
  const laterQuery = useValueAfterPaint(query);
  const settings = (
    <>
      {controls}
      {laterPresets}
    </>
  );
  const controlColumn = (
    <div className="stack view-controls">
      {phone && narrowOrder === 'controls-drawer' ? (
        <ControlsDrawer>{settings}</ControlsDrawer>
      ) : (
        settings
      )}
    </div>
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useHeadingFocus(heading, title);
  const figureBox = useRef<HTMLDivElement>(null);
  const fixed = useFixStatus(problem);
  const errorPanel = useRef<HTMLDivElement>(null);
  const appliedNote = useRef<HTMLParagraphElement>(null);
  // A fix removes the button that applied it: focus goes to the next fix, or to the note
  // saying what was applied.
  const focusAfterFix = useFocusAfter(() =>
    problem?.error ? errorPanel.current?.querySelector('button') : appliedNote.current,
  );
  const applyFix = (fix: Fix) => {
    focusAfterFix.expect();
    fixed.applied(fix);
    onFix(fix);
  };
  const exportBar = (
    <Suspense fallback={phone ? <FoldedBarRoom /> : null}>
      <ExportBar
        exportable={laterExportable}
        title={title}
        query={laterQuery}
        name={exportName(view, laterQuery)}
        figure={figureBox}
        folded={phone}
      />
    </Suspense>
  );
  if (embed) {
    // The figure alone, sized to its frame, with the way back to the whole page.
    return (
      <div className={`view embed-view ${className}`} onKeyDown={onKeyDown}>
        <h1 className="visually-hidden">{title}</h1>
        {problem?.error && (
          <ConfigErrorPanel
            message={problem.error}
            explain={problem.explain}
            refuser={problem.refuser}
            fixes={[]}
            onFix={applyFix}
          />
        )}
        {figure}
        <p className="embed-link">
          <a href={query} target="_blank" rel="noopener" data-testid="embed-open">
            {t('common.embed.open')}
          </a>
        </p>
      </div>
    );
  }
  return (
    <div
      className={`view ${className}`}
      onKeyDown={onKeyDown}
      onClickCapture={fixed.clear}
      onInputCapture={fixed.clear}
    >
      <div className="view-head">
        <h1 className="view-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {!phone && exportBar}
      </div>
      <p className="view-lede">{lede}</p>
      <div className={`view-layout ${narrowOrder}`}>
        {!(phone && narrowOrder === 'figure-first') && controlColumn}
        <div className="stack">
          {problem?.error && (
            <ConfigErrorPanel
              message={problem.error}
              explain={problem.explain}
              refuser={problem.refuser}
              fixes={problem.fixes}
              onFix={applyFix}
              ref={errorPanel}
            />
          )}
          {fixed.label !== null && (
            <p
              className="fix-applied"
              role="status"
              tabIndex={-1}
              ref={appliedNote}
              data-testid="fix-applied"
            >
              {t('common.fixApplied', {
                fix: fixLabel(fixed.label),
                framework: problem?.refuser ?? 'PyTorch',
              })}
            </p>
          )}
          {summary}
          <div className="view-figure" ref={figureBox}>
            {figure}
          </div>
          {/* On a phone the bar would push the figure down a screen: it follows the figure. */}
          {phone && exportBar}
          {laterPanels && (
            <div className="view-panels" onClickCapture={markInput} onChangeCapture={markInput}>
              {/* Panels may load after the first paint: under the figure, they move nothing. */}
              <Suspense fallback={null}>{laterPanels}</Suspense>
            </div>
          )}
        </div>
        {phone && narrowOrder === 'figure-first' && controlColumn}
      </div>
      {footer && <div className="stack view-footer">{footer}</div>}
    </div>
  );
}

/**
 * The folded bar's one line, kept while its code loads: on a phone it sits in the page's flow
 * under the figure, and what follows it must not move when it arrives.
 */
function FoldedBarRoom() {
  return (
    <div className="export-room" aria-hidden="true">
      {t('common.export.bar')}
    </div>
  );
}

/**
 * The fix last applied, said where its button was until the next click or typing in the page
 * (null before any fix, and while the configuration is refused).
 */
function useFixStatus(problem: ViewProblem | undefined) {
  const [label, setLabel] = useState<string | null>(null);
  return {
    label: problem?.error ? null : label,
    applied: (fix: Fix) => setLabel(fix.label),
    clear: () => setLabel(null),
  };
}
