import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, for the message ("the convolution view"). */
  name: string;
  /** Changing this (e.g. the URL) clears the error and tries again. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: string;
}

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
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel-error" role="alert" data-testid="panel-error">
        <p>
          <strong>Something went wrong in {this.props.name}.</strong> The rest of the page still
          works; changing a parameter or pressing Retry tries again.
        </p>
        <p className="panel-error-detail">{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    );
  }
}
