import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What to render after a renderer threw. */
  fallback: ReactNode;
  /** A new key (the message) clears the error, so an updated message gets another try. */
  resetKey: unknown;
  onError?: (error: unknown, info: ErrorInfo) => void;
  children?: ReactNode;
}

interface State {
  failedKey: unknown;
  failed: boolean;
}

/** Keeps one broken renderer (often an app's custom one) from taking down the whole list. */
export class ContentErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, failedKey: undefined };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.failed && state.failedKey !== undefined && state.failedKey !== props.resetKey) {
      return { failed: false, failedKey: undefined };
    }
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey });
    this.props.onError?.(error, info);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
