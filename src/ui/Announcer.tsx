// The polite live region for what a keyboard edit did ("Added broker broker1, selected"; "Link de dials noc added"):
// a screen-reader user hears the result without their focus moving. Diagnostics have their own (DiagnosticsAnnouncer).

import { useUi } from '../store/uiStore';

export function Announcer() {
  const text = useUi((s) => s.announcement);
  return <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">{text}</div>;
}
