// A modal dialog frame: backdrop, title, Escape and the close button dismiss it, focus moves into it.

import { type ReactNode, useEffect, useRef } from 'react';
import { openDialog } from '../store/uiStore';

export function Modal({ title, children, tone, wide }: { title: string; children: ReactNode; tone?: 'error'; wide?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The marked element first, else the first button: one selector list would pick whichever comes first in the
    // document, always the close button of the head.
    (ref.current?.querySelector<HTMLElement>('[data-autofocus]') ?? ref.current?.querySelector<HTMLElement>('button'))?.focus();
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') openDialog(undefined); };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <div className="modal-backdrop" onMouseDown={(e) => { if (e.target === e.currentTarget) openDialog(undefined); }}>
      <div ref={ref} className={`modal${tone ? ` tone-${tone}` : ''}${wide ? ' wide' : ''}`} role="dialog" aria-modal="true" aria-label={title}>
        <div className="modal-head">
          <h2>{title}</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={() => openDialog(undefined)}>✕</button>
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}
