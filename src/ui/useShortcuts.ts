// The global keyboard handler: the first command whose shortcut matches runs. Keys typed into a field stay there.

import { useEffect } from 'react';
import { useUi } from '../store/uiStore';
import { commands } from './commands';

function inField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (useUi.getState().dialog) return; // a dialog handles its own keys
      const typing = inField(e.target);
      const c = commands.find((x) => x.matches?.(e) && (!typing || x.inFields));
      if (!c) return;
      e.preventDefault();
      c.run();
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
}
