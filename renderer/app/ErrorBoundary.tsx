/** Catches a crash in one screen and shows what happened, without losing the rest of the app. */
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing this (e.g. the route) clears a caught error. */
  resetKey?: string;
}
interface State {
  error: Error | null;
}

/** Shows a plain message, the technical detail for support, and a way back. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('A screen failed to render', error, info.componentStack);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="error-panel">
        <h1>This screen could not be shown</h1>
        <p>
          Nothing has been lost: your records are saved as they were before this happened. Try again, or
          choose another section. If it keeps happening, tell the DSH Desk developers what you were doing and
          quote the detail below.
        </p>
        <pre className="error-detail">{error.message}</pre>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
