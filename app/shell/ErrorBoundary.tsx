import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { useAppStore } from '../store/store';
import { defaultParams } from '../url/codec';
import { PageLoadError } from './lazyPage';

interface Props {
  /** What failed, for the message ("the convolution view"). */
  name: string;
  /** Changing this (the parameters, the model) clears the error and tries again. */
  resetKey: unknown;
  /**
   * A way back to a working state when retrying with the same parameters would fail again,
   * offered beside Retry; by default the view shown is reset to its defaults.
   */
  onReset?: { label: string; run: () => void };
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Puts the view shown back to its defaults (a new history entry: Back returns to the crash). */
export const RESET_VIEW = {
  label: 'Reset this view to its defaults',
  run: () => {
    const { view, setParams } = useAppStore.getState();
    setParams(view, defaultParams(view));
  },
};

/** Catches a crash in one panel so the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    if (error instanceof PageLoadError) error.forget();
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const download = error instanceof PageLoadError;
    // A failed download is not the parameters' fault: reload rather than reset.
    const reset = this.props.onReset ?? RESET_VIEW;
    return (
      <div className="panel-error" role="alert" data-testid="panel-error">
        {download ? (
          <p>
            <strong>Could not load {this.props.name}.</strong> Retry when the connection is back, or
            reload the page to get the site’s current version.
          </p>
        ) : (
          <p>
            <strong>Something went wrong in {this.props.name}.</strong> The rest of the page still
            works; changing a parameter or pressing Retry tries again.
          </p>
        )}
        <p className="panel-error-detail">{error.message}</p>
        <p className="panel-error-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Retry
          </button>
          {download ? (
            <button type="button" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          ) : (
            <button type="button" onClick={reset.run}>
              {reset.label}
            </button>
          )}
        </p>
      </div>
    );
  }
}

/**
 * The panel `Inner` inside its own error boundary, reset when `keyOf(props)` changes: one
 * failing panel shows a message while the other panels keep working.
 */
export function withBoundary<P extends object>(
  Inner: ComponentType<P>,
  name: string,
  keyOf: (props: P) => unknown,
): ComponentType<P> {
  function Bounded(props: P) {
    return (
      <ErrorBoundary name={name} resetKey={keyOf(props)}>
        <Inner {...props} />
      </ErrorBoundary>
    );
  }
  Bounded.displayName = `Bounded(${Inner.displayName ?? Inner.name})`;
  return Bounded;
}
