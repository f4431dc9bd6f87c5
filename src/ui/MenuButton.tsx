// A keyboard-operable menu button (WAI-ARIA menu button pattern): Enter, Space or ArrowDown opens the menu and
// focuses its first item; ArrowUp/ArrowDown/Home/End move; Escape or Tab closes and gives focus back to the button.

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  hint?: string;
  disabled?: boolean;
  run: () => void;
}

interface Props {
  label: string;
  /** What the button shows (defaults to the label). */
  children?: ReactNode;
  items: MenuItem[];
  className?: string;
  testId?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'left' | 'right';
}

export function MenuButton({ label, children, items, className, testId, align = 'left' }: Props) {
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState<{ top: number; left?: number; right?: number }>({ top: 0 });
  const toggle = (next: boolean) => {
    const r = button.current?.getBoundingClientRect();
    if (next && r) setAt(align === 'right' ? { top: r.bottom, right: innerWidth - r.right } : { top: r.bottom, left: r.left });
    setOpen(next);
  };
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const id = useId();
  const focusItem = (index: number) => {
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    list[(index + list.length) % list.length]?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!menu.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);
  useEffect(() => { if (open) focusItem(0); }, [open]);
  const closeAndReturn = () => { setOpen(false); button.current?.focus(); };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? [])];
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'ArrowDown') focusItem(at + 1);
    else if (e.key === 'ArrowUp') focusItem(at - 1);
    else if (e.key === 'Home') focusItem(0);
    else if (e.key === 'End') focusItem(-1);
    else if (e.key === 'Escape') closeAndReturn();
    else if (e.key === 'Tab') setOpen(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div className={`menu-button ${className ?? ''}`}>
      <button
        ref={button} type="button" className="tb-button" aria-haspopup="menu" aria-expanded={open} aria-controls={open ? id : undefined}
        title={label} data-testid={testId}
        onClick={() => toggle(!open)}
        onKeyDown={(e) => { if (e.key === 'ArrowDown' && !open) { e.preventDefault(); toggle(true); } }}
      >
        {children ?? label}
      </button>
      {open && (
        <div ref={menu} id={id} role="menu" aria-label={label} className={`menu align-${align}`} style={at} onKeyDown={onMenuKey}>
          {items.map((it) => (
            <button
              key={it.id} type="button" role="menuitem" className="menu-item" disabled={it.disabled} title={it.hint} data-menu-command={it.id}
              onClick={() => { setOpen(false); button.current?.focus(); it.run(); }}
            >
              {it.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
