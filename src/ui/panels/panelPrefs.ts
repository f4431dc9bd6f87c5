// The sizes the user gave the side panels and the properties/XML split, kept in localStorage beside the theme and
// the legend (amq-designer:…). Sidebars are remembered in pixels, so a wider window gives its room to the canvas;
// the split in percent of the column. Anything unreadable falls back to the defaults.

const KEY = 'amq-designer:panels';

export interface PanelPrefs {
  /** Width (px) of the left sidebar: palette, simulate, diagnostics. */
  left?: number;
  /** Width (px) of the right sidebar: properties and XML. */
  right?: number;
  /** Height of the properties section, in percent of the right column (the XML preview has the rest). */
  inspector?: number;
}

/** The sane range of each size: the sidebars' contents stay usable, the canvas keeps room to work in. */
export const LIMITS = {
  left: { min: 200, max: 480 },
  right: { min: 260, max: 720 },
  canvas: { min: 320 },
  inspector: { min: 15, max: 85 },
} as const;

/** Sizes before the user changed any: a narrow window (up to 1,200 px) gives the canvas more of its width. */
export function defaultPrefs(windowWidth: number): Required<PanelPrefs> {
  return windowWidth <= 1200 ? { left: 250, right: 310, inspector: 55 } : { left: 270, right: 370, inspector: 55 };
}

const clamp = (v: unknown, { min, max }: { min: number; max: number }): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(min, v)) : undefined;

/** The remembered sizes, each clamped to its limits, over the defaults for this window. */
export function readPanelPrefs(windowWidth: number): Required<PanelPrefs> {
  const base = defaultPrefs(windowWidth);
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, unknown>;
    return {
      left: clamp(raw.left, LIMITS.left) ?? base.left,
      right: clamp(raw.right, LIMITS.right) ?? base.right,
      inspector: clamp(raw.inspector, LIMITS.inspector) ?? base.inspector,
    };
  } catch {
    return base; // storage off, or not JSON
  }
}

/** Remembers `patch` over what is stored (rounded: sub-pixel sizes are noise). */
export function savePanelPrefs(patch: PanelPrefs): void {
  try {
    const old = JSON.parse(localStorage.getItem(KEY) ?? '{}') as PanelPrefs;
    const rounded = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined).map(([k, v]) => [k, Math.round(v * 10) / 10]));
    localStorage.setItem(KEY, JSON.stringify({ ...old, ...rounded }));
  } catch { /* not remembered, still applied */ }
}
