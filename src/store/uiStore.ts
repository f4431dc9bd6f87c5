// UI state that is not part of the document: theme, open panels and dialogs, and requests to the canvas
// (centre on these brokers) so that panels never need to know React Flow.

import { create } from 'zustand';

export type Theme = 'light' | 'dark';

export type Dialog =
  | { kind: 'error'; title: string; message: string }
  | { kind: 'help'; section?: 'guide' | 'diagnostics' | 'shortcuts'; code?: string }
  | { kind: 'share'; url: string }
  | { kind: 'import' }
  /** What a network-wide action changed ("Secure the network"), one sentence per line. */
  | { kind: 'summary'; title: string; lines: string[] }
  /** Download zip while the network has errors: asks first, listing them (ui/ZipConfirm.tsx). */
  | { kind: 'zip-errors'; errors: { code: string; message: string }[]; download: () => void }
  /** "Connect to…": pick the broker the broker at index `from` dials (ui/ConnectDialog.tsx). */
  | { kind: 'connect'; from: number };

export interface NoticeAction { label: string; run: () => void }

export interface UiState {
  theme: Theme;
  xmlOpen: boolean;
  dialog: Dialog | undefined;
  /** A short message shown at the bottom (autosave restored, copied, …). */
  notice: string | undefined;
  /** A button in the notice (Undo after the network was replaced); the notice then stays longer. */
  noticeAction: NoticeAction | undefined;
  /** The canvas centres on these broker indices whenever `nonce` changes. */
  focus: { brokers: number[]; nonce: number } | undefined;
  /** A node drag is under way on the canvas (its moves are not in the document until it ends). */
  dragging: boolean;
  /** The canvas fits the whole network into view whenever this changes (after a layout). */
  fit: number;
  /** Labelled frames around the brokers of each location (after the "grouped by location" layout). */
  locationFrames: boolean;
  /** The canvas adds a broker of this role at a free spot of the view whenever `nonce` changes (palette by keyboard). */
  place: { role: 'broker' | 'noc'; nonce: number } | undefined;
  /** What the polite live region (ui/Announcer.tsx) reads out: the last keyboard edit's result. */
  announcement: string;
}

const THEME_KEY = 'amq-designer:theme';

function initialTheme(): Theme {
  try {
    const t = localStorage.getItem(THEME_KEY);
    if (t === 'light' || t === 'dark') return t;
  } catch { /* storage may be off */ }
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const useUi = create<UiState>(() => ({ theme: initialTheme(), xmlOpen: true, dialog: undefined, notice: undefined, noticeAction: undefined, focus: undefined, dragging: false, fit: 0, locationFrames: false, place: undefined, announcement: '' }));

export function setDragging(dragging: boolean): void {
  if (useUi.getState().dragging !== dragging) useUi.setState({ dragging });
}

export function setTheme(theme: Theme): void {
  useUi.setState({ theme });
  try { localStorage.setItem(THEME_KEY, theme); } catch { /* not persisted, still applied */ }
}

export function openDialog(dialog: Dialog | undefined): void {
  useUi.setState({ dialog });
}

let noticeTimer: ReturnType<typeof setTimeout> | undefined;

/** Shows `notice` for a few seconds; with an action (a button in the notice) for longer, until it is used. */
export function notify(notice: string, action?: NoticeAction): void {
  useUi.setState({ notice, noticeAction: action });
  clearTimeout(noticeTimer);
  noticeTimer = setTimeout(dismissNotice, action ? 15000 : 6000);
}

export function dismissNotice(): void {
  clearTimeout(noticeTimer);
  useUi.setState({ notice: undefined, noticeAction: undefined });
}

export function focusBrokers(brokers: number[]): void {
  useUi.setState((s) => ({ focus: { brokers, nonce: (s.focus?.nonce ?? 0) + 1 } }));
}

export function toggleXml(): void {
  useUi.setState((s) => ({ xmlOpen: !s.xmlOpen }));
}

export function setXmlOpen(xmlOpen: boolean): void {
  if (useUi.getState().xmlOpen !== xmlOpen) useUi.setState({ xmlOpen });
}

export function requestFit(): void {
  useUi.setState((s) => ({ fit: s.fit + 1 }));
}

export function setLocationFrames(locationFrames: boolean): void {
  useUi.setState({ locationFrames });
}

/** Asks the canvas for a new broker of `role` where the view has room (the canvas knows the view, the palette not). */
export function requestPlace(role: 'broker' | 'noc'): void {
  useUi.setState((s) => ({ place: { role, nonce: (s.place?.nonce ?? 0) + 1 } }));
}

/** Says `text` through the polite live region. A text equal to the last one gets a trailing no-break space: the
 *  region's content must change for a screen reader to read it again. */
export function announce(text: string): void {
  useUi.setState((s) => ({ announcement: s.announcement === text ? `${text}\u00a0` : text }));
}
