// What the user sees when a lazily loaded part of the app (the importer, the help, the original-file diff) cannot be
// fetched: the app was rebuilt or its server stopped while this tab stayed open. It says so, and the designer and
// the network stay as they were.

import { Component, type ReactNode } from 'react';
import { Modal } from './Modal';

export class LoadFailure extends Component<{ what: string; children: ReactNode }, { failure?: string }> {
  state: { failure?: string } = {};
  static getDerivedStateFromError(e: unknown) { return { failure: (e as Error)?.message || String(e) }; }
  render() {
    if (this.state.failure === undefined) return this.props.children;
    return (
      <Modal title={`The ${this.props.what} could not be loaded`} tone="error">
        <pre className="error-message" data-testid="error-message">
          {`${this.state.failure}\nYour network is unchanged. Save it, then reload the page.`}
        </pre>
      </Modal>
    );
  }
}

