import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/i18n';
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
  get label() {
    return t('shell.error.resetThis');
  },
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
            <strong>{t('shell.error.download', { name: this.props.name })}</strong>
            {t('shell.error.downloadHelp')}
          </p>
        ) : (
          <p>
            <strong>{t('shell.error.crash', { name: this.props.name })}</strong>
            {t('shell.error.crashHelp')}
          </p>
        )}
        <p className="panel-error-detail" lang={download ? undefined : 'en'}>
          {error.message}
        </p>
        <p className="panel-error-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            {t('shell.error.retry')}
          </button>
          {download ? (
            <button type="button" onClick={() => window.location.reload()}>
              {t('shell.error.reload')}
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
  /** The message id of what failed, for the message ("the formula panel"). */
  nameId: string,
  keyOf: (props: P) => unknown,
): ComponentType<P> {
  function Bounded(props: P) {
    return (
      <ErrorBoundary name={t(nameId)} resetKey={keyOf(props)}>
        <Inner {...props} />
      </ErrorBoundary>
    );
  }
  Bounded.displayName = `Bounded(${Inner.displayName ?? Inner.name})`;
  return Bounded;
}
