import { Component, type ErrorInfo, type ReactNode } from 'react';
import { LazyUnexpectedErrorResult as UnexpectedErrorResult } from './lazy-results';

interface State {
  error: Error | null;
}

/** Last line of defence: a render error shows a friendly page instead of a blank screen. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unhandled render error', error, info.componentStack);
  }

  render() {
    return this.state.error ? <UnexpectedErrorResult /> : this.props.children;
  }
}
